// quotient-cli forecast: the pipeline command's input in; the Monte Carlo forecast of the
// period's bookings out (P10 / P50 / P90, mean, chance to reach quota and each attainment level,
// histogram with its cumulative curve, the deals whose loss moves P50 most). DOMAIN.md section 5.
// The simulation's settings are options, so the very file given to `pipeline` can be forecast.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include "commands.h"
#include "core/forecast.h"
#include "pipeline_input.h"

namespace quotient::cli {

static const char* const forecast_help = R"(Usage: quotient-cli forecast [OPTIONS] [FILE|-]

Pipeline forecast with its spread: a Monte Carlo simulation over the open deals
that can close in the period. In each trial every open deal is won with its win
probability, and lands in the period unless its close date slips out of it;
won deals already closed in the period are booked in every trial.
Reads the pipeline command's input (quotient-cli pipeline --help) from FILE, or
standard input when FILE is '-' or absent. With "as_of" the period is the plan's
period holding that day (or the next one); without it every open deal counts
and every won deal is booked.

Options:
  --trials N      trials, 1 to 100000 (default 10000)
  --seed N        the generator's seed, a whole number (default 1): the same seed
                  gives the same figures every time, on every platform
  --source S      win probability: "stage" (default; the funnel's win rate for the
                  deal's stage, 0 when the stage is not in the funnel), "review"
                  (fund x competition) or "crm" (the deal's imported
                  "probability"); a deal not reviewed takes its CRM probability
                  under "review", and one without a CRM probability its stage's
  --slip N        a close date moves by -N to +N days, each equally likely
                  (0 to 365; default 0, no slip)
  --haircut R     taken off every open deal's amount, a fraction in whole
                  percents (0.1 = 10%; default 0)
  --period P      "this_period" (default) or "next_period" (needs as_of)

Output:
  {"period": {"label", "first", "last"} (null without as_of), "trials", "seed",
   "source", "slip_days", "haircut", "quota", "booked", "deals_in_play",
   "p10", "p50", "p90", "mean", "lowest", "highest",
   "chance_to_reach_quota" (a share 0..1, or {"problem"} without a quota),
   "attainment": [{"level", "chance"}...] (levels 0.5 to 1.5 of quota),
   "histogram": [{"from", "to", "trials", "cumulative"}...],
   "drivers": [{"deal", "name", "amount", "probability", "p50_without",
                "p50_change"}...]}
  Percentiles are nearest-rank: P10 is the smallest bookings that at least 10%
  of the trials stay at or below. Money as everywhere: {"minor", "currency",
  "major"}.

Example:
  echo '{"quota": 100000, "sales_cycle_days": 60, "deals": [
    {"name": "Renewal", "amount": 60000, "stage": "Opportunity",
     "close_date": "2026-12-15", "fund": 1, "competition": 1, "position": 3},
    {"name": "Expansion", "amount": 50000, "stage": "Opportunity",
     "close_date": "2026-12-20", "fund": 0.5, "competition": 1, "position": 1}]}' |
    quotient-cli forecast --source review --trials 1000 --seed 7
)";

// [SECTION] Options

