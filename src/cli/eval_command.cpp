// quotient-cli eval: a saved scenario (the app's document, "schema": 2, or 1) in; every figure the app
// derives from it out. The core reads the document and computes every figure; each figure is
// printed by the builder of the command that computes it alone (outputs.h).
#include <cstdio>
#include <cstring>
#include <ctime>
#include <initializer_list>
#include "commands.h"
#include "core/earnings_plan.h"
#include "core/scenario_json.h"
#include "outputs.h"

namespace quotient::cli {

static const char* const eval_help = R"(Usage: quotient-cli eval [--as-of YYYY-MM-DD] [FILE|-]

Every figure of a scenario saved by Quotient (the versioned JSON document the
app exports, "schema": 2; schema 1 documents are migrated as the app does): the
sales plan, the forward funnel, the reverse funnel and the ideal funnel for the
quota (or the funnel's own target), the sales formula, the pipeline's deals and totals, every
KPI whose inputs the scenario holds, and the rep's commission statement for the
book's period under the rep's plan and under the plan compared with it, with
the bookings and leads each plan's OTE takes.
Reads JSON from FILE, or standard input when FILE is '-' or absent. --as-of is
the day the pipeline is looked at (default: today, UTC): open deals are placed
by close date in the plan's periods (overdue ones are flagged "slipped"), and
coverage counts those closing in that day's period. The commission is paid on
the deals typed in the book and on every won pipeline deal.

Input: a scenario document. A missing field keeps a new scenario's value, so
{"schema": 2} is a whole new scenario. A field this version does not know is
left out and listed in "unknown_fields". A text that is not JSON, a newer
schema, a field of the wrong kind or a sales plan that cannot hold (a negative
quota, a fiscal year starting in month 13) is an error (exit status 2) whose
field is named as the document names it ("funnel.stages[2].rate_to_next",
"plan.quota").

Output:
  {"unknown_fields": ["path"...],
   "plan": {"currency", "period", "fiscal_year_start", "quota", "sales_cycle_days"},
   "funnel": {"goal": {"target", "period", "from"}, "forward", "reverse", "ideal"},
   "sales_formula",
   "pipeline": {"deals", "totals"},
   "kpi": {"results": [...], "missing_inputs": ["id"...]},
   "commission": {"rep", "rep_plan": {"plan", "statement", "to_reach_ote"}, "compare_plan"}}
  Each figure has the shape its own command prints (funnel, pipeline, kpi and
  commission --help). A figure the scenario leaves undefined (the reverse funnel
  of a zero average deal, CAC with no new customer) is {"problem": {"code",
  "message", "field"}} in its place, and the other figures still print.
  "missing_inputs" lists the KPIs lacking an input; "compare_plan" is null when
  the book holds one plan. "to_reach_ote": the bookings whose payout reaches the
  plan's target incentive, and the reverse funnel for them (won deals at the
  funnel's average deal, prospects per stage). The goal's "from" is "plan" (the
  quota) or "funnel_target" (the funnel's own target, a what-if). Commission
  plans pay under the sales plan's quota, periods and currency. Texts and
  formulas write numbers the en-US way.

Example:
  echo '{"schema": 2, "kpi": {"values": {"revenue": 500000, "gross_profit": 150000}}}' | quotient-cli eval
)";

// [SECTION] Fields named as the document names them

// The core names a field relative to what it was handed ("stages[2].rate_to_next", "quota");
// the document nests that under a section's prefix, and a few of the core's arguments live in
// another section (the reverse funnel's "revenue_target" is the goal's target).
struct FieldHome {
    const char* core;       // a field, with whatever follows it ("deals" covers "deals[3].amount")
    const char* document;
};

static std::string document_field(const std::string& field, const std::string& prefix,
                                  std::initializer_list<FieldHome> homes) {
    if (field.empty()) return field;   // the section as a whole
    for (const FieldHome& h : homes) {
        const size_t n = std::strlen(h.core);
        if (field.compare(0, n, h.core) == 0 && (field.size() == n || field[n] == '.' || field[n] == '['))
            return h.document + field.substr(n);
    }
    return prefix + field;
}

// A figure as its command prints it, or its problem in its place.
template <class T, class Build>
static Json figure(const Outcome<T>& o, Build build, const std::string& prefix,
                   std::initializer_list<FieldHome> homes = {}) {
    if (o.ok()) return build(o.value);
    Problem p = o.problem;
    p.field = document_field(p.field, prefix, homes);
    return problem_json(p);
}

// [SECTION] The figures

static Json plan_json(const SalesPlan& p) {
    return Json{{"currency", p.currency.code}, {"period", enum_id(plan_period_ids, p.period)},
                {"fiscal_year_start", p.fiscal_year_start}, {"quota", money_json(p.quota)},
                {"sales_cycle_days", p.sales_cycle_days}};
}

static Json funnel_figures(const Scenario& s) {
    const Funnel& f = s.funnel;
    const Money target = funnel_revenue_target(s);
    const double days = average_period_days(funnel_period(s));
    // Where the target lives in the document, for a problem's field.
    const char* target_field = s.funnel_target.own ? "funnel_target.target" : "plan.quota";
    const char* period_field = s.funnel_target.own ? "funnel_target.period" : "plan.period";
    Json out;
    out["goal"] = Json{{"target", money_json(target)}, {"period", enum_id(plan_period_ids, funnel_period(s))},
                       {"from", s.funnel_target.own ? "funnel_target" : "plan"}};
    out["forward"] = figure(
        forward_funnel(f), [&](const ForwardFunnel& r) { return forward_funnel_json(f, r); }, "funnel.");
    out["reverse"] = figure(
        reverse_funnel(f, target), [&](const ReverseFunnel& r) { return reverse_funnel_json(f, r); },
        "funnel.", {{"revenue_target", target_field}});
    out["ideal"] = figure(
        ideal_funnel(f, target, days), [&](const IdealFunnel& r) { return ideal_funnel_json(f, r, days); },
        "funnel.", {{"quota", target_field}, {"period_days", period_field}});
    return out;
}

static Json pipeline_figures(const Scenario& s, const CivilDate& as_of) {
    // The hours sit under "pipeline", the quota and cycle in the plan (or the team quota); the
    // deals and the funnel are top-level sections.
    const std::string prefix = "pipeline.";
    const PipelineSettings settings = pipeline_settings(s, as_of);
    const char* quota_field = s.pipeline.team_quota.minor > 0 ? "pipeline.team_quota" : "plan.quota";
    auto build = [&](PipelineResult r) {
        Problem& hours = r.totals.time_shares.problem;
        hours.field = document_field(hours.field, prefix, {});
        // A scenario always holds the seller's hours, so every placement shows its share of them.
        return pipeline_json(s.deals, r, settings.sales_cycle_days, true);
    };
    return figure(evaluate_pipeline(s.deals, s.funnel, settings), build, prefix,
                  {{"deals", "deals"}, {"funnel", "funnel"}, {"quota", quota_field},
                   {"sales_cycle_days", "plan.sales_cycle_days"}});
}

// A KPI input's place in the document: numbers under kpi.values, answer lists under kpi.lists.
static std::string kpi_field(const std::string& field) {
    const KpiInput* input = find_kpi_input(field.substr(0, field.find('[')));
    if (!input) return field;
    return (input->unit == KpiUnit::ScoreList ? "kpi.lists." : "kpi.values.") + field;
}

static Json kpi_figures(const KpiInputs& inputs) {
    Json results = Json::array(), missing = Json::array();
    for (const KpiDef& k : kpi_catalog()) {
        if (!kpi_inputs_present(k, inputs)) {
            missing.push_back(k.id);
            continue;
        }
        auto r = evaluate_kpi(k, inputs, cli_locale);
        if (r.ok()) {
            results.push_back(kpi_result_json(k, r.value));
            continue;
        }
        // An undefined KPI still says which it is, beside why.
        const Problem p{r.problem.code, kpi_field(r.problem.field), r.problem.message};
        results.push_back(Json{{"id", k.id}, {"name", k.name}, {"problem", problem_json(p)["problem"]}});
    }
    return Json{{"results", results}, {"missing_inputs", missing}};
}

// The rep's statement for the book's period under plans[index], and what reaching the plan's
// OTE takes: the bookings, and the won deals and prospects the scenario's funnel needs for them.
static Json plan_figures(const CommissionBook& book, size_t index, const Funnel& funnel, const SalesPlan& sales,
                         const std::vector<ClosedDeal>& bookings) {
    const CommissionPlan plan = plan_under(book.plans[index], sales);
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.draw_balance = Money{0, plan.currency};
    req.locale = cli_locale;
    Json out;
    out["plan"] = plan_json(plan);
    out["statement"] = figure(
        build_statement(plan, bookings, req),
        [&](const Statement& s) { return statement_json(plan, bookings, s); }, item("commission.plans", index) + ".",
        {{"deals", "commission.deals"}, {"rep", "commission.rep"}, {"period", "commission.period_date"}});
    out["to_reach_ote"] = figure(
        plan_to_earn(plan, funnel, plan.target_incentive),
        [&](const EarningsPlan& e) {
            Json j;
            j["bookings"] = money_json(e.bookings);
            const Json leads = reverse_funnel_json(funnel, e.funnel);   // named: items() would outlive a temporary
            for (auto it = leads.begin(); it != leads.end(); ++it) j[it.key()] = it.value();
            return j;
        },
        item("commission.plans", index) + ".",
        {{"stages", "funnel.stages"}, {"average_deal", "funnel.average_deal"}, {"revenue_target", "funnel.average_deal"}});
    return out;
}

static Json commission_figures(const Scenario& s) {
    const CommissionBook& book = s.commission;
    const std::vector<ClosedDeal> bookings = commission_bookings(s);
    Json out;
    out["rep"] = book.rep;
    out["rep_plan"] = book.plans.size() > 0 ? plan_figures(book, 0, s.funnel, s.plan, bookings) : Json(nullptr);
    out["compare_plan"] = book.plans.size() > 1 ? plan_figures(book, 1, s.funnel, s.plan, bookings) : Json(nullptr);
    return out;
}

// [SECTION] The command

// --as-of DATE (or --as-of=DATE), taken out of the arguments; today (UTC) without it.
static CivilDate take_as_of(std::vector<std::string>& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        std::string text;
        if (args[i] == "--as-of" && i + 1 < args.size()) {
            text = args[i + 1];
            args.erase(args.begin() + long(i), args.begin() + long(i) + 2);
        } else if (args[i].rfind("--as-of=", 0) == 0) {
            text = args[i].substr(8);
            args.erase(args.begin() + long(i));
        } else {
            continue;
        }
        Outcome<CivilDate> d = parse_iso_date(text);
        if (!d.ok()) fail("invalid_date", "as_of", "--as-of must be a date written YYYY-MM-DD.");
        return d.value;
    }
    return date_from_day_number(int64_t(std::time(nullptr)) / 86400);
}

int run_eval(const std::vector<std::string>& given) {
    std::vector<std::string> args = given;
    const CivilDate as_of = take_as_of(args);
    CommandArgs a = parse_command_args("eval", args);
    if (a.help) {
        std::fputs(eval_help, stdout);
        return exit_ok;
    }
    auto loaded = scenario_from_json(read_text(a.input));
    if (!loaded.ok()) fail(loaded.problem, loaded.problem.field);
    const Scenario& s = loaded.value.scenario;
    if (Problem p = validate_sales_plan(s.plan); p.code) fail(p, "plan." + p.field);
    Json out;
    out["unknown_fields"] = loaded.value.unknown_fields;
    out["plan"] = plan_json(s.plan);
    out["funnel"] = funnel_figures(s);
    out["sales_formula"] = figure(evaluate_sales_formula(s.sales_formula), sales_formula_json, "sales_formula.");
    out["pipeline"] = pipeline_figures(s, as_of);
    out["kpi"] = kpi_figures(kpi_inputs_of(s));
    out["commission"] = commission_figures(s);
    print_json(out);
    return exit_ok;
}

} // namespace quotient::cli
