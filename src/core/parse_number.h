// Numbers typed by a person, read the way their locale writes them (format.h writes them).
//
// The rules, the same for every field:
// - The decimal separator is the locale's: a point in en-US and zh-CN, a comma in fr-FR and
//   ro-RO. Group separators are the locale's too: commas (en, zh), spaces (fr: U+0020, U+00A0
//   or U+202F, mixed freely), points or spaces (ro). Groups must be whole: 1 to 3 digits first, then 3
//   each, and only before the decimals ("1,2,3" and "12,34" are refused in en). A number written
//   in another locale's way ("12.500,5" in en, "12500.50" in fr) is refused with a sentence that
//   shows how this locale writes 1,234.56, never read as something else.
// - A minus sign (- or U+2212) may lead; negatives are refused unless the field allows them.
//   A plus sign and other arithmetic (+500, *2, 10/2, 5-1) are refused: a field holds a
//   number, it does not work out a sum.
// - Amounts may carry their currency's symbol or ISO code, before or after ("$1,234.56",
//   "1 234,56 €", "1234 EUR", "lei"); rates may end with a % sign; counts carry nothing.
// - Full-width digits and signs (typed with a Chinese input method) read as their ASCII twins.
// - Amounts are read digit by digit into minor units, never through a double. Nothing is
//   rounded: decimals beyond the currency's (beyond the field's, for rates and numbers) are
//   refused unless they are zeros ("12.50" and "12.500" are $12.50; "12.345" is refused).
// Every refusal is a Problem whose message says, in words, what is wrong.
#pragma once
#include <cstdint>
#include <string_view>
#include "format.h"
#include "money.h"
#include "outcome.h"

namespace quotient {

enum class Sign { NotNegative, Any };

// Largest whole part a typed count, number or percentage may have: beyond any real count and far
// inside a double's exact integers.
inline constexpr int64_t max_typed_whole = 1'000'000'000'000'000LL;   // 10^15

// "$12,500.50" -> 1,250,050 minor units of `currency`; at most max_minor_units.
Outcome<Money> parse_money(std::string_view text, const Currency& currency, const Locale& loc,
                           Sign sign = Sign::NotNegative);
// "12,5 %" or "12,5" (fr) -> 0.125. `decimals`: most decimals of the percentage (12.5 has one).
// No upper limit: a rate above 100% is for the caller's check to refuse or keep.
Outcome<double> parse_percent(std::string_view text, const Locale& loc, int decimals = 4,
                              Sign sign = Sign::NotNegative);
// A number with at most `decimals` decimals: "1 234,5" (fr) -> 1234.5.
Outcome<double> parse_decimal(std::string_view text, const Locale& loc, int decimals, Sign sign = Sign::NotNegative);
// A whole number: "1.234" (ro) -> 1234; "12,0" (fr) is 12, "12,5" is refused.
Outcome<int64_t> parse_count(std::string_view text, const Locale& loc, Sign sign = Sign::NotNegative);

// True when `p` is the refusal of an empty field (only spaces), which some fields read as "not
// entered" rather than as a mistake.
bool is_empty_entry(const Problem& p);

} // namespace quotient
