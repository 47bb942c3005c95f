// "How many leads do I need to reach my OTE?": the commission plan run backwards into the funnel.
// The plan says what bookings pay a given commission (bookings_to_earn); the funnel's average
// deal turns bookings into won deals, and the reverse funnel turns those into the prospects each
// stage must hold (reverse_funnel). All per plan period.
#pragma once
#include "commission_plan.h"
#include "funnel_reverse.h"

namespace quotient {

struct EarningsPlan {
    Money bookings{};               // the least bookings whose payout reaches the commission
    ReverseFunnel funnel{};         // deals_needed and the prospects each stage must hold
};

// Fails with bookings_to_earn's problem (an unreachable amount...), or with reverse_funnel's (no
// average deal, a stage that converts nobody, or a funnel in another currency than the plan).
Outcome<EarningsPlan> plan_to_earn(const CommissionPlan& p, const Funnel& f, const Money& commission);

} // namespace quotient
