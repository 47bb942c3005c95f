// quotient-cli commission: a rep's commission statement (DOMAIN.md section 4), JSON in and JSON
// out; with --curve, the plan's earnings curve and cost of sales instead. Rates are fractions
// 0..1, money is in major units (rounded to the minor unit by the core's rule), dates are
// YYYY-MM-DD. See docs/cli.md.
//
// Index
// [SECTION] Help
// [SECTION] Field readers
// [SECTION] Reading the plan
// [SECTION] Reading the deals
// [SECTION] Writing the output
// [SECTION] The command
#include <cstdio>
#include "commands.h"
#include "core/commission_csv.h"
#include "core/commission_payout.h"
#include "core/commission_statement.h"
#include "core/format.h"
#include "core/scenario.h"
#include "core/scenario_json.h"
#include "outputs.h"

namespace quotient::cli {

// [SECTION] Help

static const char* const commission_help = R"(Usage: quotient-cli commission [--curve] [--deals DEALS.csv] [FILE|-]
       quotient-cli commission [--curve] [--plan NAME] SCENARIO.json

A rep's commission statement for a plan and a list of deals: every line with the
formula that produced it, subtotals per component, clawback and draw lines, total
payout, attainment and effective rate, for one period or several in a row (the
draw balance carries over). With --curve: the plan's payout at attainment 0..300%
and its cost of sales. Reads JSON from FILE, or standard input when FILE is '-'
or absent. --deals reads the deals from a CSV file instead of "deals".

Each component is paid on the period's totals; a tiered or curve line (or a
flat one whose cap applied) is the deal's share of that payout, payout x credit
/ total, so what a deal earns does not depend on the order deals close in.

Input (a JSON object):
  plan          the compensation plan:
    period        "month", "quarter" (default) or "year"; amounts are per period
    currency      ISO 4217 code, default "USD"
    base_salary, target_incentive, ote, pay_mix
                  any two (or base_salary and/or target_incentive alone); the
                  others are derived: ote = base + incentive, pay_mix = base / ote
    quota         bookings per period (needed by a curve and for attainment)
    boundary      "upper" (default): an amount exactly on a tier boundary, the
                  threshold or a cliff at 100% belongs to the tier starting there;
                  "lower": to the tier ending there
    components    list of {"type": "flat", "rate": 0.1, "paid_on": "bookings"}
                  {"type": "tiered", "method": "marginal"|"retroactive"|"interpolated",
                   "paid_on": "bookings"|"gross_margin",
                   "tiers": [{"from": 0, "to": 100000, "rate": 0.08}, {"from": 100000, "rate": 0.12}]}
                   (a "to" on the last tier: nothing is paid above it)
                  {"type": "curve", "threshold": 0.5, "decelerator": 1, "cliff": false,
                   "accelerators": [{"from": 1.0, "multiplier": 1.5}],
                   "cap": {"on": "payout"|"attainment", "at": 2.0}}
                  each may have a "name"; flat and tiered ones a "cap": 30000
                  (the most the component pays per period)
    multipliers   list of {"type": "multi_year"|"new_logo"|"product", "factor": 1.2,
                  "product": "..." (product only)}
    spiffs        list of {"name", "amount", "product", "new_logo_only"}
    clawback_days commission on a customer churning within this many days of the
                  close is taken back in the period of the churn (0 = never)
    draw          {"type": "recoverable"|"non_recoverable", "amount": 3000,
                  "clawback": "reduces_future" (default)|"forgiven"}: what a
                  non-recoverable draw does with a clawback it covers
  rep           whose statement this is
  period        "YYYY-MM-DD", any day of the (first) period
  periods       optional, 1 to 120 consecutive periods (default 1)
  draw_balance  optional, owed at the start (default 0): recoverable draw
                advances, or clawbacks carried by a non-recoverable draw
  deals         list of {"id", "close_date", "amount", "margin" (needed by
                gross-margin components), "years", "new_logo", "product",
                "rep": "ana" or "splits": [{"rep": "ana", "share": 0.5}, ...],
                "churn_date"}
  --deals CSV   header: id, close_date, amount, rep (required), share, margin,
                years, new_logo, product, churn_date; one row per deal and rep (a
                split deal has one row per rep, with the same id)
  curve         optional, with --curve: {"max_attainment": 3, "samples": 61,
                "margin_rate": 1, "earn": 20000 (also answers: bookings needed)}

