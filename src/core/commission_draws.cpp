#include "commission_draws.h"
#include <algorithm>

namespace quotient {

DrawSettlement settle_draw(const Draw& draw, int64_t earned, int64_t balance_before) {
    DrawSettlement out;
    out.balance_after = balance_before;   // only a recoverable draw moves the balance
    if (draw.kind == DrawKind::None) return out;
    if (earned < draw.amount.minor) {
        out.advance = draw.amount.minor - earned;
        if (draw.kind == DrawKind::Recoverable) out.balance_after += out.advance;
    } else if (draw.kind == DrawKind::Recoverable) {
        // Only earnings above the draw repay it, so the rep always takes home at least the draw.
        out.recovery = std::min(balance_before, earned - draw.amount.minor);
        out.balance_after -= out.recovery;
    }
    return out;
}

} // namespace quotient
