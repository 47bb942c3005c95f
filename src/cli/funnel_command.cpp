// quotient-cli funnel: the forward funnel of DOMAIN.md section 1, JSON in and JSON out.
// Input conventions: rates are fractions 0..1, money is in major units, the average deal is
// rounded to the minor unit by the core's rule (halves to even). See docs/cli.md.
#include <cstdio>
#include "commands.h"
#include "core/format.h"
#include "outputs.h"

namespace quotient::cli {

static const char* const funnel_help = R"(Usage: quotient-cli funnel [FILE|-]

Funnel math, chosen by the input's "mode" (default "forward"):
  forward        top-of-funnel volume x stage rates -> count per stage, drop-off,
                 overall conversion, bottleneck (the stage letting the smallest
                 share through) and revenue (won x average deal)
  reverse        revenue target / average deal -> deals needed -> prospects each
                 stage needs (exact, and rounded up to whole prospects)
  goal_seek      the rate stage "goal_seek_stage" needs, other rates and the top
                 volume unchanged, to reach the target (may exceed 1: impossible)
  ideal          quota per period -> deals to close, deals entering each stage
                 and held in it in steady state (Little's law: entering x
                 days_in_stage / period days), with their value
  sales_formula  gross profit = customer_base x first_meeting_rate x
                 closing_efficiency x average_order x gross_margin_rate, and the
                 profit with each lever +1 point (rates) or +10%
Reads JSON from FILE, or standard input when FILE is '-' or absent.

Input (a JSON object):
  mode          forward, reverse, goal_seek, ideal or sales_formula
  target        reverse, goal_seek, ideal: revenue target (quota) per period,
                major units, same currency as the average deal
  goal_seek_stage  goal_seek: index of the stage whose rate is solved for
  period        ideal: month, quarter (default) or year (365/12, 365/4, 365 days)
  sales_formula sales_formula only: {"customer_base", "first_meeting_rate",
                "closing_efficiency", "average_order", "gross_margin_rate"};
                no other field is used in this mode
  preset        optional: buyer-journey-6, classic-4, b2b-5 or lead-pipeline;
                the fields below then override the preset's
  top_volume    number >= 0 (at most 1e12): prospects entering the first stage
  average_deal  value of one won deal in major units: 5000, 4999.99 or "4999.99"
  currency      ISO 4217 code, default "USD" (JPY and others without minor units
                round to whole units)
  stages        array of {"name": "Lead", "rate": 0.5, "days_in_stage": 12};
                rate = share passing to the next stage, a fraction from 0 to 1
                (0.15 means 15%); required on every stage but the last, where it
                is not used; days_in_stage optional, >= 0; 1 to 24 stages
  Without a preset, top_volume, average_deal and stages are required.

Output (forward; the other modes are described in docs/cli.md):
  {"stages": [{"name", "count", "drop_off", "drop_off_rate"}...], "won",
   "overall_conversion", "bottleneck": {"index", "name"} or null,
   "revenue": {"minor", "currency", "major"}}

Example:
  echo '{"preset": "lead-pipeline", "top_volume": 2000}' | quotient-cli funnel
)";

// The core names a stage's rate after its struct member; the CLI input calls it "rate".
static std::string cli_field(std::string field) {
    const std::string core = ".rate_to_next", cli = ".rate";
    if (size_t at = field.find(core); at != std::string::npos) field.replace(at, core.size(), cli);
    return field;
}

static std::vector<Stage> read_stages(const Json& v) {
    const Json& list = expect_array(v, "stages");
    std::vector<Stage> stages;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = "stages[" + std::to_string(i) + "]";
        const Json& s = expect_object(list[i], at);
        reject_unknown_keys(s, {"name", "rate", "days_in_stage"}, at);
        Stage stage;
        stage.name = text(require(s, "name", at + ".name"), at + ".name");
        if (i + 1 < list.size())
            stage.rate_to_next = number(require(s, "rate", at + ".rate"), at + ".rate");
        else if (const Json* rate = find(s, "rate"))
            stage.rate_to_next = number(*rate, at + ".rate");   // type-checked, otherwise unused
        if (const Json* days = find(s, "days_in_stage"))
            stage.days_in_stage = number(*days, at + ".days_in_stage");
        stages.push_back(stage);
    }
    return stages;
}

