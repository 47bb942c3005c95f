// The saved fields of each part of a scenario, listed once. The same list writes and reads a
// document (scenario_json.cpp), so a field cannot be written and forgotten on reading (or the
// reverse), and walks every amount when the scenario changes currency (scenario_currency.cpp).
//
// A visitor is called as v("name", member) and has an `int schema`: the schema being read or
// written. Fields that a schema 1 document held where schema 2 keeps them in the sales plan are
// listed under `v.schema < 2`, so that old documents still read; the schema 1 document's own
// top level is ScenarioV1, which migrate_v1 (scenario_json.cpp) turns into today's Scenario.
// A field called as v("name", member, default_value) is left out of the text while it holds
// that value, and absent means that value on reading: fields added to schema 2 this way (a
// deal's "reviewed", "probability"...) leave every earlier document's text as it was.
// Internal to the core.
#pragma once
#include "crm_import.h"
#include "scenario.h"

namespace quotient {

template <class V> void fields(V& v, SalesPlan& p) {
    v("currency", p.currency); v("period", p.period); v("fiscal_year_start", p.fiscal_year_start);
    v("quota", p.quota); v("sales_cycle_days", p.sales_cycle_days);
}
template <class V> void fields(V& v, Stage& s) {
    v("name", s.name); v("rate_to_next", s.rate_to_next); v("days_in_stage", s.days_in_stage);
}
template <class V> void fields(V& v, Funnel& f) {
    v("stages", f.stages); v("top_volume", f.top_volume); v("average_deal", f.average_deal);
}
template <class V> void fields(V& v, FunnelTarget& t) { v("own", t.own); v("target", t.target); v("period", t.period); }
template <class V> void fields(V& v, SalesFormula& s) {
    v("customer_base", s.customer_base); v("first_meeting_rate", s.first_meeting_rate);
    v("closing_efficiency", s.closing_efficiency); v("average_order", s.average_order);
    v("gross_margin_rate", s.gross_margin_rate);
}
template <class V> void fields(V& v, BuyingInfluence& b) {
    v("name", b.name); v("roles", b.roles); v("rating", b.rating); v("met", b.met);
}
template <class V> void fields(V& v, Competitor& c) {
    v("name", c.name); v("channel", c.channel); v("product", c.product); v("key_strategy", c.key_strategy);
}
template <class V> void fields(V& v, ActionItem& a) { v("what", a.what); v("owner", a.owner); v("due", a.due); }
template <class V> void fields(V& v, Deal& d) {
    v("name", d.name); v("account", d.account); v("owner", d.owner); v("stage", d.stage); v("state", d.state);
    v("amount", d.amount); v("budget", d.budget); v("close_date", d.close_date); v("fund", d.fund);
    v("competition", d.competition); v("position", d.position); v("products", d.products);
    v("influences", d.influences); v("competitors", d.competitors); v("strengths", d.strengths);
    v("red_flags", d.red_flags); v("actions", d.actions);
    v("amount_known", d.amount_known, true); v("close_date_known", d.close_date_known, true);
    v("reviewed", d.reviewed, true); v("probability", d.probability, std::optional<int>{});
    v("created", d.created, std::optional<CivilDate>{});
}
template <class V> void fields(V& v, PipelineSetup& p) { v("team_quota", p.team_quota); v("weekly_hours", p.weekly_hours); }
template <class V> void fields(V& v, KpiInputs& k) {
    if (v.schema < 2) v("currency", k.currency);
    v("values", k.values); v("lists", k.lists);
}
template <class V> void fields(V& v, Tier& t) { v("from", t.from); v("to", t.to); v("open_ended", t.open_ended); v("rate", t.rate); }
template <class V> void fields(V& v, Accelerator& a) { v("from_attainment", a.from_attainment); v("multiplier", a.multiplier); }
template <class V> void fields(V& v, PayoutCurve& c) {
    v("threshold", c.threshold); v("decelerator", c.decelerator); v("accelerators", c.accelerators);
    v("cap", c.cap); v("cap_at", c.cap_at); v("cliff", c.cliff);
}
template <class V> void fields(V& v, PlanComponent& c) {
    v("name", c.name); v("kind", c.kind); v("paid_on", c.paid_on); v("rate", c.rate); v("method", c.method);
    v("tiers", c.tiers); v("curve", c.curve); v("capped", c.capped); v("cap", c.cap);
}
template <class V> void fields(V& v, DealMultiplier& m) { v("kind", m.kind); v("product", m.product); v("factor", m.factor); }
template <class V> void fields(V& v, Spiff& s) {
    v("name", s.name); v("amount", s.amount); v("product", s.product); v("new_logo_only", s.new_logo_only);
}
template <class V> void fields(V& v, Draw& d) { v("kind", d.kind); v("amount", d.amount); v("clawback", d.clawback); }
template <class V> void fields(V& v, CommissionPlan& p) {
    v("name", p.name);
    if (v.schema < 2) { v("period", p.period); v("currency", p.currency); }
    v("base_salary", p.base_salary); v("target_incentive", p.target_incentive);
    if (v.schema < 2) v("quota", p.quota);
    v("boundary", p.boundary); v("components", p.components); v("multipliers", p.multipliers); v("spiffs", p.spiffs);
    v("clawback_days", p.clawback_days); v("draw", p.draw);
}
template <class V> void fields(V& v, SplitShare& s) { v("rep", s.rep); v("share", s.share); }
template <class V> void fields(V& v, ClosedDeal& d) {
    v("id", d.id); v("close_date", d.close_date); v("amount", d.amount); v("margin", d.margin);
    v("contract_years", d.contract_years); v("new_logo", d.new_logo); v("product", d.product);
    v("splits", d.splits); v("churned", d.churned); v("churn_date", d.churn_date);
}
template <class V> void fields(V& v, CommissionBook& b) {
    v("plans", b.plans); v("deals", b.deals); v("rep", b.rep); v("period_date", b.period_date);
}
template <class V> void fields(V& v, Scenario& s) {
    v("locale", s.locale); v("language", s.language); v("plan", s.plan); v("funnel", s.funnel);
    v("funnel_target", s.funnel_target); v("sales_formula", s.sales_formula); v("pipeline", s.pipeline);
    v("deals", s.deals); v("kpi", s.kpi); v("commission", s.commission);
}

// [SECTION] Schema 1
// A schema 1 document kept a funnel goal, a pipeline quota and sales cycle, and each commission
// plan's own quota, period and currency. A missing section meant schema 1's defaults, which are
// these (a share link leaves out what equals them).

struct FunnelGoalV1 {
    Money target{100'000'00, Currency{}};
    PlanPeriod period = PlanPeriod::Quarter;
};
struct PipelineV1 {
    Money quota{300'000'00, Currency{}};
    int sales_cycle_days = 90;
    std::array<double, placement_count> weekly_hours{6, 10, 14};
};
struct ScenarioV1 {
    Scenario s = [] {
        Scenario out;
        out.commission = commission_example();   // the first quarter of 2024
        return out;
    }();
    FunnelGoalV1 goal{};
    PipelineV1 pipeline{};
};

template <class V> void fields(V& v, FunnelGoalV1& g) { v("target", g.target); v("period", g.period); }
template <class V> void fields(V& v, PipelineV1& p) {
    v("quota", p.quota); v("sales_cycle_days", p.sales_cycle_days); v("weekly_hours", p.weekly_hours);
}
template <class V> void fields(V& v, ScenarioV1& o) {
    Scenario& s = o.s;
    v("locale", s.locale); v("language", s.language); v("funnel", s.funnel); v("goal", o.goal);
    v("sales_formula", s.sales_formula); v("pipeline", o.pipeline); v("deals", s.deals); v("kpi", s.kpi);
    v("commission", s.commission);
}

// The id table of each saved enum.
constexpr const auto& ids(LocaleId) { return locale_ids; }
constexpr const auto& ids(Language) { return language_ids; }
constexpr const auto& ids(PlanPeriod) { return plan_period_ids; }
constexpr const auto& ids(ComponentKind) { return component_kind_ids; }
constexpr const auto& ids(PaidOn) { return paid_on_ids; }
constexpr const auto& ids(TierMethod) { return tier_method_ids; }
constexpr const auto& ids(BoundaryOwner) { return boundary_owner_ids; }
constexpr const auto& ids(CapKind) { return cap_kind_ids; }
constexpr const auto& ids(MultiplierKind) { return multiplier_kind_ids; }
constexpr const auto& ids(DrawKind) { return draw_kind_ids; }
constexpr const auto& ids(DealState) { return deal_state_ids; }
constexpr const auto& ids(DrawClawback) { return draw_clawback_ids; }
constexpr const auto& ids(ImportField) { return import_field_ids; }

} // namespace quotient
