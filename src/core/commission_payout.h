// What a plan pays on a period's totals: one component, the whole plan, the earnings curve
// (payout as a function of attainment), the plan's cost of sales, and the reverse question
// "what bookings do I need to earn X?". Multipliers, SPIFFs, clawbacks and draws belong to
// deals and statements (commission_statement.h), not to these totals.
#pragma once
#include <string>
#include <vector>
#include "commission_plan.h"
#include "format.h"

namespace quotient {

// Payout of one component of a validated plan on the period's credited bookings and gross
// margin (minor units), before rounding: min(component_payout_before_cap, cap) for a capped flat
// or tiered component.
double component_payout(const CommissionPlan& p, const PlanComponent& c, int64_t bookings, int64_t margin);
double component_payout_before_cap(const CommissionPlan& p, const PlanComponent& c, int64_t bookings,
                                   int64_t margin);
// Whether a flat or tiered component's cap cuts `before_cap` (a payout before rounding).
bool cap_applies(const PlanComponent& c, double before_cap);

// The working of component_payout with the numbers, without the result:
// "$150,000.00 × 10%" (flat), tier_working (tiered), "$20,000.00 × (100% + 20% × 1.5)" (curve),
// "min($400,000.00 × 10%, $30,000.00)" (a cap that applies).
std::string component_working(const CommissionPlan& p, const PlanComponent& c, int64_t bookings, int64_t margin,
                              const Locale& loc);

// Attainment of `bookings` against the plan's quota (1.0 = 100%). Fails with "no_quota" when the
// plan has none.
Outcome<double> attainment_for(const CommissionPlan& p, const Money& bookings);

// Sum of the components' payouts, each rounded once by the money rule. Fails with
// validate_plan's problem, "currency_mismatch", or "payout_too_large".
Outcome<Money> plan_payout(const CommissionPlan& p, const Money& bookings, const Money& margin);

struct EarningsCurveDesc {
    double max_attainment = 3.0;    // the curve runs from 0 to this attainment (3.0 = 300%), at most 10
    int samples = 61;               // points, evenly spaced, 2..1001 (61 = every 5% up to 300%)
    double margin_rate = 1.0;       // gross margin as a share of bookings, for margin components
};

struct EarningsPoint {
    double attainment = 0;
    Money bookings{};               // attainment x quota
    Money payout{};                 // plan_payout on those bookings
    Money total_pay{};              // base salary + payout
};

// Fails with validate_plan's problem, "quota_required" (no quota, no attainment), or
// "curve_out_of_range" for a description outside the limits above.
Outcome<std::vector<EarningsPoint>> earnings_curve(const CommissionPlan& p, const EarningsCurveDesc& desc = {});

struct SalesCost {
    Money bookings{};
    Money pay{};                    // base salary + payout
    double cost_of_sales = 0;       // pay / bookings
};

// The plan's cost of sales at `attainment`: what the rep costs per unit of bookings. Fails where
// earnings_curve does, and with "no_bookings" at 0% attainment (nothing to divide by).
Outcome<SalesCost> cost_of_sales(const CommissionPlan& p, double attainment, double margin_rate = 1.0);

// The smallest bookings (whole minor units) whose payout, before rounding, reaches `commission`,
// margin being `margin_rate` of bookings. When payout falls somewhere as bookings grow (a retroactive tier
// with a lower rate), the answer is a point where payout crosses the amount, not always the
// first. Fails with "amount_negative", "currency_mismatch" or "target_unreachable" (a cap or zero
// rates keep payout below the amount up to 10^14 minor units of bookings).
Outcome<Money> bookings_to_earn(const CommissionPlan& p, const Money& commission, double margin_rate = 1.0);

} // namespace quotient
