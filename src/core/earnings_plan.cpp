#include "earnings_plan.h"
#include "commission_payout.h"

namespace quotient {

Outcome<EarningsPlan> plan_to_earn(const CommissionPlan& p, const Funnel& f, const Money& commission) {
    Outcome<Money> bookings = bookings_to_earn(p, commission);
    if (!bookings.ok()) return {{}, bookings.problem};
    Outcome<ReverseFunnel> funnel = reverse_funnel(f, bookings.value);
    if (!funnel.ok()) return {{}, funnel.problem};
    return {EarningsPlan{bookings.value, std::move(funnel.value)}, {}};
}

} // namespace quotient