A saved scenario (a document the app saves, with "schema") is read as it is:
the statement of its commission book's rep for the book's period, under the
rep's plan (or the plan named by --plan) and the scenario's sales plan (quota,
period, currency), on the book's deals and the deals won in the pipeline, as
the app pays them. Plans and deals are then written as the document writes
them (amounts as "1234.56 USD"); see docs/scenario.md.

Output: {"plan": {...}, "rep", "statements": [{"period", "deals", "bookings",
  "margin", "attainment", "lines": [{"kind", "deal", "source", "credit",
  "basis", "rate", "formula", "amount"}...], "subtotals", "commission",
  "clawbacks", "earned", "draw", "total_payout", "draw_balance_before",
  "draw_balance_after", "base_salary", "total_pay", "effective_rate"}...]}
  Line kinds: commission, multiplier, spiff, clawback, draw_advance, guarantee,
  draw_recovery, and notes of amount 0: cap_applied, above_last_tier,
  clawback_carried.
  With --curve: {"plan": {...}, "curve": [{"attainment", "bookings", "payout",
  "total_pay", "cost_of_sales"}...], "bookings_to_earn"}

Example:
  echo '{"plan": {"components": [{"type": "flat", "rate": 0.15}]}, "rep": "ana",
         "period": "2024-01-01", "deals": [{"id": "D1", "close_date": "2024-02-01",
         "amount": 100000, "rep": "ana"}]}' | quotient-cli commission
)";

// [SECTION] Field readers

static int whole(const Json& v, const std::string& path) {
    const double n = number(v, path);
    if (n != double(int(n)) || n < -1e9 || n > 1e9)
        fail("wrong_type", path, "'" + path + "' must be a whole number.");
    return int(n);
}

// The core's messages speak of percentages, as the UI shows them; the CLI takes fractions and
// says how to write one.
[[noreturn]] static void fail_core(const Problem& p, const std::string& prefix) {
    struct Hint { const char* code; const char* message; };
    static const Hint hints[] = {
        {"rate_out_of_range", "A rate must be a fraction from 0 to 1: use 0.15 for 15%."},
        {"share_out_of_range", "A split share must be a fraction from 0 to 1: use 0.5 for 50%."},
        {"threshold_out_of_range", "The threshold is an attainment fraction from 0 to 1: use 0.5 for 50%."},
        {"decelerator_out_of_range", "The decelerator must be a fraction from 0 to 1: use 0.8 for 80%."},
    };
    const std::string field = p.field.empty() ? "" : prefix + p.field;
    for (const Hint& h : hints)
        if (p.code && std::string(p.code) == h.code) fail(p.code, field, h.message);
    fail(p, field);
}

// [SECTION] Reading the plan

static void read_pay(const Json& in, CommissionPlan& plan) {
    struct Key { PayFigure figure; const char* key; };
    static const Key keys[] = {{PayFigure::BaseSalary, "base_salary"}, {PayFigure::TargetIncentive, "target_incentive"},
                               {PayFigure::Ote, "ote"}, {PayFigure::PayMix, "pay_mix"}};
    PayFigures f;
    f.base_salary = f.target_incentive = f.ote = Money{0, plan.currency};
    std::vector<const Key*> given;
    for (const Key& k : keys) {
        const Json* v = find(in, k.key);
        if (!v) continue;
        const std::string path = std::string("plan.") + k.key;
        if (given.size() == 2)
            fail("pay_figures_overdetermined", path,
                 "Give two of base_salary, target_incentive, ote and pay_mix: the other two are derived from them.");
        given.push_back(&k);
        switch (k.figure) {
        case PayFigure::BaseSalary: f.base_salary = amount(*v, path, plan.currency); break;
        case PayFigure::TargetIncentive: f.target_incentive = amount(*v, path, plan.currency); break;
        case PayFigure::Ote: f.ote = amount(*v, path, plan.currency); break;
        case PayFigure::PayMix: f.base_share = number(*v, path); break;
        }
    }
    if (given.size() == 2) {
        auto done = complete_pay(f, given[0]->figure, given[1]->figure);
        if (!done.ok()) fail_core(done.problem, "plan.");
        f = done.value;
    } else if (given.size() == 1 && (given[0]->figure == PayFigure::Ote || given[0]->figure == PayFigure::PayMix)) {
        fail("pay_figures_incomplete", std::string("plan.") + given[0]->key,
             "Give a second pay figure (base_salary, target_incentive, ote or pay_mix) to derive the others.");
    }
    plan.base_salary = f.base_salary;
    plan.target_incentive = f.target_incentive;
}

