// Importing opportunities from CRM CSV exports: the CSV reader, column matching for Salesforce
// and HubSpot names, amounts and dates as each locale writes them, bad rows reported and skipped.
#include <doctest/doctest.h>
#include <cstdio>
#include <string>
#include "core/crm_import.h"
#include "core/csv.h"

using namespace quotient;

namespace {

const Currency usd = currency_from_code("USD");

ImportSettings english() { return import_settings_for(LocaleId::en_US, usd); }

std::vector<std::string> record(CsvReader& r) {
    REQUIRE(next_csv_record(r));
    return {r.fields.begin(), r.fields.end()};
}

} // namespace

// [SECTION] CSV reader

TEST_CASE("csv: quoted fields keep commas, quotes and line breaks; CRLF and a BOM are handled") {
    CsvReader r = csv_reader("\xEF\xBB\xBFName,Note\r\n\"Acme, Inc.\",\"He said \"\"yes\"\"\"\r\n\"two\nlines\",x\r\n");
    CHECK(record(r) == std::vector<std::string>{"Name", "Note"});
    CHECK(record(r) == std::vector<std::string>{"Acme, Inc.", "He said \"yes\""});
    CHECK(record(r) == std::vector<std::string>{"two\nlines", "x"});
    CHECK(r.record_line == 3);
    CHECK_FALSE(next_csv_record(r));
}

TEST_CASE("csv: the separator is detected from the header: comma, semicolon or tab") {
    CHECK(detect_csv_separator("a,b,c\n1;2;3") == ',');
    CHECK(detect_csv_separator("a;b;c\n1,5;2;3") == ';');
    CHECK(detect_csv_separator("a\tb\tc\n") == '\t');
    CHECK(detect_csv_separator("\"x;y\",b\n") == ',');
}

TEST_CASE("csv: empty fields, a missing final line break and blank lines") {
    CsvReader r = csv_reader("a,,c\n\n\n1,2,");
    CHECK(record(r) == std::vector<std::string>{"a", "", "c"});
    CHECK(record(r) == std::vector<std::string>{"1", "2", ""});
    CHECK(r.record_line == 4);
    CHECK_FALSE(next_csv_record(r));
}

TEST_CASE("csv: a quote never closed is flagged, not read past the end") {
    CsvReader r = csv_reader("a,b\n\"open,1\n");
    record(r);
    REQUIRE(next_csv_record(r));
    CHECK(r.unterminated_quote);
}

// [SECTION] Columns

TEST_CASE("columns: Salesforce export names map to deal fields") {
    auto c = guess_import_columns({"Opportunity Name", "Account Name", "Amount", "Stage", "Probability (%)",
                                   "Close Date", "Opportunity Owner"});
    CHECK(c == std::vector<ImportField>{ImportField::Name, ImportField::Account, ImportField::Amount,
                                        ImportField::Stage, ImportField::Ignore, ImportField::CloseDate,
                                        ImportField::Owner});
}

TEST_CASE("columns: HubSpot export names map to deal fields") {
    auto c = guess_import_columns({"Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner", "Pipeline"});
    CHECK(c == std::vector<ImportField>{ImportField::Name, ImportField::Stage, ImportField::Amount,
                                        ImportField::CloseDate, ImportField::Owner, ImportField::Ignore});
}

TEST_CASE("columns: a field goes to the first matching column only") {
    auto c = guess_import_columns({"Amount", "amount "});
    CHECK(c == std::vector<ImportField>{ImportField::Amount, ImportField::Ignore});
}

// [SECTION] Amounts and dates

TEST_CASE("amounts: English, French and Romanian ways of writing 1234.56") {
    CHECK(parse_amount("1,234.56", '.').value == 1234.56);
    CHECK(parse_amount("$1,234.56", '.').value == 1234.56);
    CHECK(parse_amount("1\xE2\x80\xAF" "234,56\xC2\xA0\xE2\x82\xAC", ',').value == 1234.56);   // 1 234,56 €
    CHECK(parse_amount("1.234,56 lei", ',').value == 1234.56);
    CHECK(parse_amount("1234", ',').value == 1234);
    CHECK(parse_amount("1.234", ',').value == 1234);      // thousands separator in a French file
    CHECK(parse_amount("12,5", '.').value == 12.5);       // a decimal comma in an English file
    CHECK(parse_amount("1,234", '.').value == 1234);
    CHECK(parse_amount("(120.00)", '.').value == -120);
    CHECK(parse_amount("-120", '.').value == -120);
}

