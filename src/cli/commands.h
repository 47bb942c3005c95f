// quotient-cli's commands. Each lives in its own file, reads its JSON input, calls the core and
// prints JSON; none holds a formula. A command returns the exit status, or throws CliError.
#pragma once
#include <string>
#include <vector>

namespace quotient::cli {

struct Command {
    const char* name;
    const char* summary;   // one line for quotient-cli --help
    int (*run)(const std::vector<std::string>& args);
};

int run_funnel(const std::vector<std::string>& args);
int run_pipeline(const std::vector<std::string>& args);
int run_kpi(const std::vector<std::string>& args);
int run_commission(const std::vector<std::string>& args);
int run_import_csv(const std::vector<std::string>& args);
int run_forecast(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_history(const std::vector<std::string>& args);

inline constexpr Command commands[] = {
    {"funnel", "Forward funnel: count per stage, drop-off, overall conversion, bottleneck, revenue.",
     run_funnel},
    {"pipeline", "Pipeline and deal review: placement, expected and weighted value, coverage, velocity.",
     run_pipeline},
    {"forecast", "Pipeline forecast: P10/P50/P90 bookings, chance to reach quota, drivers (Monte Carlo, seeded).",
     run_forecast},
    {"kpi", "Sales and SaaS KPIs (CAC, LTV, churn, NRR, win rate, NPS...) with the worked formula.", run_kpi},
    {"commission", "Commission statement: every line with its formula, draws, clawbacks; --curve: earnings curve.",
     run_commission},
    {"import-csv", "CRM CSV export (Salesforce, HubSpot) -> pipeline deals JSON, with the rows skipped and why.",
     run_import_csv},
    {"history", "Closed deals -> win rates, won deal size, sales cycle, bookings per month; funnel calibrated.",
     run_history},
    {"eval", "Saved scenario (schema 2 or 1) -> every figure: funnels, sales formula, pipeline, KPIs, commission.",
     run_eval},
};

} // namespace quotient::cli