static long long whole_option(const std::string& option, const std::string& value, long long lo, long long hi) {
    char* end = nullptr;
    const long long x = std::strtoll(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || x < lo || x > hi)
        fail("usage", "", option + " needs a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                              "; got '" + value + "'.");
    return x;
}

// A fraction 0..1 in whole percents, as every rate of the CLI is written (0.1 = 10%).
static int percent_option(const std::string& option, const std::string& value) {
    char* end = nullptr;
    const double x = std::strtod(value.c_str(), &end);
    const double pct = x * 100.0;
    if (value.empty() || *end != '\0' || !(x >= 0 && x <= 1) || std::fabs(pct - std::round(pct)) > 1e-9)
        fail("usage", "", option + " needs a fraction from 0 to 1 in whole percents, like 0.1 for 10%; got '" +
                              value + "'.");
    return int(std::round(pct));
}

template <class E, size_t N>
static E choice_option(const EnumId<E> (&table)[N], const std::string& option, const std::string& value) {
    if (const EnumId<E>* e = enum_from_id(table, value)) return e->value;
    fail("usage", "", option + " must be one of: " + id_list(table) + "; got '" + value + "'.");
}

// [SECTION] Output

static Json chance_json(const Outcome<double>& c) { return c.ok() ? Json(c.value) : problem_json(c.problem); }

static Json forecast_json(const PipelineInput& in, const ForecastSettings& s, const ForecastResult& r) {
    Json out;
    if (r.dated)
        out["period"] = {{"label", period_label(in.settings.period, r.period, in.settings.fiscal_year_start)},
                         {"first", iso_date(r.period.first)},
                         {"last", iso_date(r.period.last)}};
    else
        out["period"] = nullptr;
    out["trials"] = r.trials;
    out["seed"] = s.seed;
    out["source"] = enum_id(probability_source_ids, s.source);
    out["slip_days"] = s.slip == SlipKind::Uniform ? s.slip_days : 0;
    out["haircut"] = s.haircut_percent / 100.0;
    out["quota"] = money_json(r.quota);
    out["booked"] = money_json(r.booked);
    out["deals_in_play"] = r.deals_in_play;
    for (auto [key, m] : {std::pair{"p10", r.p10}, {"p50", r.p50}, {"p90", r.p90}, {"mean", r.mean},
                          {"lowest", r.lowest}, {"highest", r.highest}})
        out[key] = money_json(m);
    out["chance_to_reach_quota"] = chance_json(r.chance_to_reach_quota);
    Json levels = Json::array();
    for (const AttainmentChance& a : r.attainment)
        levels.push_back({{"level", a.level_percent / 100.0}, {"chance", chance_json(a.chance)}});
    out["attainment"] = levels;
    Json bins = Json::array();
    for (const HistogramBin& b : r.histogram)
        bins.push_back({{"from", money_json(b.from)}, {"to", money_json(b.to)}, {"trials", b.trials},
                        {"cumulative", b.cumulative}});
    out["histogram"] = bins;
    Json drivers = Json::array();
    for (const ForecastDriver& d : r.drivers)
        drivers.push_back({{"deal", d.deal},
                           {"name", in.deals[size_t(d.deal)].name},
                           {"amount", money_json(d.amount)},
                           {"probability", d.probability},
                           {"p50_without", money_json(d.p50_without)},
                           {"p50_change", money_json(d.p50_change)}});
    out["drivers"] = drivers;
    return out;
}

int run_forecast(const std::vector<std::string>& args) {
    ForecastSettings s;
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool takes_value = a == "--trials" || a == "--seed" || a == "--source" || a == "--slip" ||
                                 a == "--haircut" || a == "--period";
        if (!takes_value) {
            rest.push_back(a);
            continue;
        }
        if (i + 1 == args.size()) fail("usage", "", a + " needs a value. Run quotient-cli forecast --help.");
        const std::string& v = args[++i];
        if (a == "--trials") s.trials = int(whole_option(a, v, 1, max_forecast_trials));
        if (a == "--seed") s.seed = uint64_t(whole_option(a, v, 0, 9'007'199'254'740'991LL));   // 2^53 - 1: exact in JSON
        if (a == "--source") s.source = choice_option(probability_source_ids, a, v);
        if (a == "--slip") {
            s.slip_days = int(whole_option(a, v, 0, max_slip_days));
            s.slip = s.slip_days > 0 ? SlipKind::Uniform : SlipKind::None;
        }
        if (a == "--haircut") s.haircut_percent = percent_option(a, v);
        if (a == "--period") s.period = choice_option(forecast_period_ids, a, v);
    }
    CommandArgs c = parse_command_args("forecast", rest);
    if (c.help) {
        std::fputs(forecast_help, stdout);
        return exit_ok;
    }
    PipelineInput in = read_pipeline(read_input(c.input));
    auto r = forecast(in.deals, in.funnel, in.settings, s);
    if (!r.ok()) fail(r.problem, r.problem.field);
    print_json(forecast_json(in, s, r.value));
    return exit_ok;
}

} // namespace quotient::cli
