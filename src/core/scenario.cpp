#include "scenario.h"

namespace quotient {

Scenario example_scenario(const CivilDate& today) {
    Scenario s;
    s.deals = sample_deals(today);
    s.commission = commission_example(today);
    return s;
}

// [SECTION] What each calculator reads from the sales plan

void apply_sales_plan(Scenario& s) {
    for (CommissionPlan& p : s.commission.plans) p = plan_under(p, s.plan);
    s.kpi.currency = s.plan.currency;
}

Money funnel_revenue_target(const Scenario& s) { return s.funnel_target.own ? s.funnel_target.target : s.plan.quota; }
PlanPeriod funnel_period(const Scenario& s) { return s.funnel_target.own ? s.funnel_target.period : s.plan.period; }

PipelineSettings pipeline_settings(const Scenario& s) {
    PipelineSettings out;
    out.quota = s.pipeline.team_quota.minor > 0 ? s.pipeline.team_quota : s.plan.quota;
    out.sales_cycle_days = s.plan.sales_cycle_days;
    out.weekly_hours = s.pipeline.weekly_hours;
    return out;
}

PipelineSettings pipeline_settings(const Scenario& s, const CivilDate& as_of) {
    PipelineSettings out = pipeline_settings(s);
    out.dated = true;
    out.as_of = as_of;
    out.period = s.plan.period;
    out.fiscal_year_start = s.plan.fiscal_year_start;
    return out;
}

std::vector<ClosedDeal> commission_bookings(const Scenario& s) {
    std::vector<ClosedDeal> out = s.commission.deals;
    for (const Deal& d : s.deals) {
        // A won deal with no close date yet (an import) is paid once it has one: a booking
        // must fall in a period.
        if (d.state != DealState::Won || !d.close_date_known) continue;
        ClosedDeal c;
        c.id = d.name;
        c.close_date = d.close_date;
        c.amount = d.amount;
        c.margin = Money{0, d.amount.currency};
        c.product = d.products;
        c.splits = {SplitShare{d.owner.empty() ? s.commission.rep : d.owner, 1.0}};
        out.push_back(std::move(c));
    }
    return out;
}

bool kpi_input_from_plan(std::string_view id) { return id == "quota" || id == "sales_cycle_days"; }

KpiInputs kpi_inputs_of(const Scenario& s) {
    KpiInputs k = s.kpi;
    k.currency = s.plan.currency;
    k.values["quota"] = to_major(s.plan.quota);
    k.values["sales_cycle_days"] = s.plan.sales_cycle_days;
    return k;
}

} // namespace quotient