static Funnel read_funnel(const Json& in) {
    if (!in.is_object()) fail("wrong_type", "", "The input must be a JSON object.");
    reject_unknown_keys(in, {"mode", "preset", "top_volume", "average_deal", "currency", "stages", "target",
                             "goal_seek_stage", "period"}, "");
    Funnel f;
    if (const Json* preset = find(in, "preset")) {
        auto p = funnel_preset_from_id(text(*preset, "preset"));
        if (!p.ok()) fail(p.problem, "preset");
        f = funnel_preset(p.value);
    } else {
        for (const char* key : {"top_volume", "average_deal", "stages"}) require(in, key, key);
    }
    if (const Json* v = find(in, "top_volume")) f.top_volume = number(*v, "top_volume");
    if (const Json* v = find(in, "stages")) f.stages = read_stages(*v);

    // The deal keeps its amount in major units when only the currency changes (a preset's
    // 5000 USD becomes 5000 JPY), and is rounded to the minor unit once, by the core.
    Currency cur = f.average_deal.currency;
    if (const Json* v = find(in, "currency")) cur = currency(*v, "currency");
    double deal_major = to_major(f.average_deal);
    if (const Json* v = find(in, "average_deal")) deal_major = decimal(*v, "average_deal");
    auto deal = money_from_major(deal_major, cur);
    if (!deal.ok()) fail(deal.problem, "average_deal");
    f.average_deal = deal.value;
    return f;
}

Json forward_funnel_json(const Funnel& f, const ForwardFunnel& ff) {
    Json stages = Json::array();
    for (size_t i = 0; i < ff.stages.size(); ++i) {
        Json s;
        s["name"] = f.stages[i].name;
        s["count"] = ff.stages[i].count;
        s["drop_off"] = ff.stages[i].drop_off;
        s["drop_off_rate"] = ff.stages[i].drop_off_rate;
        stages.push_back(s);
    }
    Json out;
    out["stages"] = stages;
    out["won"] = ff.won;
    out["overall_conversion"] = ff.overall_conversion;
    if (ff.bottleneck >= 0)
        out["bottleneck"] = Json{{"index", ff.bottleneck}, {"name", f.stages[size_t(ff.bottleneck)].name}};
    else
        out["bottleneck"] = nullptr;
    out["revenue"] = money_json(ff.revenue);
    return out;
}

// A core failure as the CLI reports it, with rate errors explained in the CLI's convention.
[[noreturn]] static void fail_funnel(const Problem& p) {
    if (std::string(p.code) == "rate_out_of_range")
        fail(p.code, cli_field(p.field), "A rate must be a fraction from 0 to 1: use 0.15 for 15%.");
    fail(p, p.field == "revenue_target" || p.field == "quota" ? "target" : cli_field(p.field));
}

static Money read_target(const Json& in, const Funnel& f) {
    auto target = money_from_major(decimal(require(in, "target", "target"), "target"), f.average_deal.currency);
    if (!target.ok()) fail(target.problem, "target");
    return target.value;
}

Json reverse_funnel_json(const Funnel& f, const ReverseFunnel& r) {
    Json stages = Json::array();
    for (size_t i = 0; i < r.required.size(); ++i)
        stages.push_back(Json{{"name", f.stages[i].name}, {"required", r.required[i]},
                              {"required_whole", r.required_whole[i]}});
    return Json{{"deals_needed", r.deals_needed}, {"stages", stages}};
}

static Json goal_seek_json(const Json& in, const Funnel& f, Money target) {
    const Json& at = require(in, "goal_seek_stage", "goal_seek_stage");
    if (!at.is_number_integer() || at.get<long long>() < 0 || at.get<long long>() >= (long long)f.stages.size())
        fail("out_of_range", "goal_seek_stage", "goal_seek_stage must be the index of one of the stages.");
    const size_t stage = at.get<size_t>();
    auto g = goal_seek_rate(f, stage, target);
    if (!g.ok()) fail(g.problem, g.problem.field == "stage" ? "goal_seek_stage" : "target");
    return Json{{"stage", Json{{"index", stage}, {"name", f.stages[stage].name}}},
                {"current_rate", f.stages[stage].rate_to_next},
                {"rate_needed", g.value.rate_needed},
                {"achievable", g.value.achievable}};
}

static PlanPeriod read_period(const Json& in) {
    const Json* v = find(in, "period");
    if (!v) return PlanPeriod::Quarter;
    if (const EnumId<PlanPeriod>* p = enum_from_id(plan_period_ids, text(*v, "period"))) return p->value;
    fail("unknown_period", "period", "The period must be month, quarter or year.");
}