static Tier read_tier(const Json& v, const std::string& at, const Currency& cur) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"from", "to", "rate"}, at);
    Tier t;
    t.from = amount(require(in, "from", at + ".from"), at + ".from", cur);
    t.rate = number(require(in, "rate", at + ".rate"), at + ".rate");
    const Json* to = find(in, "to");
    t.open_ended = to == nullptr;
    if (to) t.to = amount(*to, at + ".to", cur);
    return t;
}

static PayoutCurve read_curve(const Json& in, const std::string& at) {
    PayoutCurve c;
    if (const Json* v = find(in, "threshold")) c.threshold = number(*v, at + ".threshold");
    if (const Json* v = find(in, "decelerator")) c.decelerator = number(*v, at + ".decelerator");
    if (const Json* v = find(in, "cliff")) c.cliff = boolean(*v, at + ".cliff");
    if (const Json* v = find(in, "accelerators")) {
        const Json& list = expect_array(*v, at + ".accelerators");
        for (size_t j = 0; j < list.size(); ++j) {
            const std::string aj = item(at + ".accelerators", j);
            const Json& a = expect_object(list[j], aj);
            reject_unknown_keys(a, {"from", "multiplier"}, aj);
            c.accelerators.push_back(
                Accelerator{number(require(a, "from", aj + ".from"), aj + ".from"),
                            number(require(a, "multiplier", aj + ".multiplier"), aj + ".multiplier")});
        }
    }
    if (const Json* v = find(in, "cap")) {
        const Json& cap = expect_object(*v, at + ".cap");
        reject_unknown_keys(cap, {"on", "at"}, at + ".cap");
        c.cap = choice(cap_kind_ids, require(cap, "on", at + ".cap.on"), at + ".cap.on");
        c.cap_at = number(require(cap, "at", at + ".cap.at"), at + ".cap.at");
    }
    return c;
}

static PlanComponent read_component(const Json& v, const std::string& at, const Currency& cur) {
    const Json& in = expect_object(v, at);
    PlanComponent c;
    c.kind = choice(component_kind_ids, require(in, "type", at + ".type"), at + ".type");
    switch (c.kind) {
    case ComponentKind::Flat:
        reject_unknown_keys(in, {"type", "name", "paid_on", "rate", "cap"}, at);
        c.rate = number(require(in, "rate", at + ".rate"), at + ".rate");
        break;
    case ComponentKind::Tiered: {
        reject_unknown_keys(in, {"type", "name", "paid_on", "method", "tiers", "cap"}, at);
        if (const Json* m = find(in, "method")) c.method = choice(tier_method_ids, *m, at + ".method");
        const Json& list = expect_array(require(in, "tiers", at + ".tiers"), at + ".tiers");
        for (size_t j = 0; j < list.size(); ++j) c.tiers.push_back(read_tier(list[j], item(at + ".tiers", j), cur));
        break;
    }
    case ComponentKind::Curve:
        reject_unknown_keys(in, {"type", "name", "threshold", "decelerator", "cliff", "accelerators", "cap"}, at);
        c.curve = read_curve(in, at);
        break;
    }
    // A flat or tiered component's cap is an amount per period (a curve's is read with the curve).
    if (const Json* cap = find(in, "cap"); cap && c.kind != ComponentKind::Curve) {
        c.capped = true;
        c.cap = amount(*cap, at + ".cap", cur);
    }
    if (const Json* p = find(in, "paid_on")) c.paid_on = choice(paid_on_ids, *p, at + ".paid_on");
    const Json* name = find(in, "name");
    c.name = name ? text(*name, at + ".name") : enum_id(component_kind_ids, c.kind);
    return c;
}

