#include "sales_plan.h"
#include "pipeline.h"

namespace quotient {

Problem validate_sales_plan(const SalesPlan& plan) {
    if (Problem p = check_quota(plan.quota); p.code) return p;
    if (!(plan.quota.currency == plan.currency))
        return {"currency_mismatch", "quota", "The quota must be in the plan's currency."};
    if (plan.fiscal_year_start < 1 || plan.fiscal_year_start > 12)
        return {"fiscal_start_out_of_range", "fiscal_year_start", "The fiscal year starts in a month from 1 to 12."};
    if (Problem p = check_sales_cycle_days(plan.sales_cycle_days); p.code) return p;
    return {};
}

PeriodRange plan_period(const SalesPlan& plan, const CivilDate& day) {
    return period_containing(plan.period, day, plan.fiscal_year_start);
}

CommissionPlan plan_under(const CommissionPlan& terms, const SalesPlan& plan) {
    CommissionPlan p = terms;
    p.quota = plan.quota;
    p.period = plan.period;
    p.fiscal_year_start = plan.fiscal_year_start;
    p.currency = plan.currency;
    return p;
}

} // namespace quotient
