#include "commission_draws.h"
#include <algorithm>

namespace quotient {

// Whether later earnings above the draw repay a balance: always under a recoverable draw, and
// under a non-recoverable one when clawbacks it covered are carried.
static bool repays_balance(const Draw& draw) {
    return draw.kind == DrawKind::Recoverable ||
           (draw.kind == DrawKind::NonRecoverable && draw.clawback == DrawClawback::ReducesFuture);
}

DrawSettlement settle_draw(const Draw& draw, int64_t earned, int64_t clawed, int64_t balance_before) {
    DrawSettlement out;
    out.balance_after = balance_before;   // only a draw that repays moves the balance
    if (draw.kind == DrawKind::None) return out;
    if (earned < draw.amount.minor) {
        out.advance = draw.amount.minor - earned;
        if (draw.kind == DrawKind::Recoverable) out.balance_after += out.advance;
        else if (repays_balance(draw)) out.carried = std::min(std::max<int64_t>(clawed, 0), out.advance);
        out.balance_after += out.carried;
    } else if (repays_balance(draw)) {
        // Only earnings above the draw repay it, so the rep always takes home at least the draw.
        out.recovery = std::min(balance_before, earned - draw.amount.minor);
        out.balance_after -= out.recovery;
    }
    return out;
}

} // namespace quotient
