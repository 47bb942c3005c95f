// Numbers typed the way each locale writes them (en-US, zh-CN, fr-FR, ro-RO), and everything
// that is not a number refused with a reason. Each expected value is worked by hand in its comment.
#include <doctest/doctest.h>
#include <cstdint>
#include <cstring>
#include <string>
#include "core/format.h"
#include "core/parse_number.h"

using namespace quotient;

namespace {
const Locale en = locale_for(LocaleId::en_US);
const Locale zh = locale_for(LocaleId::zh_CN);
const Locale fr = locale_for(LocaleId::fr_FR);
const Locale ro = locale_for(LocaleId::ro_RO);
const Currency usd = currency_from_code("USD");
const Currency eur = currency_from_code("EUR");
const Currency jpy = currency_from_code("JPY");
const Currency ron = currency_from_code("RON");
const std::string nnbsp = "\u202F";   // narrow no-break space: fr-FR's group separator
const std::string nbsp = "\u00A0";

int64_t minor(std::string_view text, const Locale& loc, const Currency& c = usd, Sign sign = Sign::NotNegative) {
    auto m = parse_money(text, c, loc, sign);
    REQUIRE_MESSAGE(m.ok(), (std::string(text) + ": " + m.problem.message));
    CHECK(m.value.currency == c);
    return m.value.minor;
}
double rate(std::string_view text, const Locale& loc, int decimals = 4, Sign sign = Sign::NotNegative) {
    auto r = parse_percent(text, loc, decimals, sign);
    REQUIRE_MESSAGE(r.ok(), (std::string(text) + ": " + r.problem.message));
    return r.value;
}
int64_t count(std::string_view text, const Locale& loc, Sign sign = Sign::NotNegative) {
    auto n = parse_count(text, loc, sign);
    REQUIRE_MESSAGE(n.ok(), (std::string(text) + ": " + n.problem.message));
    return n.value;
}
// The code of the refusal ("" when the text was read).
std::string refused(const Problem& p) { return p.code ? p.code : ""; }
std::string money_refused(std::string_view text, const Locale& loc, const Currency& c = usd) {
    return refused(parse_money(text, c, loc).problem);
}
} // namespace

TEST_CASE("parse: the average deal 12500,50 is 12,500.50 in fr and ro, and refused in en") {
    // The bug this fixes: fr typed 12500,50 and got 1,250,050.00. 12500 and 50 cents:
    // 12500 x 100 + 50 = 1,250,050 minor units.
    CHECK(minor("12500,50", fr, eur) == 1'250'050);
    CHECK(minor("12500,50", ro, ron) == 1'250'050);
    // In en the comma groups thousands, and "12500,50" has groups of 5 and 2 digits: refused with
    // how en writes numbers, never read as 1,250,050.
    auto p = parse_money("12500,50", usd, en);
    CHECK(refused(p.problem) == "separators");
    CHECK(std::string(p.problem.message) ==
          "Write the number as 1,234.56: a point before the decimals, commas between thousands.");
    CHECK(minor("12500.50", en) == 1'250'050);
    CHECK(minor("12500.50", zh) == 1'250'050);
}

TEST_CASE("parse: each locale's group separator, with groups of three") {
    // 1,234,567.89 = 123,456,789 cents.
    CHECK(minor("1,234,567.89", en) == 123'456'789);
    CHECK(minor("1,234,567.89", zh) == 123'456'789);
    CHECK(minor("1.234.567,89", ro, ron) == 123'456'789);
    // ro writes thousands with spaces too: any of the three spaces.
    CHECK(minor("1 234 567,89", ro, ron) == 123'456'789);
    CHECK(minor("1" + nnbsp + "234" + nbsp + "567,89", ro, ron) == 123'456'789);
    // fr: a normal space, a no-break space, the narrow no-break space fr formatting writes, mixed.
    CHECK(minor("1 234 567,89", fr, eur) == 123'456'789);
    CHECK(minor("1" + nbsp + "234" + nbsp + "567,89", fr, eur) == 123'456'789);
    CHECK(minor("1" + nnbsp + "234" + nnbsp + "567,89", fr, eur) == 123'456'789);
    CHECK(minor("1 234" + nnbsp + "567,89", fr, eur) == 123'456'789);
    // Without separators any number of digits: 1234567 dollars.
    CHECK(minor("1234567", en) == 123'456'700);
    // Groups that are not threes: the first of 1-3 digits, then exactly 3.
    CHECK(money_refused("1,2,3", en) == "separators");
    CHECK(money_refused("12,34", en) == "separators");
    CHECK(money_refused("1234,567", en) == "separators");
    CHECK(money_refused("1,,234", en) == "separators");
    CHECK(money_refused("1 23 456", fr, eur) == "separators");
    CHECK(money_refused("1.5", ro, ron) == "separators");   // ro groups with points: meant 1,5?
}

