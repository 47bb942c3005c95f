// Draws (DOMAIN.md section 4): money paid when a period's earnings fall short of the draw.
// Recoverable: the shortfall is advanced and owed; later earnings above the draw repay it.
// Non-recoverable: a guaranteed minimum; the shortfall is topped up and never repaid.
#pragma once
#include "commission_plan.h"

namespace quotient {

struct DrawSettlement {
    int64_t advance = 0;            // paid on top of the earnings: draw - earnings when short (>= 0)
    int64_t recovery = 0;           // kept from the earnings to repay the balance (>= 0)
    int64_t balance_after = 0;      // still owed by the rep (recoverable draws only)
};

// One period, in minor units. Earnings may be negative (a clawback larger than the period's
// commission): a draw then advances the whole shortfall, without one the payout is negative.
//   short (earned < draw):  advance = draw - earned;  recoverable: balance += advance
//   otherwise, recoverable: recovery = min(balance, earned - draw);  balance -= recovery
DrawSettlement settle_draw(const Draw& draw, int64_t earned, int64_t balance_before);

} // namespace quotient
