// quotient-cli history: the pipeline command's input in; what its won and lost deals say out
// (win rates, won deal size, sales cycle, bookings per month; the team, each owner, each
// product) and the funnel calibrated on it. deal_history.h has the rules.
#include <cstdio>
#include "commands.h"
#include "csv_import_options.h"
#include "core/deal_history.h"
#include "outputs.h"
#include "pipeline_input.h"

namespace quotient::cli {

static const char* const history_help = R"(Usage: quotient-cli history [FILE|-]
       quotient-cli history --csv EXPORT [--locale LOCALE] [--currency CODE]
                            [--map FIELD=COLUMN]... [--won STAGE]... [--lost STAGE]...

What the closed deals say. Reads the pipeline command's input (quotient-cli
pipeline --help; deals with "state": "won" or "lost", an "amount", a
"close_date" and, for the sales cycle, a "created" date) from FILE, or standard
input when FILE is '-' or absent. Open deals are not history.

  --csv       reads the deals from a CRM's CSV export instead, with the options
              of quotient-cli import-csv (see its --help); the funnel and sales
              cycle calibrated are then the defaults (the lead pipeline, 90
              days), and the output adds "import": {"rows", "skipped"} (rows
              read, rows that could not be a deal: import-csv lists them)

Output:
  {"all": FIGURES, "by_owner": [{"key", FIGURES}...], "by_product": [...],
   "calibration": {"last_stage_rate", "average_deal", "sales_cycle_days",
                   "changed"}}
  FIGURES: {"won": {"deals", "amount"}, "lost": {...}, "win_rate_by_count",
   "win_rate_by_value", "average_won", "median_won", "cycle_deals",
   "cycle_median_days", "cycle_mean_days", "cycle_p80_days",
   "by_month": [{"month": "YYYY-MM", "deals", "amount"}...]}
  A figure resting on fewer than 5 deals (closed deals for a win rate, won deals
  for a deal's size, won deals with a creation date for the cycle) is
  {"problem": {"code": "too_few_deals", ...}} in its place. Percentiles are
  linear between neighbours (a spreadsheet's PERCENTILE.INC); the median of an
  even count of won deals is the mean of the middle two, rounded to the cent.
  "calibration": the input funnel's last stage (into won deals) converting at
  the win rate by count, its average deal the average won deal, and the sales
  cycle the median cycle rounded up to whole days; a withheld figure leaves its
  setting as it was.

Example:
  quotient-cli history deals.json
  quotient-cli history --csv export.csv --won Signed --lost Dead
)";

template <class T, class Build>
static Json shown(const Outcome<T>& o, Build build) {
    return o.ok() ? build(o.value) : problem_json(o.problem);
}

static Json count_json(const DealCount& c) { return Json{{"deals", c.deals}, {"amount", money_json(c.amount)}}; }

static Json figures_json(const HistoryFigures& h) {
    auto number = [](double v) { return Json(v); };
    Json months = Json::array();
    for (const MonthBookings& m : h.by_month) {
        char month[8];
        std::snprintf(month, sizeof month, "%04d-%02d", m.year, m.month);
        months.push_back(Json{{"month", month}, {"deals", m.won.deals}, {"amount", money_json(m.won.amount)}});
    }
    Json out;
    out["won"] = count_json(h.won);
    out["lost"] = count_json(h.lost);
    out["win_rate_by_count"] = shown(h.win_rate_by_count, number);
    out["win_rate_by_value"] = shown(h.win_rate_by_value, number);
    out["average_won"] = shown(h.average_won, money_json);
    out["median_won"] = shown(h.median_won, money_json);
    out["cycle_deals"] = h.cycle_deals;
    out["cycle_median_days"] = shown(h.cycle_median_days, number);
    out["cycle_mean_days"] = shown(h.cycle_mean_days, number);
    out["cycle_p80_days"] = shown(h.cycle_p80_days, number);
    out["by_month"] = months;
    return out;
}

static Json groups_json(const std::vector<HistoryGroup>& groups) {
    Json out = Json::array();
    for (const HistoryGroup& g : groups) {
        Json j = figures_json(g.figures);
        j["key"] = g.key;
        out.push_back(j);
    }
    return out;
}

int run_history(const std::vector<std::string>& args) {
    CsvImportOptions csv_options;
    std::string csv;
    std::vector<std::string> rest;
    bool import_option = false;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--csv") {
            if (i + 1 >= args.size()) fail("usage", "", "--csv needs a file. Run quotient-cli history --help.");
            csv = args[++i];
        } else if (take_csv_import_option(args, i, csv_options, "history")) {
            import_option = true;
        } else {
            rest.push_back(args[i]);
        }
    }
    CommandArgs c = parse_command_args("history", rest);
    if (c.help) {
        std::fputs(history_help, stdout);
        return exit_ok;
    }
    if (!csv.empty() && c.input != "-")
        fail("conflicting_fields", "", "Give either a deals file or --csv EXPORT, not both.");
    if (csv.empty() && import_option)
        fail("usage", "", "--locale, --currency, --map, --won and --lost read a CSV export: add --csv EXPORT.");

    PipelineInput in;
    Json import;
    if (csv.empty()) {
        in = read_pipeline(read_input(c.input));
    } else {
        ImportResult r = import_csv_text(read_text(csv), csv_options);
        in.settings.quota.currency = csv_options.currency;   // the amounts' currency; history uses no quota
        in.deals = std::move(r.deals);
        import = Json{{"rows", r.rows}, {"skipped", r.errors.size()}};
    }
    // The input `pipeline` and `forecast` accept, checked the same way.
    if (Problem p = validate_pipeline(in.deals, in.settings); p.code) fail(p, p.field);
    const DealHistory h = deal_history(in.deals, in.settings.quota.currency);
    const Calibration cal = calibrate(in.funnel, in.settings.sales_cycle_days, h.all);
    Json out;
    if (!import.is_null()) out["import"] = import;
    out["all"] = figures_json(h.all);
    out["by_owner"] = groups_json(h.by_owner);
    out["by_product"] = groups_json(h.by_product);
    out["calibration"] = Json{
        {"last_stage_rate", cal.funnel.stages.size() >= 2 ? Json(cal.funnel.stages[cal.funnel.stages.size() - 2].rate_to_next)
                                                          : Json(nullptr)},
        {"average_deal", money_json(cal.funnel.average_deal)},
        {"sales_cycle_days", cal.sales_cycle_days},
        {"changed", cal.changed}};
    print_json(out);
    return exit_ok;
}

} // namespace quotient::cli
