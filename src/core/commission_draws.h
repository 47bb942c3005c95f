// Draws (DOMAIN.md section 4): money paid when a period's earnings fall short of the draw.
// Recoverable: the shortfall is advanced and owed; later earnings above the draw repay it.
// Non-recoverable: a guaranteed minimum; the shortfall is topped up and never repaid, except
// the part of it a clawback caused, which Draw::clawback decides (carried by default).
#pragma once
#include "commission_plan.h"

namespace quotient {

struct DrawSettlement {
    int64_t advance = 0;            // paid on top of the earnings: draw - earnings when short (>= 0)
    int64_t recovery = 0;           // kept from the earnings to repay the balance (>= 0)
    int64_t carried = 0;            // non-recoverable: the clawback the guarantee covered, now owed (>= 0)
    int64_t balance_after = 0;      // still owed by the rep
};

// One period, in minor units. Earnings may be negative (a clawback larger than the period's
// commission): a draw then advances the whole shortfall, without one the payout is negative.
// `clawed` (>= 0) is what the period's clawbacks took back, already inside `earned`.
//   short (earned < draw):  advance = draw - earned;
//                           recoverable: balance += advance;
//                           non-recoverable, clawback reduces future:
//                             carried = min(clawed, draw - earned);  balance += carried
//   otherwise, recoverable or non-recoverable reducing future:
//                           recovery = min(balance, earned - draw);  balance -= recovery
// The carried part is min(clawed, ...) because only the top-up the clawback caused is owed: had
// there been no clawback the guarantee would have paid draw - (earned + clawed) at most.
DrawSettlement settle_draw(const Draw& draw, int64_t earned, int64_t clawed, int64_t balance_before);

} // namespace quotient