static DealMultiplier read_multiplier(const Json& v, const std::string& at) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"type", "product", "factor"}, at);
    DealMultiplier m;
    m.kind = choice(multiplier_kind_ids, require(in, "type", at + ".type"), at + ".type");
    m.factor = number(require(in, "factor", at + ".factor"), at + ".factor");
    if (const Json* p = find(in, "product")) m.product = text(*p, at + ".product");
    return m;
}

static Spiff read_spiff(const Json& v, const std::string& at, const Currency& cur) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"name", "amount", "product", "new_logo_only"}, at);
    Spiff s;
    const Json* name = find(in, "name");
    s.name = name ? text(*name, at + ".name") : "SPIFF";
    s.amount = amount(require(in, "amount", at + ".amount"), at + ".amount", cur);
    if (const Json* p = find(in, "product")) s.product = text(*p, at + ".product");
    if (const Json* n = find(in, "new_logo_only")) s.new_logo_only = boolean(*n, at + ".new_logo_only");
    return s;
}

static CommissionPlan read_plan(const Json& v) {
    const Json& in = expect_object(v, "plan");
    reject_unknown_keys(in, {"name", "period", "currency", "base_salary", "target_incentive", "ote", "pay_mix", "quota",
                             "boundary", "components", "multipliers", "spiffs", "clawback_days", "draw"},
                        "plan");
    CommissionPlan p;
    if (const Json* x = find(in, "name")) p.name = text(*x, "plan.name");
    if (const Json* x = find(in, "period")) p.period = choice(plan_period_ids, *x, "plan.period");
    if (const Json* x = find(in, "currency")) p.currency = currency(*x, "plan.currency");
    p.base_salary = p.target_incentive = p.quota = p.draw.amount = Money{0, p.currency};
    read_pay(in, p);
    if (const Json* x = find(in, "quota")) p.quota = amount(*x, "plan.quota", p.currency);
    if (const Json* x = find(in, "boundary")) p.boundary = choice(boundary_owner_ids, *x, "plan.boundary");
    auto each = [&](const char* key, auto read) {
        const Json* x = find(in, key);
        if (!x) return;
        const std::string path = std::string("plan.") + key;
        const Json& list = expect_array(*x, path);
        for (size_t i = 0; i < list.size(); ++i) read(list[i], item(path, i));
    };
    each("components",
         [&](const Json& c, const std::string& at) { p.components.push_back(read_component(c, at, p.currency)); });
    each("multipliers", [&](const Json& m, const std::string& at) { p.multipliers.push_back(read_multiplier(m, at)); });
    each("spiffs", [&](const Json& s, const std::string& at) { p.spiffs.push_back(read_spiff(s, at, p.currency)); });
    if (const Json* x = find(in, "clawback_days")) p.clawback_days = whole(*x, "plan.clawback_days");
    if (const Json* x = find(in, "draw")) {
        const Json& d = expect_object(*x, "plan.draw");
        reject_unknown_keys(d, {"type", "amount", "clawback"}, "plan.draw");
        p.draw.kind = choice(draw_kind_ids, require(d, "type", "plan.draw.type"), "plan.draw.type");
        p.draw.amount = amount(require(d, "amount", "plan.draw.amount"), "plan.draw.amount", p.currency);
        if (const Json* c = find(d, "clawback")) p.draw.clawback = choice(draw_clawback_ids, *c, "plan.draw.clawback");
    }
    return p;
}

static bool pays_on_margin(const CommissionPlan& p) {
    for (const PlanComponent& c : p.components)
        if (c.kind != ComponentKind::Curve && c.paid_on == PaidOn::GrossMargin) return true;
    return false;
}

// [SECTION] Reading the deals

static std::vector<SplitShare> read_splits(const Json& v, const std::string& path) {
    const Json& list = expect_array(v, path);
    std::vector<SplitShare> out;
    for (size_t j = 0; j < list.size(); ++j) {
        const std::string at = item(path, j);
        const Json& s = expect_object(list[j], at);
        reject_unknown_keys(s, {"rep", "share"}, at);
        out.push_back(SplitShare{text(require(s, "rep", at + ".rep"), at + ".rep"),
                                 number(require(s, "share", at + ".share"), at + ".share")});
    }
    return out;
}