Json ideal_funnel_json(const Funnel& f, const IdealFunnel& ideal, double days) {
    Json stages = Json::array();
    for (size_t i = 0; i < ideal.stages.size(); ++i) {
        const IdealStage& s = ideal.stages[i];
        stages.push_back(Json{{"name", f.stages[i].name}, {"days_in_stage", f.stages[i].days_in_stage},
                              {"win_rate", s.win_rate}, {"entering", s.entering}, {"holding", s.holding},
                              {"holding_value", money_json(s.holding_value)}});
    }
    return Json{{"deals_to_close", ideal.deals_to_close}, {"period_days", days}, {"stages", stages},
                {"pipeline_value", money_json(ideal.pipeline_value)}};
}

Json sales_formula_json(const SalesFormulaResult& r) {
    static const char* const names[lever_count] = {"customer_base", "first_meeting_rate", "closing_efficiency",
                                                   "average_order", "gross_margin_rate"};
    Json levers = Json::array();
    for (size_t i = 0; i < lever_count; ++i) {
        const LeverGain& g = r.levers[i];
        Json l{{"lever", names[i]}};
        l["plus_point"] = g.has_point && g.point_possible ? money_json(g.profit_plus_point) : Json(nullptr);
        l["plus_ten_percent"] = money_json(g.profit_plus_ten_percent);
        levers.push_back(l);
    }
    return Json{{"gross_profit", money_json(r.gross_profit)},
                {"levers", levers},
                {"best_point_lever", r.best_point_lever >= 0 ? Json(names[r.best_point_lever]) : Json(nullptr)}};
}

// The sales_formula mode: its own input, read and evaluated.
static Json run_sales_formula(const Json& in) {
    reject_unknown_keys(in, {"mode", "sales_formula"}, "");
    const Json& v = expect_object(require(in, "sales_formula", "sales_formula"), "sales_formula");
    reject_unknown_keys(v, {"customer_base", "first_meeting_rate", "closing_efficiency", "average_order",
                            "gross_margin_rate", "currency"}, "sales_formula.");
    SalesFormula s;
    auto num = [&](const char* key, double& out) {
        if (const Json* x = find(v, key)) out = number(*x, std::string("sales_formula.") + key);
    };
    num("customer_base", s.customer_base);
    num("first_meeting_rate", s.first_meeting_rate);
    num("closing_efficiency", s.closing_efficiency);
    num("gross_margin_rate", s.gross_margin_rate);
    Currency cur = s.average_order.currency;
    if (const Json* c = find(v, "currency")) cur = currency(*c, "sales_formula.currency");
    double order = to_major(s.average_order);
    if (const Json* x = find(v, "average_order")) order = decimal(*x, "sales_formula.average_order");
    auto m = money_from_major(order, cur);
    if (!m.ok()) fail(m.problem, "sales_formula.average_order");
    s.average_order = m.value;

    auto r = evaluate_sales_formula(s);
    if (!r.ok()) {
        const std::string field = "sales_formula." + r.problem.field;
        if (std::string(r.problem.code) == "rate_out_of_range")
            fail(r.problem.code, field, "A rate must be a fraction from 0 to 1: use 0.15 for 15%.");
        fail(r.problem, field);
    }
    return sales_formula_json(r.value);
}

int run_funnel(const std::vector<std::string>& args) {
    CommandArgs a = parse_command_args("funnel", args);
    if (a.help) {
        std::fputs(funnel_help, stdout);
        return exit_ok;
    }
    const Json in = read_input(a.input);
    std::string mode = "forward";
    if (in.is_object())
        if (const Json* m = find(in, "mode")) mode = text(*m, "mode");
    if (mode == "sales_formula") {
        print_json(run_sales_formula(in));
        return exit_ok;
    }
    if (mode != "forward" && mode != "reverse" && mode != "goal_seek" && mode != "ideal")
        fail("unknown_mode", "mode", "The mode must be forward, reverse, goal_seek, ideal or sales_formula.");

    const Funnel f = read_funnel(in);
    if (mode == "forward") {
        auto result = forward_funnel(f);
        if (!result.ok()) fail_funnel(result.problem);
        print_json(forward_funnel_json(f, result.value));
        return exit_ok;
    }
    const Money target = read_target(in, f);
    if (mode == "reverse") {
        auto r = reverse_funnel(f, target);
        if (!r.ok()) fail_funnel(r.problem);
        print_json(reverse_funnel_json(f, r.value));
    } else if (mode == "goal_seek") {
        if (Problem p = validate_funnel(f); p.code) fail_funnel(p);
        print_json(goal_seek_json(in, f, target));
    } else {
        const double days = average_period_days(read_period(in));
        auto r = ideal_funnel(f, target, days);
        if (!r.ok()) fail_funnel(r.problem);
        print_json(ideal_funnel_json(f, r.value, days));
    }
    return exit_ok;
}

} // namespace quotient::cli
