#include "parse_number.h"
#include <algorithm>
#include <cstring>
#include <string>

namespace quotient {

namespace {

// [SECTION] Characters

// The text as code points, with the forms a Chinese input method types folded to ASCII
// (full-width "１２．５％" is "12.5%") and the minus sign U+2212 read as '-'. Bytes that are not
// UTF-8 become U+FFFD, which no rule accepts.
std::u32string decode(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        char32_t c = 0xFFFD;
        size_t len = 1;
        if (b < 0x80) c = b;
        else if ((b >> 5) == 0x6) len = 2, c = b & 0x1F;
        else if ((b >> 4) == 0xE) len = 3, c = b & 0x0F;
        else if ((b >> 3) == 0x1E) len = 4, c = b & 0x07;
        else len = 0;
        if (len == 0 || i + len > s.size()) {
            c = 0xFFFD;
            len = 1;
        } else {
            for (size_t k = 1; k < len; ++k) {
                const unsigned char cont = static_cast<unsigned char>(s[i + k]);
                if ((cont >> 6) != 0x2) {
                    c = 0xFFFD;
                    len = 1;
                    break;
                }
                c = (c << 6) | (cont & 0x3F);
            }
        }
        i += len;
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;   // full-width ASCII
        else if (c == 0xFFE5) c = 0xA5;               // full-width yen sign
        else if (c == 0x3000) c = ' ';                // ideographic space
        else if (c == 0x2212) c = '-';                // minus sign
        out += c;
    }
    return out;
}

std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) out += char(c);
        else if (c < 0x800) out += char(0xC0 | (c >> 6)), out += char(0x80 | (c & 0x3F));
        else if (c < 0x10000)
            out += char(0xE0 | (c >> 12)), out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
        else
            out += char(0xF0 | (c >> 18)), out += char(0x80 | ((c >> 12) & 0x3F)),
                out += char(0x80 | ((c >> 6) & 0x3F)), out += char(0x80 | (c & 0x3F));
    }
    return out;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
// Spaces people type or paste between groups and before a unit: normal, no-break, narrow
// no-break (what fr-FR formatting writes), thin and figure spaces, tabs.
bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007; }
// Characters that separate digits in some locale: met where this locale does not use them, they
// mean the number was written another locale's way.
bool is_separator_like(char32_t c) { return c == '.' || c == ',' || c == '\'' || c == 0xB7 || is_space(c); }
bool is_arithmetic(char32_t c) {
    return c == '+' || c == '*' || c == '/' || c == '=' || c == '^' || c == '(' || c == ')' || c == 0xD7 || c == 0xF7;
}

// [SECTION] Problems

enum class Kind { Money, Percent, Number };

template <class T>
Outcome<T> refuse(const char* code, const char* message) {
    return fail<T>(code, "", message);
}

// How this locale writes 1,234.56: the refusal of a number written some other way shows it.
const char* separators_message(const Locale& loc) {
    switch (loc.id) {
    case LocaleId::fr_FR: return "Write the number as 1 234,56: a comma before the decimals, spaces between thousands.";
    case LocaleId::ro_RO: return "Write the number as 1.234,56: a comma before the decimals, points or spaces between thousands.";
    case LocaleId::en_US:
    case LocaleId::zh_CN: break;
    }
    return "Write the number as 1,234.56: a point before the decimals, commas between thousands.";
}

const char* unit_message(Kind kind) {
    switch (kind) {
    case Kind::Money: return "Only the amount's own currency sign or code may be typed with it.";
    case Kind::Percent: return "Only a % sign may follow a rate.";
    case Kind::Number: break;
    }
    return "Type only the number, with no symbol or unit.";
}

const char* negative_message(Kind kind) {
    switch (kind) {
    case Kind::Money: return "The amount must be zero or more.";
    case Kind::Percent: return "A rate cannot be negative.";
    case Kind::Number: break;
    }
    return "The number must be zero or more.";
}

const char* too_large_message(Kind kind) {
    return kind == Kind::Money ? "The amount is too large." : "The number is too large.";
}

const char* decimals_message(Kind kind) {
    return kind == Kind::Money ? "The amount has more decimals than its currency has."
                               : "The number has more decimals than this field keeps.";
}

// [SECTION] Scanning: sign, digits, separators and unit, before any arithmetic on values

struct Scanned {
    bool negative = false;
    std::string whole;          // digits before the decimal separator, leading zeros removed ("" = 0)
    std::string fraction;       // digits after it, as typed
    std::u32string unit;        // symbol, code or % typed before or after the number ("" = none)
    bool unit_before = false;
};

// The locale's group separator; in ro a space too, which Romanian writing also uses for
// thousands ("1 234,56"), and which can never be read as a decimal separator.
bool is_group(char32_t c, const Locale& loc) {
    const std::string_view g = loc.group_separator;
    if (g == "\u202F" || g == "\u00A0" || g == " ") return is_space(c);
    if (loc.id == LocaleId::ro_RO && is_space(c)) return true;
    return g.size() == 1 && c == char32_t(static_cast<unsigned char>(g[0]));
}