static ClosedDeal read_deal(const Json& v, const std::string& at, const CommissionPlan& plan) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"id", "close_date", "amount", "margin", "years", "new_logo", "product", "rep", "splits",
                             "churn_date"},
                        at);
    ClosedDeal d;
    d.id = text(require(in, "id", at + ".id"), at + ".id");
    d.close_date = date(require(in, "close_date", at + ".close_date"), at + ".close_date");
    d.amount = amount(require(in, "amount", at + ".amount"), at + ".amount", plan.currency);
    d.margin = Money{0, plan.currency};
    if (pays_on_margin(plan)) require(in, "margin", at + ".margin");
    if (const Json* x = find(in, "margin")) d.margin = amount(*x, at + ".margin", plan.currency);
    if (const Json* x = find(in, "years")) d.contract_years = whole(*x, at + ".years");
    if (const Json* x = find(in, "new_logo")) d.new_logo = boolean(*x, at + ".new_logo");
    if (const Json* x = find(in, "product")) d.product = text(*x, at + ".product");
    const Json* rep = find(in, "rep");
    const Json* splits = find(in, "splits");
    if (rep && splits) fail("conflicting_fields", at + ".splits", "Give a deal either 'rep' or 'splits', not both.");
    if (!rep && !splits) require(in, "rep", at + ".rep");
    if (rep) d.splits = {SplitShare{text(*rep, at + ".rep"), 1.0}};
    if (splits) d.splits = read_splits(*splits, at + ".splits");
    if (const Json* x = find(in, "churn_date")) {
        d.churned = true;
        d.churn_date = date(*x, at + ".churn_date");
    }
    return d;
}

// [SECTION] Writing the output

Json plan_json(const CommissionPlan& p) {
    const Money ote = plan_ote(p);
    Json out;
    out["name"] = p.name;
    out["period"] = enum_id(plan_period_ids, p.period);
    out["currency"] = p.currency.code;
    out["base_salary"] = money_json(p.base_salary);
    out["target_incentive"] = money_json(p.target_incentive);
    out["ote"] = money_json(ote);
    auto mix = complete_pay(PayFigures{p.base_salary, p.target_incentive, ote, 0}, PayFigure::BaseSalary,
                            PayFigure::TargetIncentive);
    out["pay_mix"] = mix.ok() ? Json(mix.value.base_share) : Json(nullptr);
    out["quota"] = money_json(p.quota);
    out["boundary"] = enum_id(boundary_owner_ids, p.boundary);
    return out;
}

template <class T>
static Json value_or_null(const Outcome<T>& o) {
    return o.ok() ? Json(o.value) : Json(nullptr);
}

static Json line_json(const CommissionPlan& p, const std::vector<ClosedDeal>& deals, const StatementLine& l) {
    Json out;
    out["kind"] = line_kind_id(l.kind);
    out["deal"] = l.deal >= 0 ? Json(deals[size_t(l.deal)].id) : Json(nullptr);
    if (of_component(l.kind)) out["source"] = p.components[size_t(l.source)].name;
    else if (l.kind == LineKind::Spiff) out["source"] = p.spiffs[size_t(l.source)].name;
    else out["source"] = nullptr;
    out["credit"] = money_json(l.credit);
    out["basis"] = money_json(l.basis);
    out["rate"] = l.rate;
    out["formula"] = l.formula;
    out["amount"] = money_json(l.amount);
    if (l.kind == LineKind::Clawback) out["days"] = l.days;
    return out;
}