TEST_CASE("amounts: text without digits or with two decimal marks is not a number") {
    CHECK_FALSE(parse_amount("n/a", '.').ok());
    CHECK_FALSE(parse_amount("", '.').ok());
    CHECK_FALSE(parse_amount("1.2.3,4,5", '.').ok());
    CHECK_FALSE(parse_amount("0.0000000000000000001", '.').ok());      // more decimals than we keep
    CHECK_FALSE(parse_amount("12345678901234567890", '.').ok());       // more digits than int64 holds
    CHECK(parse_amount("999999999999.99", '.').value == 999999999999.99);
}

TEST_CASE("dates: ISO always; day or month first by the locale unless the numbers decide") {
    CHECK(parse_import_date("2025-03-31", DateOrder::MonthDayYear).value == CivilDate{2025, 3, 31});
    CHECK(parse_import_date("2025-03-31T10:00:00Z", DateOrder::MonthDayYear).value == CivilDate{2025, 3, 31});
    CHECK(parse_import_date("03/04/2025", DateOrder::MonthDayYear).value == CivilDate{2025, 3, 4});
    CHECK(parse_import_date("03/04/2025", DateOrder::DayMonthYear).value == CivilDate{2025, 4, 3});
    CHECK(parse_import_date("31/03/2025", DateOrder::MonthDayYear).value == CivilDate{2025, 3, 31});
    CHECK(parse_import_date("31.03.2025", DateOrder::DayMonthYear).value == CivilDate{2025, 3, 31});
    CHECK(parse_import_date("2025/03/31", DateOrder::DayMonthYear).value == CivilDate{2025, 3, 31});
}

TEST_CASE("dates: impossible days, two-digit years and words are refused") {
    CHECK_FALSE(parse_import_date("2023-02-29", DateOrder::DayMonthYear).ok());
    CHECK_FALSE(parse_import_date("31/04/2025", DateOrder::DayMonthYear).ok());
    CHECK_FALSE(parse_import_date("03/04/25", DateOrder::DayMonthYear).ok());
    CHECK_FALSE(parse_import_date("next week", DateOrder::DayMonthYear).ok());
    CHECK_FALSE(parse_import_date("2025-03-31x", DateOrder::DayMonthYear).ok());
}

// [SECTION] Importing