// Removes every space from `s`.
std::u32string without_spaces(std::u32string_view s) {
    std::u32string out;
    for (char32_t c : s)
        if (!is_space(c)) out += c;
    return out;
}

// The whole part's digits, checked for grouping: without separators any number of digits;
// with them, 1 to 3 digits first and exactly 3 in every later group.
bool ungroup(std::u32string_view part, const Locale& loc, std::string& digits) {
    size_t group = 0, groups = 0, first = 0;
    bool grouped = false;
    for (char32_t c : part) {
        if (is_digit(c)) {
            digits += char(c);
            ++group;
            continue;
        }
        if (!is_group(c, loc) || group == 0) return false;   // "1,,234" or a separator first
        if (groups == 0) first = group;
        else if (group != 3) return false;
        grouped = true;
        ++groups;
        group = 0;
    }
    if (!grouped) return true;
    return first >= 1 && first <= 3 && group == 3;
}

Outcome<Scanned> scan(std::string_view typed, const Locale& loc, Kind kind) {
    std::u32string t = decode(typed);
    size_t b = 0, e = t.size();
    while (b < e && is_space(t[b])) ++b;
    while (e > b && is_space(t[e - 1])) --e;
    t = t.substr(b, e - b);
    if (t.empty()) return refuse<Scanned>("empty", "Type a number: the field is empty.");
    if (std::any_of(t.begin(), t.end(), is_arithmetic))
        return refuse<Scanned>("arithmetic", "Type the number itself: a field does not work out sums such as +500 or *2.");

    const char32_t point = char32_t(static_cast<unsigned char>(loc.decimal_point[0]));
    size_t first = t.size(), last = 0;
    for (size_t i = 0; i < t.size(); ++i)
        if (is_digit(t[i])) {
            first = std::min(first, i);
            last = i;
        }
    if (first == t.size()) return refuse<Scanned>("not_a_number", "This is not a number: type digits, such as 1234.");
    // The number itself runs from its first digit to its last, with a decimal separator just
    // before (",5") or just after ("12.") taken in.
    size_t begin = first, end = last + 1;
    if (begin > 0 && t[begin - 1] == point) --begin;
    if (end < t.size() && t[end] == point) ++end;
    const std::u32string_view body(t.data() + begin, end - begin);

    Scanned out;
    std::u32string before = without_spaces(std::u32string_view(t.data(), begin));
    std::u32string after = without_spaces(std::u32string_view(t.data() + end, t.size() - end));
    // A sign leads the text ("-$5", "-5 €") or comes just before the digits ("$-5").
    if (!before.empty() && before.front() == '-') before.erase(0, 1), out.negative = true;
    else if (!before.empty() && before.back() == '-') before.pop_back(), out.negative = true;
    // Any other minus is a subtraction ("5-1", "--5", "5-").
    if (before.find('-') != std::u32string::npos || after.find('-') != std::u32string::npos ||
        body.find('-') != std::u32string_view::npos)
        return refuse<Scanned>("arithmetic", "Type the number itself: a field does not work out sums such as +500 or *2.");
    for (const std::u32string* unit : {&before, &after})
        if (!unit->empty() && std::all_of(unit->begin(), unit->end(), is_separator_like))
            return refuse<Scanned>("separators", separators_message(loc));
    if (!before.empty() && !after.empty()) return refuse<Scanned>("unit", unit_message(kind));
    out.unit_before = !before.empty();
    out.unit = out.unit_before ? before : after;

    // Digits, this locale's group separators and at most one decimal separator; any other
    // separator means another locale's way of writing.
    size_t points = 0, at = body.size();
    for (size_t i = 0; i < body.size(); ++i) {
        const char32_t c = body[i];
        if (c == point) {
            if (++points > 1) return refuse<Scanned>("separators", separators_message(loc));
            at = i;
        } else if (!is_digit(c) && !is_group(c, loc)) {
            if (is_separator_like(c)) return refuse<Scanned>("separators", separators_message(loc));
            return refuse<Scanned>("not_a_number", "This is not a number: type digits, such as 1234.");
        }
    }
    const std::u32string_view whole = body.substr(0, at);
    const std::u32string_view fraction = at < body.size() ? body.substr(at + 1) : std::u32string_view();
    if (!ungroup(whole, loc, out.whole)) return refuse<Scanned>("separators", separators_message(loc));
    for (char32_t c : fraction) {
        if (!is_digit(c)) return refuse<Scanned>("separators", separators_message(loc));
        out.fraction += char(c);
    }
    out.whole.erase(0, std::min(out.whole.find_first_not_of('0'), out.whole.size()));
    return Outcome<Scanned>{out, {}};
}

