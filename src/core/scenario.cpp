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

bool kpi_input_from_plan(std::string_view id) { return id == "quota" || id == "sales_cycle_days"; }

KpiInputs kpi_inputs_of(const Scenario& s) {
    KpiInputs k = s.kpi;
    k.currency = s.plan.currency;
    k.values["quota"] = to_major(s.plan.quota);
    k.values["sales_cycle_days"] = s.plan.sales_cycle_days;
    return k;
}

} // namespace quotient