TEST_CASE("import: a Salesforce export becomes deals; bad rows are reported with line and reason") {
    const char* csv =
        "Opportunity Name,Account Name,Amount,Stage,Probability (%),Close Date,Opportunity Owner\n"
        "Renewal 2025,Acme,\"12,500.00\",Negotiation,80,2025-06-30,Ana Pop\n"
        ",NoName Ltd,100,Lead,10,2025-01-01,Bo\n"
        "Big one,Globex,lots,Proposal,50,2025-02-01,Cy\n"
        "Dated,Initech,300,Lead,10,31/02/2025,Di\n"
        "Negative,Umbrella,-5,Lead,10,2025-01-01,Ed\n"
        "Plain,Hooli,250,,,2025-05-05,\n"
        "Undated,Stark,250,,,,\n";
    auto r = import_deals_csv(csv, english());
    REQUIRE(r.ok());
    CHECK(r.value.rows == 7);
    REQUIRE(r.value.deals.size() == 2);
    const Deal& d = r.value.deals[0];
    CHECK(d.name == "Renewal 2025");
    CHECK(d.account == "Acme");
    CHECK(d.amount.minor == 12'500'00);
    CHECK(d.stage == "Negotiation");
    CHECK(d.close_date == CivilDate{2025, 6, 30});
    CHECK(d.owner == "Ana Pop");
    CHECK(r.value.deals[1].amount.minor == 250'00);
    REQUIRE(r.value.errors.size() == 5);
    CHECK(r.value.errors[0].line == 3);
    CHECK(r.value.errors[0].column == "Opportunity Name");
    CHECK(r.value.errors[1].line == 4);
    CHECK(r.value.errors[1].column == "Amount");
    CHECK(r.value.errors[2].column == "Close Date");
    CHECK(std::string(r.value.errors[3].reason) == "The amount is negative.");
    CHECK(std::string(r.value.errors[4].reason) == "The close date is missing.");
}

TEST_CASE("import: a French HubSpot export with semicolons, decimal commas and day-first dates") {
    const char* csv = "\xEF\xBB\xBF" "Deal Name;Deal Stage;Amount;Close Date;Deal owner\r\n"
                      "Contrat cadre;N\xC3\xA9gociation;1 234,56;31/03/2025;Zo\xC3\xA9\r\n";
    auto r = import_deals_csv(csv, import_settings_for(LocaleId::fr_FR, currency_from_code("EUR")));
    REQUIRE(r.ok());
    REQUIRE(r.value.deals.size() == 1);
    CHECK(r.value.deals[0].amount.minor == 123456);
    CHECK(std::string(r.value.deals[0].amount.currency.code) == "EUR");
    CHECK(r.value.deals[0].close_date == CivilDate{2025, 3, 31});
    CHECK(r.value.deals[0].stage == "N\xC3\xA9gociation");
}

TEST_CASE("import: files with nothing to import fail as a whole, with a reason") {
    CHECK(std::string(import_deals_csv("", english()).problem.code) == "empty_file");
    CHECK(std::string(import_deals_csv("Foo,Bar\n1,2\n", english()).problem.code) == "no_name_column");
    CHECK(std::string(import_deals_csv("Deal Name,Stage\nx,y\n", english()).problem.code) == "no_amount_column");
    CHECK(std::string(import_deals_csv("Deal Name,Amount\nx,1\n", english()).problem.code) == "no_close_date_column");
}

TEST_CASE("import: a row with too few fields is reported, an unclosed quote stops the import") {
    auto r = import_deals_csv("Deal Name,Amount,Close Date\nShort\nGood,10,2025-01-31\n\"Open,5\nMore,6\n", english());
    REQUIRE(r.ok());
    CHECK(r.value.deals.size() == 1);
    REQUIRE(r.value.errors.size() == 2);
    CHECK(r.value.errors[0].line == 2);
    CHECK(r.value.errors[1].line == 4);
}

TEST_CASE("import: a column mapping chosen by the user replaces the guess") {
    ImportSettings s = english();
    s.columns = {ImportField::Amount, ImportField::Name, ImportField::CloseDate};
    auto r = import_deals_csv("x,y,z\n10,Alpha,2025-12-01\n", s);
    REQUIRE(r.ok());
    REQUIRE(r.value.deals.size() == 1);
    CHECK(r.value.deals[0].name == "Alpha");
    CHECK(r.value.deals[0].amount.minor == 1000);
}

TEST_CASE("import: 100,000 generated rows all import, to the cent") {
    std::string csv = "Opportunity Name,Account Name,Amount,Stage,Close Date,Owner\n";
    int64_t expected = 0;
    char line[160];
    for (int i = 0; i < 100000; ++i) {
        const long long cents = 100000 + (i * 7919LL) % 9000000;
        expected += cents;
        std::snprintf(line, sizeof line, "Deal %d,\"Account, %d\",%lld.%02lld,Opportunity,2025-%02d-%02d,Rep %d\n", i,
                      i % 977, cents / 100, cents % 100, 1 + i % 12, 1 + i % 28, i % 50);
        csv += line;
    }
    auto r = import_deals_csv(csv, english());
    REQUIRE(r.ok());
    CHECK(r.value.rows == 100000);
    CHECK(r.value.errors.empty());
    REQUIRE(r.value.deals.size() == 100000);
    int64_t total = 0;
    for (const Deal& d : r.value.deals) total += d.amount.minor;
    CHECK(total == expected);
    CHECK(r.value.deals[99999].account == "Account, " + std::to_string(99999 % 977));
}

TEST_CASE("import: the apostrophe a spreadsheet export puts before formula-like text is taken off") {
    Outcome<ImportResult> r = import_deals_csv("Opportunity Name,Account Name,Amount,Close Date\n"
                                               "'=HYPERLINK(1),'@corp,10,2026-01-01\n"
                                               "'quoted,'-,20,2026-01-01\n",
                                               english());
    REQUIRE(r.ok());
    REQUIRE(r.value.deals.size() == 2);
    CHECK(r.value.deals[0].name == "=HYPERLINK(1)");
    CHECK(r.value.deals[0].account == "@corp");
    CHECK(r.value.deals[1].name == "'quoted");      // an apostrophe before plain text is the text's own
    CHECK(r.value.deals[1].account == "-");
}