Json statement_json(const CommissionPlan& p, const std::vector<ClosedDeal>& deals, const Statement& s) {
    Json lines = Json::array(), subtotals = Json::array();
    for (const StatementLine& l : s.lines) lines.push_back(line_json(p, deals, l));
    for (const StatementSubtotal& t : s.subtotals) {
        Json j;
        j["kind"] = line_kind_id(t.kind);
        if (t.kind == LineKind::Commission) j["source"] = p.components[size_t(t.source)].name;
        else if (t.kind == LineKind::Spiff) j["source"] = p.spiffs[size_t(t.source)].name;
        else j["source"] = nullptr;
        j["amount"] = money_json(t.amount);
        if (!t.formula.empty()) j["formula"] = t.formula;
        subtotals.push_back(j);
    }
    Json out;
    out["period"] = Json{{"first", iso_date(s.period.first)}, {"last", iso_date(s.period.last)}};
    out["deals"] = s.deals;
    out["bookings"] = money_json(s.bookings);
    out["margin"] = money_json(s.margin);
    out["attainment"] = value_or_null(s.attainment);
    out["lines"] = lines;
    out["subtotals"] = subtotals;
    out["commission"] = money_json(s.commission);
    out["clawbacks"] = money_json(s.clawbacks);
    out["earned"] = money_json(s.earned);
    out["draw"] = money_json(s.draw);
    out["total_payout"] = money_json(s.total_payout);
    out["draw_balance_before"] = money_json(s.draw_balance_before);
    out["draw_balance_after"] = money_json(s.draw_balance_after);
    out["base_salary"] = money_json(s.base_salary);
    out["total_pay"] = money_json(s.total_pay);
    out["effective_rate"] = value_or_null(s.effective_rate);
    return out;
}

// [SECTION] The command

static Json run_curve(const Json& in, const CommissionPlan& plan) {
    EarningsCurveDesc desc;
    const Json* earn = nullptr;
    if (const Json* x = find(in, "curve")) {
        const Json& c = expect_object(*x, "curve");
        reject_unknown_keys(c, {"max_attainment", "samples", "margin_rate", "earn"}, "curve");
        if (const Json* v = find(c, "max_attainment")) desc.max_attainment = number(*v, "curve.max_attainment");
        if (const Json* v = find(c, "samples")) desc.samples = whole(*v, "curve.samples");
        if (const Json* v = find(c, "margin_rate")) desc.margin_rate = number(*v, "curve.margin_rate");
        earn = find(c, "earn");
    }
    auto curve = earnings_curve(plan, desc);
    if (!curve.ok()) fail_core(curve.problem, curve.problem.field == "margin_rate" ? "curve." : "plan.");
    Json points = Json::array();
    for (const EarningsPoint& e : curve.value) {
        Json j;
        j["attainment"] = e.attainment;
        j["bookings"] = money_json(e.bookings);
        j["payout"] = money_json(e.payout);
        j["total_pay"] = money_json(e.total_pay);
        auto cost = cost_of_sales(plan, e.attainment, desc.margin_rate);
        j["cost_of_sales"] = cost.ok() ? Json(cost.value.cost_of_sales) : Json(nullptr);
        points.push_back(j);
    }
    Json out;
    out["plan"] = plan_json(plan);
    out["curve"] = points;
    if (earn) {
        auto needed = bookings_to_earn(plan, amount(*earn, "curve.earn", plan.currency), desc.margin_rate);
        if (!needed.ok()) {
            Problem p = needed.problem;
            if (p.field == "commission") p.field = "earn";   // the core's name for the amount to earn
            fail_core(p, "curve.");
        }
        out["bookings_to_earn"] = money_json(needed.value);
    }
    return out;
}

// The deals from the JSON input, or from the CSV file given with --deals.
static std::vector<ClosedDeal> read_deals(const Json& in, const CommissionPlan& plan, const std::string& csv_path) {
    std::vector<ClosedDeal> deals;
    if (!csv_path.empty()) {
        if (find(in, "deals"))
            fail("conflicting_fields", "deals", "Give the deals either in 'deals' or with --deals, not both.");
        auto read = deals_from_csv(read_text(csv_path), plan.currency);
        if (!read.ok()) fail_core(read.problem, "");
        return read.value;
    }
    const Json& list = expect_array(require(in, "deals", "deals"), "deals");
    for (size_t k = 0; k < list.size(); ++k) deals.push_back(read_deal(list[k], item("deals", k), plan));
    return deals;
}

