// The sales plan: the one place a scenario keeps its currency, its period calendar, the quota per
// period and the sales cycle. The funnel's target, the ideal funnel, pipeline coverage and
// velocity, commission attainment and the KPIs all read it; nothing else in a scenario stores a
// quota, a period length or a cycle. A figure that needs another quota (a manager's team quota
// for coverage, a funnel what-if) names it as such where it is kept.
#pragma once
#include "commission_plan.h"
#include "money.h"
#include "outcome.h"
#include "period_calendar.h"
#include "unknown_members.h"

namespace quotient {

struct SalesPlan {
    Currency currency{};                    // of every amount in the scenario
    PlanPeriod period = PlanPeriod::Quarter;
    int fiscal_year_start = 1;              // month 1..12 the fiscal year begins in
    Money quota{200'000'00, Currency{}};    // bookings per period
    int sales_cycle_days = 90;              // average days from opportunity to close
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const SalesPlan&) const = default;
};

// The first problem: the pipeline's check_quota and check_sales_cycle_days, "currency_mismatch"
// (the quota in another currency than the plan's), "fiscal_start_out_of_range" (1..12).
Problem validate_sales_plan(const SalesPlan& plan);

// The period of the plan's calendar that holds `day`.
PeriodRange plan_period(const SalesPlan& plan, const CivilDate& day);

// A commission plan as it pays under this sales plan: the quota, the period calendar and the
// currency are the sales plan's, whatever the commission plan held.
CommissionPlan plan_under(const CommissionPlan& terms, const SalesPlan& plan);

} // namespace quotient
