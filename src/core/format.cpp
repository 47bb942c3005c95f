#include "format.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace quotient {

Locale locale_for(LocaleId id) {
    switch (id) {
    case LocaleId::en_US: return {id, ".", ",", false};
    case LocaleId::zh_CN: return {id, ".", ",", false};
    case LocaleId::fr_FR: return {id, ",", "\u202F", true};   // narrow no-break space, as CLDR
    case LocaleId::ro_RO: return {id, ",", ".", true};
    }
    return {};
}

const char* currency_symbol(const Currency& c) {
    struct Pair { const char* code; const char* symbol; };
    static const Pair symbols[] = {{"USD", "$"}, {"EUR", "\u20AC"}, {"GBP", "\u00A3"},
                                   {"CNY", "\u00A5"}, {"JPY", "\u00A5"}, {"RON", "lei"}};
    for (const Pair& p : symbols)
        if (std::strcmp(p.code, c.code) == 0) return p.symbol;
    return c.code;
}

// Integer digits grouped by three with the locale's separator, then the fraction (if any)
// after the locale's decimal point.
static std::string join_digits(const char* int_digits, size_t int_len, const char* frac_digits,
                               const Locale& loc) {
    std::string out;
    for (size_t i = 0; i < int_len; ++i) {
        if (i > 0 && (int_len - i) % 3 == 0) out += loc.group_separator;
        out += int_digits[i];
    }
    if (frac_digits && *frac_digits) {
        out += loc.decimal_point;
        out += frac_digits;
    }
    return out;
}

// Digits of |value| rounded to `decimals`, grouped by three, with the locale's separators.
static std::string group_digits(double value, const Locale& loc, int decimals) {
    decimals = std::clamp(decimals, 0, 20);
    char buf[400];   // the largest finite double has 309 integer digits
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    const char* dot = std::strchr(buf, '.');
    size_t int_len = dot ? size_t(dot - buf) : std::strlen(buf);
    return join_digits(buf, int_len, dot ? dot + 1 : nullptr, loc);
}

// |m.minor| split into major and minor digits exactly. Going through a double (minor / 100)
// would lose cents above about 7e13 major units, well inside the amounts Money accepts.
struct MoneyDigits { std::string int_part, frac_part; };
static MoneyDigits money_digits(const Money& m) {
    uint64_t magnitude = m.minor < 0 ? 0 - uint64_t(m.minor) : uint64_t(m.minor);
    std::string d = std::to_string(magnitude);
    size_t k = size_t(std::clamp(m.currency.minor_digits, 0, 18));
    if (d.size() <= k) d.insert(0, k + 1 - d.size(), '0');
    return {d.substr(0, d.size() - k), d.substr(d.size() - k)};
}

std::string money_to_decimal(const Money& m) {
    MoneyDigits d = money_digits(m);
    std::string out = m.minor < 0 ? "-" + d.int_part : d.int_part;
    if (!d.frac_part.empty()) out += "." + d.frac_part;
    return out;
}

static bool shows_as_zero(double value, int decimals) {
    return std::fabs(value) < 0.5 * std::pow(10.0, -decimals);
}

std::string format_count(double value, const Locale& loc, int decimals) {
    if (!std::isfinite(value)) return "\u2014";   // never print nan/inf; an em dash says "none"
    decimals = std::clamp(decimals, 0, 20);
    std::string digits = group_digits(value, loc, decimals);
    return (value < 0 && !shows_as_zero(value, decimals)) ? "-" + digits : digits;
}

std::string format_quantity(double value, const Locale& loc) {
    const bool whole = std::fabs(value - std::round(value)) < 0.05;
    return format_count(value, loc, whole ? 0 : 1);
}

std::string format_percent(double rate, const Locale& loc, int decimals) {
    if (!std::isfinite(rate)) return "\u2014";   // a bare dash, not "—%"
    std::string n = format_count(rate * 100.0, loc, decimals);
    // French writes a (narrow) no-break space before the percent sign.
    return loc.id == LocaleId::fr_FR ? n + "\u202F%" : n + "%";
}

int decimals_needed(double value, int most) {
    if (!std::isfinite(value)) return 0;
    for (int d = 0; d < most; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6) return d;
    }
    return std::max(most, 0);
}

std::string format_money(const Money& m, const Locale& loc) {
    MoneyDigits d = money_digits(m);
    std::string n = join_digits(d.int_part.data(), d.int_part.size(), d.frac_part.c_str(), loc);
    std::string sign = m.minor < 0 ? "-" : "";
    const char* sym = currency_symbol(m.currency);
    if (loc.symbol_after) return sign + n + "\u00A0" + sym;
    return sign + sym + n;
}

} // namespace quotient