static Json run_statements(const Json& in, const CommissionPlan& plan, const std::string& csv_path) {
    StatementRequest req;
    req.rep = text(require(in, "rep", "rep"), "rep");
    req.period_date = date(require(in, "period", "period"), "period");
    req.draw_balance = Money{0, plan.currency};
    if (const Json* x = find(in, "draw_balance")) req.draw_balance = amount(*x, "draw_balance", plan.currency);
    int periods = 1;
    if (const Json* x = find(in, "periods")) periods = whole(*x, "periods");
    const std::vector<ClosedDeal> deals = read_deals(in, plan, csv_path);
    auto run = run_periods(plan, deals, req, periods);
    if (!run.ok()) fail_core(run.problem, "");
    Json statements = Json::array();
    for (const Statement& s : run.value) statements.push_back(statement_json(plan, deals, s));
    Json out;
    out["plan"] = plan_json(plan);
    out["rep"] = req.rep;
    out["statements"] = statements;
    return out;
}

// A saved scenario (an object with "schema") is read as the app saves it, by the core's own
// reader: the same JSON shape for a plan and its deals in the document and here. The plan is the
// book's plan named by --plan (the rep's plan, the first, without it) under the scenario's sales
// plan; the deals are the book's and the won pipeline deals, as the app pays them.
static Json run_on_scenario(const std::string& text, bool curve, const std::string& plan_name) {
    auto loaded = scenario_from_json(text);
    if (!loaded.ok()) fail(loaded.problem, loaded.problem.field);
    const Scenario& s = loaded.value.scenario;
    if (Problem p = validate_sales_plan(s.plan); p.code) fail(p, "plan." + p.field);
    const CommissionBook& book = s.commission;
    size_t index = 0;
    if (!plan_name.empty()) {
        while (index < book.plans.size() && book.plans[index].name != plan_name) ++index;
        if (index == book.plans.size())
            fail("unknown_plan", "commission.plans", "The scenario holds no commission plan named '" + plan_name + "'.");
    } else if (book.plans.empty()) {
        fail("missing_field", "commission.plans", "The scenario holds no commission plan.");
    }
    const std::string at = item("commission.plans", index) + ".";
    const CommissionPlan plan = plan_under(book.plans[index], s.plan);
    if (Problem p = validate_plan(plan); p.code) fail_core(p, at);
    if (curve) return run_curve(Json::object(), plan);
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.draw_balance = Money{0, plan.currency};
    const std::vector<ClosedDeal> deals = commission_bookings(s);
    auto statement = build_statement(plan, deals, req);
    if (!statement.ok()) fail_core(statement.problem, at);
    Json out;
    out["plan"] = plan_json(plan);
    out["rep"] = req.rep;
    out["statements"] = Json::array({statement_json(plan, deals, statement.value)});
    return out;
}

int run_commission(const std::vector<std::string>& args) {
    bool curve = false;
    std::string csv_path, plan_name;
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--curve") {
            curve = true;
        } else if (args[i] == "--deals" || args[i] == "--plan") {
            if (i + 1 == args.size())
                fail("usage", "", args[i] == "--deals" ? "--deals needs a CSV file: --deals deals.csv."
                                                        : "--plan needs a plan's name: --plan \"Proposed plan\".");
            (args[i] == "--deals" ? csv_path : plan_name) = args[i + 1];
            ++i;
        } else {
            rest.push_back(args[i]);
        }
    }
    CommandArgs a = parse_command_args("commission", rest);
    if (a.help) {
        std::fputs(commission_help, stdout);
        return exit_ok;
    }
    const std::string text = read_text(a.input);
    const Json in = parse_json_text(text);
    if (!in.is_object()) fail("wrong_type", "", "The input must be a JSON object.");
    if (in.contains("schema")) {
        if (!csv_path.empty())
            fail("conflicting_fields", "deals", "A saved scenario brings its own deals: --deals is for a plan written by hand.");
        print_json(run_on_scenario(text, curve, plan_name));
        return exit_ok;
    }
    if (!plan_name.empty()) fail("usage", "", "--plan picks a plan of a saved scenario: the input has no \"schema\".");
    // One file serves both modes: the statement's fields are not read with --curve, nor "curve"
    // without it.
    reject_unknown_keys(in, {"plan", "rep", "period", "periods", "draw_balance", "deals", "curve"}, "");
    const CommissionPlan plan = read_plan(require(in, "plan", "plan"));
    if (Problem p = validate_plan(plan); p.code) fail_core(p, "plan.");
    print_json(curve ? run_curve(in, plan) : run_statements(in, plan, csv_path));
    return exit_ok;
}

} // namespace quotient::cli
