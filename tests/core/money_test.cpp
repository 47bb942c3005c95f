// Money and the product's single rounding rule: nearest minor unit, halves to even.
#include <doctest/doctest.h>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>
#include "core/money.h"

using namespace quotient;

namespace {
const Currency usd = currency_from_code("USD");
const Currency jpy = currency_from_code("JPY");

int64_t cents(double major) {
    auto m = money_from_major(major, usd);
    REQUIRE(m.ok());
    return m.value.minor;
}
} // namespace

TEST_CASE("rounding: an exact half minor unit goes to the even neighbour") {
    CHECK(to_minor_units(12.5).value == 12);
    CHECK(to_minor_units(13.5).value == 14);
    CHECK(to_minor_units(0.5).value == 0);
    CHECK(to_minor_units(1.5).value == 2);
    CHECK(to_minor_units(2.5).value == 2);
}

TEST_CASE("rounding: anything other than a half goes to the nearest minor unit") {
    CHECK(to_minor_units(12.49).value == 12);
    CHECK(to_minor_units(12.51).value == 13);
    CHECK(to_minor_units(-12.51).value == -13);
    CHECK(to_minor_units(0.0).value == 0);
}

TEST_CASE("rounding: negative halves also go to the even neighbour") {
    CHECK(to_minor_units(-12.5).value == -12);
    CHECK(to_minor_units(-13.5).value == -14);
    CHECK(to_minor_units(-0.5).value == 0);
}

TEST_CASE("rounding: $0.125 is 12 cents and $0.135 is 14 cents (decimal halves as a person writes them)") {
    // 0.125 is exact in binary (12.5 cents, 12 is even); 0.135 is stored as 0.13500000000000000888
    // and must still count as the half 13.5 cents, which goes to the even 14.
    CHECK(cents(0.125) == 12);
    CHECK(cents(0.135) == 14);
    CHECK(cents(-0.125) == -12);
    CHECK(cents(-0.135) == -14);
    // 2.675 is stored as 2.67499999999999982236, 1.005 as 1.00499999999999989342.
    CHECK(cents(2.675) == 268);
    CHECK(cents(1.005) == 100);
    CHECK(cents(1.015) == 102);
}

TEST_CASE("rounding: NaN and infinity are refused with a problem, never turned into a number") {
    for (double bad : {std::nan(""), std::numeric_limits<double>::infinity(),
                       -std::numeric_limits<double>::infinity()}) {
        auto r = to_minor_units(bad);
        CHECK_FALSE(r.ok());
        REQUIRE(r.problem.code != nullptr);
        CHECK(std::strcmp(r.problem.code, "not_a_number") == 0);
        CHECK(std::strlen(r.problem.message) > 0);
    }
}

TEST_CASE("rounding: amounts beyond 10^17 minor units are refused as too large") {
    CHECK(to_minor_units(double(max_minor_units)).ok());
    CHECK(to_minor_units(double(max_minor_units)).value == max_minor_units);
    CHECK(to_minor_units(-double(max_minor_units)).value == -max_minor_units);
    auto r = to_minor_units(1e18);
    CHECK_FALSE(r.ok());
    CHECK(std::strcmp(r.problem.code, "amount_too_large") == 0);
    CHECK_FALSE(to_minor_units(-1e18).ok());
}

TEST_CASE("money_from_major: $1,234.56 is 123456 cents in USD") {
    auto m = money_from_major(1234.56, usd);
    REQUIRE(m.ok());
    CHECK(m.value.minor == 123456);
    CHECK(std::strcmp(m.value.currency.code, "USD") == 0);
    CHECK(to_major(m.value) == doctest::Approx(1234.56));
}

TEST_CASE("money_from_major: huge, NaN and infinite amounts give a problem") {
    auto huge = money_from_major(1e16, usd);   // 10^18 cents
    CHECK_FALSE(huge.ok());
    CHECK(std::strcmp(huge.problem.code, "amount_too_large") == 0);
    auto overflow = money_from_major(1e308, usd);   // x100 overflows to infinity
    CHECK_FALSE(overflow.ok());
    CHECK(std::strcmp(overflow.problem.code, "amount_too_large") == 0);
    auto nan = money_from_major(std::nan(""), usd);
    CHECK_FALSE(nan.ok());
    CHECK(std::strcmp(nan.problem.code, "not_a_number") == 0);
    CHECK_FALSE(money_from_major(-std::numeric_limits<double>::infinity(), usd).ok());
}

TEST_CASE("currency: JPY has no minor unit, so yen round to whole yen, halves to even") {
    CHECK(jpy.minor_digits == 0);
    CHECK(minor_per_major(jpy) == 1.0);
    CHECK(money_from_major(1234.5, jpy).value.minor == 1234);
    CHECK(money_from_major(1235.5, jpy).value.minor == 1236);
    CHECK(money_from_major(1234.4, jpy).value.minor == 1234);
    CHECK(to_major(Money{1234, jpy}) == 1234.0);
}

TEST_CASE("currency: USD, EUR and unknown codes keep two minor digits") {
    CHECK(usd.minor_digits == 2);
    CHECK(minor_per_major(usd) == 100.0);
    CHECK(currency_from_code("EUR").minor_digits == 2);
    Currency odd = currency_from_code("XYZ");
    CHECK(odd.minor_digits == 2);
    CHECK(std::strcmp(odd.code, "XYZ") == 0);
    CHECK(currency_from_code("KRW").minor_digits == 0);
}

TEST_CASE("currency: a code longer than three letters is cut to three") {
    Currency c = currency_from_code("JPYX");
    CHECK(std::strcmp(c.code, "JPY") == 0);
    CHECK(c.minor_digits == 0);
}

TEST_CASE("share_pro_rata: $100.00 by 1:1:1 is 33.34 + 33.33 + 33.33, the leftover cent to the first tie") {
    // 10,000 x 1/3 = 3,333 r 1 each; one cent left, remainders tie, the lowest index gets it.
    CHECK(share_pro_rata(10'000, {1, 1, 1}) == std::vector<int64_t>{3'334, 3'333, 3'333});
    // 10,000 x 2/7 = 2,857 r 1 (of 7), x 5/7 = 7,142 r 6: one cent left, to the larger remainder.
    CHECK(share_pro_rata(10'000, {2, 5}) == std::vector<int64_t>{2'857, 7'143});
    // A negative total is shared as its opposite; zero weights share nothing.
    CHECK(share_pro_rata(-10'000, {1, 1, 1}) == std::vector<int64_t>{-3'334, -3'333, -3'333});
    CHECK(share_pro_rata(500, {0, 0}) == std::vector<int64_t>{0, 0});
    CHECK(share_pro_rata(500, {0, 3}) == std::vector<int64_t>{0, 500});
    CHECK(share_pro_rata(0, {}).empty());
    // Beyond 64 bits in between: 10^17 x 10^11 / (3 x 10^11) = 33,333,333,333,333,333 r 1/3.
    const int64_t big = 100'000'000'000'000'000LL, w = 100'000'000'000LL;
    CHECK(share_pro_rata(big, {w, w, w}) ==
          std::vector<int64_t>{33'333'333'333'333'334LL, 33'333'333'333'333'333LL, 33'333'333'333'333'333LL});
}
