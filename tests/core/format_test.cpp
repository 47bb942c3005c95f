// Numbers, money and percentages in the four locales Quotient speaks (en, zh, fr, ro).
#include <doctest/doctest.h>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include "core/format.h"

using namespace quotient;

namespace {
const Locale en = locale_for(LocaleId::en_US);
const Locale zh = locale_for(LocaleId::zh_CN);
const Locale fr = locale_for(LocaleId::fr_FR);
const Locale ro = locale_for(LocaleId::ro_RO);
const std::string nnbsp = "\u202F";   // French group separator and space before %
const std::string nbsp = "\u00A0";    // between amount and a symbol written after it
const std::string dash = "\u2014";

Money money(int64_t minor, const char* code) { return Money{minor, currency_from_code(code)}; }
} // namespace

TEST_CASE("format: English groups thousands with commas and uses a decimal point") {
    CHECK(format_count(1234567.891, en, 2) == "1,234,567.89");
    CHECK(format_count(12345, en) == "12,345");
    CHECK(format_count(999, en) == "999");
    CHECK(format_count(1000, en) == "1,000");
    CHECK(format_count(0, en) == "0");
}

TEST_CASE("format: Chinese writes numbers like English (1,234,567.89)") {
    CHECK(format_count(1234567.891, zh, 2) == "1,234,567.89");
}

TEST_CASE("format: French groups with a narrow no-break space and uses a decimal comma") {
    CHECK(format_count(1234567.891, fr, 2) == "1" + nnbsp + "234" + nnbsp + "567,89");
}

TEST_CASE("format: Romanian groups with a dot and uses a decimal comma") {
    CHECK(format_count(1234567.891, ro, 2) == "1.234.567,89");
}

TEST_CASE("format: negative counts keep their sign; a value that shows as zero has none") {
    CHECK(format_count(-1234.5, en, 1) == "-1,234.5");
    CHECK(format_count(-0.0001, en) == "0");
    CHECK(format_count(-0.4, en) == "0");
}

TEST_CASE("format: very large counts are written in full") {
    CHECK(format_count(1e21, en) == "1,000,000,000,000,000,000,000");
    CHECK(format_count(1e300, en).size() == 301 + 100);   // 301 digits and 100 commas
}

TEST_CASE("format: NaN and infinity show as an em dash, never nan or inf") {
    CHECK(format_count(std::nan(""), en) == dash);
    CHECK(format_count(std::numeric_limits<double>::infinity(), fr) == dash);
    CHECK(format_count(-std::numeric_limits<double>::infinity(), ro, 2) == dash);
    CHECK(format_percent(std::nan(""), en) == dash);
    CHECK(format_percent(std::numeric_limits<double>::infinity(), fr) == dash);
}

TEST_CASE("format: a rate of 0.125 is 12.5% (French: 12,5 %)") {
    CHECK(format_percent(0.125, en) == "12.5%");
    CHECK(format_percent(0.125, zh) == "12.5%");
    CHECK(format_percent(0.125, ro) == "12,5%");
    CHECK(format_percent(0.125, fr) == "12,5" + nnbsp + "%");
    CHECK(format_percent(0.15, en, 0) == "15%");
    CHECK(format_percent(1, en, 0) == "100%");
    CHECK(format_percent(-0.08, en) == "-8.0%");
}

TEST_CASE("format money: $1,234.56 in English, symbol before the amount") {
    CHECK(format_money(money(123456, "USD"), en) == "$1,234.56");
    CHECK(format_money(money(5, "USD"), en) == "$0.05");
    CHECK(format_money(money(0, "USD"), en) == "$0.00");
}

TEST_CASE("format money: Chinese yuan as \u00A51,234.56") {
    CHECK(format_money(money(123456, "CNY"), zh) == "\u00A51,234.56");
}

TEST_CASE("format money: French euros as 1 234,56 \u20AC, symbol after a no-break space") {
    CHECK(format_money(money(123456, "EUR"), fr) == "1" + nnbsp + "234,56" + nbsp + "\u20AC");
}

TEST_CASE("format money: Romanian lei as 1.234,56 lei") {
    CHECK(format_money(money(123456, "RON"), ro) == "1.234,56" + nbsp + "lei");
}

TEST_CASE("format money: yen have no decimals") {
    CHECK(format_money(money(1234567, "JPY"), en) == "\u00A51,234,567");
}

TEST_CASE("format money: an unknown currency is written with its ISO code") {
    CHECK(format_money(money(100, "CHF"), en) == "CHF1.00");
}

TEST_CASE("format money: negative amounts put the minus sign first") {
    CHECK(format_money(money(-123456, "USD"), en) == "-$1,234.56");
    CHECK(format_money(money(-5, "USD"), en) == "-$0.05");
    CHECK(format_money(money(-123456, "EUR"), fr) == "-1" + nnbsp + "234,56" + nbsp + "\u20AC");
    CHECK(format_money(money(-123456, "RON"), ro) == "-1.234,56" + nbsp + "lei");
}

TEST_CASE("format money: the largest amounts keep every cent ($999,999,999,999,999.99)") {
    // 10^17 - 1 cents does not fit a double exactly; money is written from its integer digits.
    CHECK(format_money(money(max_minor_units - 1, "USD"), en) == "$999,999,999,999,999.99");
    CHECK(format_money(money(9'007'199'254'740'993LL, "USD"), en) == "$90,071,992,547,409.93");
    CHECK(format_money(money(std::numeric_limits<int64_t>::min(), "JPY"), en) ==
          "-\u00A59,223,372,036,854,775,808");
}

TEST_CASE("money as a plain decimal: 1234.56, -0.05, 0.00, and yen without a point") {
    CHECK(money_to_decimal(money(123456, "USD")) == "1234.56");
    CHECK(money_to_decimal(money(-5, "USD")) == "-0.05");
    CHECK(money_to_decimal(money(0, "USD")) == "0.00");
    CHECK(money_to_decimal(money(100, "USD")) == "1.00");
    CHECK(money_to_decimal(money(1234, "JPY")) == "1234");
    CHECK(money_to_decimal(money(max_minor_units, "USD")) == "1000000000000000.00");
}