// ASCII letters lowered, so that "eur", "EUR" and "Lei" match.
std::string lowered(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

bool all_zeros(std::string_view digits) { return digits.find_first_not_of('0') == std::string_view::npos; }

uint64_t to_integer(std::string_view digits) {   // at most 19 digits, checked by the callers
    uint64_t v = 0;
    for (char c : digits) v = v * 10 + uint64_t(c - '0');
    return v;
}

constexpr double powers_of_ten[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

// A rate or a plain number: the digits as one integer over a power of ten, so that the one
// division rounds correctly ("33.3" % is 333 / 1000, the double nearest 0.333). `shift` adds
// powers of ten to the divisor (2 for a percentage).
Outcome<double> read_decimal(const Scanned& s, Kind kind, int decimals, int shift, Sign sign) {
    decimals = std::clamp(decimals, 0, 4);
    std::string fraction = s.fraction;
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    if (int(fraction.size()) > decimals) return refuse<double>("too_many_decimals", decimals_message(kind));
    if (s.whole.size() > 16 || to_integer(s.whole) > uint64_t(max_typed_whole))
        return refuse<double>("too_large", too_large_message(kind));
    const uint64_t mantissa = to_integer(s.whole + fraction);   // < 10^20 / 10: fits 64 bits
    if (mantissa == 0) return Outcome<double>{0.0, {}};          // "-0" is zero, not negative
    if (s.negative && sign == Sign::NotNegative) return refuse<double>("negative", negative_message(kind));
    const double v = double(mantissa) / powers_of_ten[fraction.size() + size_t(shift)];
    return Outcome<double>{s.negative ? -v : v, {}};
}

} // namespace

// [SECTION] Public readers

Outcome<Money> parse_money(std::string_view text, const Currency& currency, const Locale& loc, Sign sign) {
    auto scanned = scan(text, loc, Kind::Money);
    if (!scanned.ok()) return Outcome<Money>{{}, scanned.problem};
    const Scanned& s = scanned.value;
    if (!s.unit.empty()) {
        const std::string unit = lowered(encode(s.unit));
        if (unit != lowered(currency_symbol(currency)) && unit != lowered(currency.code))
            return refuse<Money>("unit", unit_message(Kind::Money));
    }
    // Digits beyond the currency's minor unit must be zeros: nothing typed is rounded away.
    const size_t k = size_t(std::clamp(currency.minor_digits, 0, 6));
    std::string fraction = s.fraction;
    if (fraction.size() > k) {
        if (!all_zeros(std::string_view(fraction).substr(k)))
            return refuse<Money>("too_many_decimals", decimals_message(Kind::Money));
        fraction.resize(k);
    }
    fraction.append(k - fraction.size(), '0');
    std::string digits = s.whole + fraction;
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
    if (digits.size() > 18 || to_integer(digits) > uint64_t(max_minor_units))
        return refuse<Money>("amount_too_large", too_large_message(Kind::Money));
    const int64_t minor = int64_t(to_integer(digits));
    if (s.negative && minor != 0 && sign == Sign::NotNegative)
        return refuse<Money>("negative", negative_message(Kind::Money));
    return Outcome<Money>{Money{s.negative ? -minor : minor, currency}, {}};
}

Outcome<double> parse_percent(std::string_view text, const Locale& loc, int decimals, Sign sign) {
    auto scanned = scan(text, loc, Kind::Percent);
    if (!scanned.ok()) return Outcome<double>{{}, scanned.problem};
    const Scanned& s = scanned.value;
    if (!s.unit.empty() && (s.unit_before || s.unit != U"%")) return refuse<double>("unit", unit_message(Kind::Percent));
    return read_decimal(s, Kind::Percent, decimals, 2, sign);
}

Outcome<double> parse_decimal(std::string_view text, const Locale& loc, int decimals, Sign sign) {
    auto scanned = scan(text, loc, Kind::Number);
    if (!scanned.ok()) return Outcome<double>{{}, scanned.problem};
    if (!scanned.value.unit.empty()) return refuse<double>("unit", unit_message(Kind::Number));
    return read_decimal(scanned.value, Kind::Number, decimals, 0, sign);
}

Outcome<int64_t> parse_count(std::string_view text, const Locale& loc, Sign sign) {
    auto scanned = scan(text, loc, Kind::Number);
    if (!scanned.ok()) return Outcome<int64_t>{{}, scanned.problem};
    const Scanned& s = scanned.value;
    if (!s.unit.empty()) return refuse<int64_t>("unit", unit_message(Kind::Number));
    if (!all_zeros(s.fraction)) return refuse<int64_t>("not_whole", "Type a whole number.");
    auto v = read_decimal(s, Kind::Number, 0, 0, sign);
    if (!v.ok()) return Outcome<int64_t>{{}, v.problem};
    return Outcome<int64_t>{int64_t(v.value), {}};   // a whole number up to 10^15: exact in a double
}

bool is_empty_entry(const Problem& p) { return p.code && std::strcmp(p.code, "empty") == 0; }

} // namespace quotient
