// Money: integer minor units (cents) plus an ISO 4217 currency code.
// One rounding rule for the whole product: a computed amount is rounded to the nearest minor
// unit, halves to even ("banker's rounding"), at the point where it becomes Money. Doing it in
// exactly one function (to_minor_units) is what keeps statements reproducible by hand.
#pragma once
#include <cstdint>
#include <vector>
#include "outcome.h"

namespace quotient {

struct Currency {
    char code[4] = "USD";
    int minor_digits = 2;           // JPY 0, USD 2, ...
    bool operator==(const Currency&) const = default;
};

struct Money {
    int64_t minor = 0;              // amount in minor units (cents for USD)
    Currency currency{};
    bool operator==(const Money&) const = default;
};

// Largest amount we accept: 10^15 major units in 2-digit currencies, far below int64's limit so
// that sums of many amounts cannot overflow.
inline constexpr int64_t max_minor_units = 100'000'000'000'000'000LL;

Currency currency_from_code(const char* iso_code);   // unknown codes keep 2 minor digits
double minor_per_major(const Currency& c);           // 100 for USD, 1 for JPY

// The product's single rounding rule: nearest minor unit, halves to even.
// Fails for NaN, infinity and amounts beyond max_minor_units.
Outcome<int64_t> to_minor_units(double minor_amount);

// `major` units (e.g. 1234.5 dollars) -> Money, rounded by the rule above.
Outcome<Money> money_from_major(double major, const Currency& c);
double to_major(const Money& m);

// Shares an already rounded `total` (minor units) in proportion to `weights` (>= 0), by the
// largest remainder: each share is total x weight / sum rounded down, and the minor units left
// over go one each to the largest remainders (ties to the lower index). The shares add up to
// `total` exactly; a negative total is shared as its opposite. All weights zero: all shares zero.
// Exact integer arithmetic, for any total and weights within Money's range.
std::vector<int64_t> share_pro_rata(int64_t total, const std::vector<int64_t>& weights);

} // namespace quotient
