// Draws (DOMAIN.md section 4): a recoverable draw advances the shortfall and is repaid from
// later earnings above the draw; a non-recoverable draw is a guaranteed minimum. A $3,000 draw
// per period throughout; amounts in cents.
#include <doctest/doctest.h>
#include "core/commission_draws.h"

using namespace quotient;

namespace {
const Currency usd = currency_from_code("USD");
const Draw recoverable{DrawKind::Recoverable, Money{300'000, usd}};
const Draw guaranteed{DrawKind::NonRecoverable, Money{300'000, usd}};
} // namespace

TEST_CASE("recoverable draw: $0 earned pays the $3,000 draw and leaves $3,000 owed") {
    DrawSettlement s = settle_draw(recoverable, 0, 0);
    CHECK(s.advance == 300'000);
    CHECK(s.recovery == 0);
    CHECK(s.balance_after == 300'000);
}

TEST_CASE("recoverable draw: repaid over two periods ($5,000 then $6,000 earned)") {
    // Period 2: only earnings above the draw repay: min(3,000, 5,000 - 3,000) = 2,000 kept,
    // the rep takes home 3,000 and still owes 1,000.
    DrawSettlement p2 = settle_draw(recoverable, 500'000, 300'000);
    CHECK(p2.advance == 0);
    CHECK(p2.recovery == 200'000);
    CHECK(p2.balance_after == 100'000);
    // Period 3: min(1,000, 6,000 - 3,000) = 1,000 kept; the rep takes home 5,000; nothing owed.
    DrawSettlement p3 = settle_draw(recoverable, 600'000, p2.balance_after);
    CHECK(p3.recovery == 100'000);
    CHECK(p3.balance_after == 0);
}

TEST_CASE("recoverable draw: a shortfall adds to what is already owed") {
    DrawSettlement s = settle_draw(recoverable, 100'000, 50'000);   // earned 1,000, owed 500
    CHECK(s.advance == 200'000);
    CHECK(s.balance_after == 250'000);
}

TEST_CASE("recoverable draw: earning exactly the draw repays nothing and advances nothing") {
    DrawSettlement s = settle_draw(recoverable, 300'000, 100'000);
    CHECK(s.advance == 0);
    CHECK(s.recovery == 0);
    CHECK(s.balance_after == 100'000);
}

TEST_CASE("recoverable draw: negative earnings (a large clawback) advance the whole shortfall") {
    DrawSettlement s = settle_draw(recoverable, -50'000, 0);   // -500 earned
    CHECK(s.advance == 350'000);
    CHECK(s.balance_after == 350'000);
}

TEST_CASE("non-recoverable draw: $1,200 earned is topped up by $1,800 to the $3,000 minimum, never owed") {
    DrawSettlement s = settle_draw(guaranteed, 120'000, 0);
    CHECK(s.advance == 180'000);
    CHECK(s.balance_after == 0);
    DrawSettlement above = settle_draw(guaranteed, 500'000, 0);
    CHECK(above.advance == 0);
    CHECK(above.recovery == 0);
}

TEST_CASE("no draw: nothing is advanced or recovered, and a balance stays as it was") {
    DrawSettlement s = settle_draw(Draw{}, 0, 70'000);
    CHECK(s.advance == 0);
    CHECK(s.recovery == 0);
    CHECK(s.balance_after == 70'000);
}