TEST_CASE("parse: a number written another locale's way is refused with this locale's way") {
    auto en_p = parse_money("12.500,5", usd, en);   // de/ro style in en: a comma after the point
    CHECK(refused(en_p.problem) == "separators");
    auto fr_p = parse_money("12500.50", eur, fr);   // fr has no point at all
    CHECK(refused(fr_p.problem) == "separators");
    CHECK(std::string(fr_p.problem.message) ==
          "Write the number as 1 234,56: a comma before the decimals, spaces between thousands.");
    auto ro_p = parse_money("12500.50", ron, ro);   // in ro the point groups: 12500 is no group
    CHECK(std::string(ro_p.problem.message) ==
          "Write the number as 1.234,56: a comma before the decimals, points or spaces between thousands.");
    CHECK(money_refused("1 234.56", en) == "separators");   // en groups with commas, not spaces
    CHECK(money_refused("1,234,56", fr, eur) == "separators");
    CHECK(money_refused("12,5,0", fr, eur) == "separators");   // two decimal separators
}

TEST_CASE("parse: the currency's symbol or code, before or after, or none") {
    CHECK(minor("$1,234.56", en) == 123'456);
    CHECK(minor("1,234.56 USD", en) == 123'456);
    CHECK(minor("usd 1234.56", en) == 123'456);
    // What format_money writes in fr: "1 234,56 €" with a no-break space before the symbol.
    CHECK(minor("1" + nnbsp + "234,56" + nbsp + "\u20AC", fr, eur) == 123'456);
    CHECK(minor("1 234,56 EUR", fr, eur) == 123'456);
    CHECK(minor("1.234,56 lei", ro, ron) == 123'456);
    CHECK(minor("1.234,56 RON", ro, ron) == 123'456);
    CHECK(minor("\u00A51,234", zh, jpy) == 1'234);   // JPY has no minor unit
    // Another currency, a percent sign, a word, or a symbol on both sides: refused.
    CHECK(money_refused("\u20AC1,234.56", en) == "unit");
    CHECK(money_refused("12 %", fr, eur) == "unit");
    CHECK(money_refused("12 apples", en) == "unit");
    CHECK(money_refused("$12 USD", en) == "unit");
}

TEST_CASE("parse: amounts are exact in minor units; extra decimals must be zeros") {
    CHECK(minor("0.01", en) == 1);
    CHECK(minor(".5", en) == 50);        // 50 cents
    CHECK(minor(",5", fr, eur) == 50);
    CHECK(minor("12.", en) == 1'200);
    CHECK(minor("12.500", en) == 1'250);   // 12.50 with a zero more: nothing lost
    CHECK(minor("0012.5", en) == 1'250);
    CHECK(money_refused("12.345", en) == "too_many_decimals");   // a tenth of a cent: never rounded away
    CHECK(money_refused("12.5", en, jpy) == "too_many_decimals");
    CHECK(minor("12.0", en, jpy) == 12);
    // 10^15 dollars is the largest amount (max_minor_units = 10^17 cents); a cent more is not.
    CHECK(minor("1,000,000,000,000,000", en) == max_minor_units);
    CHECK(money_refused("1,000,000,000,000,000.01", en) == "amount_too_large");
    CHECK(money_refused("99999999999999999999999999999999", en) == "amount_too_large");
    // 92,233,720,368,547,758.07 is int64's largest cent count: refused, not wrapped around.
    CHECK(money_refused("92233720368547758.07", en) == "amount_too_large");
}

TEST_CASE("parse: negatives only where the field allows them") {
    auto p = parse_money("-500", usd, en);
    CHECK(refused(p.problem) == "negative");
    CHECK(std::string(p.problem.message) == "The amount must be zero or more.");
    CHECK(minor("-500", en, usd, Sign::Any) == -50'000);
    CHECK(minor("-$500", en, usd, Sign::Any) == -50'000);
    CHECK(minor("$-500", en, usd, Sign::Any) == -50'000);
    CHECK(minor("\u2212" "1 234,50 \u20AC", fr, eur, Sign::Any) == -123'450);   // U+2212 minus sign
    CHECK(minor("-0", en) == 0);                                            // minus zero is zero
    CHECK(refused(parse_percent("-5", en).problem) == "negative");
    CHECK(std::string(parse_percent("-5", en).problem.message) == "A rate cannot be negative.");
    CHECK(rate("-5", en, 4, Sign::Any) == doctest::Approx(-0.05));
    CHECK(refused(parse_count("-3", en).problem) == "negative");
    CHECK(count("-3", en, Sign::Any) == -3);
}

TEST_CASE("parse: arithmetic and text that is not a number are refused, in words") {
    for (const char* text : {"+500", "*2", "/2", "5000+500", "10*2", "5-1", "--5", "(5)", "=5", "2^3", "5 \u00D7 2"}) {
        auto p = parse_money(text, usd, en);
        CHECK_MESSAGE(refused(p.problem) == "arithmetic", text);
        CHECK(std::string(p.problem.message) ==
              "Type the number itself: a field does not work out sums such as +500 or *2.");
    }
    for (const char* text : {"abc", "-", "$", "%", "lei"}) {
        auto p = parse_decimal(text, en, 2);
        CHECK_MESSAGE(refused(p.problem) == "not_a_number", text);
        CHECK(std::string(p.problem.message) == "This is not a number: type digits, such as 1234.");
    }
    CHECK(refused(parse_decimal("12abc34", en, 2).problem) == "not_a_number");
    CHECK(refused(parse_decimal("1e5", en, 2).problem) == "not_a_number");
    CHECK(refused(parse_decimal("12 apples", en, 2).problem) == "unit");
    CHECK(std::string(parse_decimal("12 apples", en, 2).problem.message) ==
          "Type only the number, with no symbol or unit.");
}

TEST_CASE("parse: empty and only spaces are refused, and recognised as not entered") {
    for (std::string text : {std::string(), std::string("   "), nnbsp + " " + nbsp, std::string("\t")}) {
        auto p = parse_money(text, usd, en);
        CHECK(refused(p.problem) == "empty");
        CHECK(std::string(p.problem.message) == "Type a number: the field is empty.");
        CHECK(is_empty_entry(p.problem));
    }
    CHECK_FALSE(is_empty_entry(parse_money("abc", usd, en).problem));
    CHECK_FALSE(is_empty_entry(parse_money("1", usd, en).problem));
    // Spaces around a number are not part of it.
    CHECK(minor("  12.50  ", en) == 1'250);
    CHECK(minor(nnbsp + "12,50" + nnbsp, fr, eur) == 1'250);
}

TEST_CASE("parse: rates from a percentage, with or without the sign, in all four locales") {
    // 12.5% = 125 / 1000 = 0.125, in each locale's writing.
    CHECK(rate("12.5%", en) == 0.125);
    CHECK(rate("12.5 %", zh) == 0.125);
    CHECK(rate("12,5 %", fr) == 0.125);
    CHECK(rate("12,5" + nnbsp + "%", fr) == 0.125);   // what format_percent writes in fr
    CHECK(rate("12,5%", ro) == 0.125);
    CHECK(rate("12,5", fr) == 0.125);
    // 33.3% is 333 / 1000: the same double as the literal 0.333, not 0.33299999237060547.
    CHECK(rate("33.3", en) == 0.333);
    CHECK(rate("7", en) == 0.07);
    CHECK(rate("0", en) == 0.0);
    // 1 234,56 % (a markup): 123456 / 10000 = 12.3456, with either space.
    CHECK(rate("1 234,56", fr) == 12.3456);
    CHECK(rate("1" + nnbsp + "234,56 %", fr) == 12.3456);
    CHECK(rate("1.234,56%", ro) == 12.3456);
    CHECK(rate("1 234,56", ro) == 12.3456);
    CHECK(rate("1" + nnbsp + "234,56 %", ro) == 12.3456);
    CHECK(rate("150", en) == 1.5);   // no upper limit here: the field's check decides
    // Decimals beyond the field's, a sign before the number, another unit: refused.
    CHECK(refused(parse_percent("33.33", en, 1).problem) == "too_many_decimals");
    CHECK(rate("33.30", en, 1) == 0.333);
    CHECK(refused(parse_percent("%12", en).problem) == "unit");
    CHECK(refused(parse_percent("12 $", en).problem) == "unit");
    CHECK(std::string(parse_percent("12 $", en).problem.message) == "Only a % sign may follow a rate.");
    CHECK(refused(parse_percent("12.5%", fr).problem) == "separators");
}

TEST_CASE("parse: whole counts and numbers with decimals") {
    CHECK(count("1,000", en) == 1000);
    CHECK(count("1 000", fr) == 1000);
    CHECK(count("1.000", ro) == 1000);
    CHECK(count("12,0", fr) == 12);
    auto half = parse_count("12,5", fr);
    CHECK(refused(half.problem) == "not_whole");
    CHECK(std::string(half.problem.message) == "Type a whole number.");
    CHECK(count("1,000,000,000,000,000", en) == max_typed_whole);
    CHECK(refused(parse_count("1,000,000,000,000,001", en).problem) == "too_large");
    CHECK(refused(parse_count("123456789012345678901234567890", en).problem) == "too_large");
    // 37.5 hours; 1.25 as a factor; 45 days typed as "45,0".
    CHECK(parse_decimal("37.5", en, 1).value == 37.5);
    CHECK(parse_decimal("37,5", ro, 1).value == 37.5);
    CHECK(parse_decimal("1,25", fr, 4).value == 1.25);
    CHECK(parse_decimal("45,0", fr, 0).value == 45.0);
    CHECK(refused(parse_decimal("37.25", en, 1).problem) == "too_many_decimals");
    CHECK(refused(parse_decimal("12 %", en, 1).problem) == "unit");
}

TEST_CASE("parse: full-width digits and signs from a Chinese input method") {
    // "１２，５００．５" is 12,500.5 typed in full-width forms.
    CHECK(minor("\uFF11\uFF12\uFF0C\uFF15\uFF10\uFF10\uFF0E\uFF15", zh) == 1'250'050);
    CHECK(rate("\uFF11\uFF12\uFF0E\uFF15\uFF05", zh) == 0.125);   // １２．５％
    CHECK(minor("\uFFE5100", zh, currency_from_code("CNY")) == 10'000);   // ￥100 in yuan
}

TEST_CASE("parse: bytes that are not UTF-8 are refused, never read past") {
    CHECK(refused(parse_money("12\xFF", usd, en).problem) == "unit");
    CHECK(refused(parse_money("\xE2\x82", usd, en).problem) == "not_a_number");
}

TEST_CASE("parse: what format writes, parse reads back, in every locale") {
    for (const Locale& loc : {en, zh, fr, ro}) {
        for (int64_t m : {int64_t(0), int64_t(1), int64_t(1'250'050), int64_t(123'456'789), max_minor_units})
            for (const Currency& c : {usd, eur, ron, jpy}) {
                const Money money{m, c};
                CHECK(minor(format_money(money, loc), loc, c) == m);
            }
        for (double r : {0.0, 0.07, 0.125, 0.333, 1.5, 12.3456}) {
            const std::string shown = format_percent(r, loc, decimals_needed(r * 100));
            CHECK_MESSAGE(rate(shown, loc) == r, shown);
        }
        CHECK(count(format_count(1234567, loc), loc) == 1234567);
        CHECK(parse_decimal(format_count(1234.5, loc, 1), loc, 1).value == 1234.5);
    }
}
