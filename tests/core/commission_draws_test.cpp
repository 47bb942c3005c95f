// Draws (DOMAIN.md section 4): a recoverable draw advances the shortfall and is repaid from
// later earnings above the draw; a non-recoverable draw is a guaranteed minimum. A $3,000 draw
// per period throughout; amounts in cents.
#include <doctest/doctest.h>
#include "core/commission_draws.h"

using namespace quotient;

namespace {
const Currency usd = currency_from_code("USD");
const Draw recoverable{DrawKind::Recoverable, Money{300'000, usd}};
const Draw guaranteed{DrawKind::NonRecoverable, Money{300'000, usd}};   // clawbacks reduce future pay
const Draw forgiving{DrawKind::NonRecoverable, Money{300'000, usd}, DrawClawback::Forgiven};
} // namespace

TEST_CASE("recoverable draw: $0 earned pays the $3,000 draw and leaves $3,000 owed") {
    DrawSettlement s = settle_draw(recoverable, 0, 0, 0);
    CHECK(s.advance == 300'000);
    CHECK(s.recovery == 0);
    CHECK(s.balance_after == 300'000);
}

TEST_CASE("recoverable draw: repaid over two periods ($5,000 then $6,000 earned)") {
    // Period 2: only earnings above the draw repay: min(3,000, 5,000 - 3,000) = 2,000 kept,
    // the rep takes home 3,000 and still owes 1,000.
    DrawSettlement p2 = settle_draw(recoverable, 500'000, 0, 300'000);
    CHECK(p2.advance == 0);
    CHECK(p2.recovery == 200'000);
    CHECK(p2.balance_after == 100'000);
    // Period 3: min(1,000, 6,000 - 3,000) = 1,000 kept; the rep takes home 5,000; nothing owed.
    DrawSettlement p3 = settle_draw(recoverable, 600'000, 0, p2.balance_after);
    CHECK(p3.recovery == 100'000);
    CHECK(p3.balance_after == 0);
}

TEST_CASE("recoverable draw: a shortfall adds to what is already owed") {
    DrawSettlement s = settle_draw(recoverable, 100'000, 0, 50'000);   // earned 1,000, owed 500
    CHECK(s.advance == 200'000);
    CHECK(s.balance_after == 250'000);
}

TEST_CASE("recoverable draw: earning exactly the draw repays nothing and advances nothing") {
    DrawSettlement s = settle_draw(recoverable, 300'000, 0, 100'000);
    CHECK(s.advance == 0);
    CHECK(s.recovery == 0);
    CHECK(s.balance_after == 100'000);
}

TEST_CASE("recoverable draw: negative earnings (a large clawback) advance the whole shortfall") {
    DrawSettlement s = settle_draw(recoverable, -50'000, 150'000, 0);   // 1,000 earned, 1,500 clawed back
    CHECK(s.advance == 350'000);
    CHECK(s.balance_after == 350'000);
}

TEST_CASE("non-recoverable draw: $1,200 earned is topped up by $1,800 to the $3,000 minimum, never owed") {
    DrawSettlement s = settle_draw(guaranteed, 120'000, 0, 0);
    CHECK(s.advance == 180'000);
    CHECK(s.balance_after == 0);
    DrawSettlement above = settle_draw(guaranteed, 500'000, 0, 0);
    CHECK(above.advance == 0);
    CHECK(above.recovery == 0);
}

TEST_CASE("no draw: nothing is advanced or recovered, and a balance stays as it was") {
    DrawSettlement s = settle_draw(Draw{}, 0, 0, 70'000);
    CHECK(s.advance == 0);
    CHECK(s.recovery == 0);
    CHECK(s.balance_after == 70'000);
}

// [SECTION] Clawbacks under each draw (a $3,000 draw; the period earned $1,000 of commission and
// lost $1,500 to a clawback, so earned = 1,000 - 1,500 = -$500)

TEST_CASE("clawback without a draw: nothing is advanced, the payout is the -$500 earned") {
    DrawSettlement s = settle_draw(Draw{}, -50'000, 150'000, 0);
    CHECK(s.advance == 0);
    CHECK(s.carried == 0);
    CHECK(s.balance_after == 0);
}

TEST_CASE("clawback under a recoverable draw: the whole $3,500 shortfall is advanced and owed") {
    // advance = 3,000 - (-500) = 3,500; balance = 0 + 3,500. Nothing is "carried": all is owed.
    DrawSettlement s = settle_draw(recoverable, -50'000, 150'000, 0);
    CHECK(s.advance == 350'000);
    CHECK(s.carried == 0);
    CHECK(s.balance_after == 350'000);
}

TEST_CASE("clawback under a non-recoverable draw, reducing future pay: the $1,500 it took is carried") {
    // The guarantee tops up 3,000 - (-500) = 3,500, so the rep is paid 3,000 this period.
    // carried = min(1,500 clawed, 3,500 top-up) = 1,500 owed.
    // Next period $5,000 earned: recovery = min(1,500, 5,000 - 3,000) = 1,500; the rep takes 3,500.
    DrawSettlement s = settle_draw(guaranteed, -50'000, 150'000, 0);
    CHECK(s.advance == 350'000);
    CHECK(s.carried == 150'000);
    CHECK(s.balance_after == 150'000);
    DrawSettlement next = settle_draw(guaranteed, 500'000, 0, s.balance_after);
    CHECK(next.advance == 0);
    CHECK(next.recovery == 150'000);
    CHECK(next.balance_after == 0);
}

TEST_CASE("clawback under a non-recoverable draw, reducing future pay: only the top-up it caused is carried") {
    // $5,000 commission, $2,500 clawed back: earned 2,500, top-up 3,000 - 2,500 = 500. Without
    // the clawback the guarantee would have paid nothing, so the top-up is the clawback's doing:
    // carried = min(2,500, 500) = 500. Earnings at or above the draw carry nothing:
    // $6,000 - $2,500 = 3,500 >= 3,000.
    DrawSettlement s = settle_draw(guaranteed, 250'000, 250'000, 0);
    CHECK(s.advance == 50'000);
    CHECK(s.carried == 50'000);
    CHECK(s.balance_after == 50'000);
    DrawSettlement above = settle_draw(guaranteed, 350'000, 250'000, 0);
    CHECK(above.advance == 0);
    CHECK(above.carried == 0);
    CHECK(above.balance_after == 0);
}

TEST_CASE("clawback under a non-recoverable draw, forgiven: the guarantee covers it and nothing is owed") {
    // Top-up 3,000 - (-500) = 3,500 as above, carried 0; a later $5,000 keeps all of it.
    DrawSettlement s = settle_draw(forgiving, -50'000, 150'000, 0);
    CHECK(s.advance == 350'000);
    CHECK(s.carried == 0);
    CHECK(s.balance_after == 0);
    DrawSettlement next = settle_draw(forgiving, 500'000, 0, 0);
    CHECK(next.recovery == 0);
}
