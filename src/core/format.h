// Numbers, money and percentages written the way the user's locale writes them.
// Locale data is ours and small: the four languages Quotient speaks, no ICU.
#pragma once
#include <string>
#include "enum_ids.h"
#include "money.h"

namespace quotient {

enum class LocaleId { en_US, zh_CN, fr_FR, ro_RO };
inline constexpr EnumId<LocaleId> locale_ids[] = {
    {LocaleId::en_US, "en-US"}, {LocaleId::zh_CN, "zh-CN"}, {LocaleId::fr_FR, "fr-FR"}, {LocaleId::ro_RO, "ro-RO"}};

struct Locale {
    LocaleId id = LocaleId::en_US;
    const char* decimal_point = ".";
    const char* group_separator = ",";     // between groups of three digits
    bool symbol_after = false;             // "1 234,56 €" (fr, ro) vs "$1,234.56" (en, zh)
};

Locale locale_for(LocaleId id);
const char* currency_symbol(const Currency& c);    // "$", "€", "lei"... or the ISO code

std::string format_count(double value, const Locale& loc, int decimals = 0);   // 12,345
// Counts of people or deals: whole numbers as they are, fractions (12.5 expected deals) with
// one decimal so that the table agrees with the totals.
std::string format_quantity(double value, const Locale& loc);
std::string format_percent(double rate, const Locale& loc, int decimals = 1);  // 0.125 -> 12.5%
std::string format_money(const Money& m, const Locale& loc);                   // $1,234.56
// Fewest decimals (0..most) that write `value` without visible loss: 15 -> 0, 12.5 -> 1,
// 33.3333 -> most. Rates, factors and typed numbers are shown with as many as they need.
int decimals_needed(double value, int most = 4);

// Plain decimal in major units, exact from the integer minor units: no grouping, '.' as the
// point, '-' for negatives, no symbol ("-1234.56", JPY "1234"). For machine-readable output.
std::string money_to_decimal(const Money& m);

} // namespace quotient
