// Importing opportunities from CRM CSV exports: the CSV reader, column matching for Salesforce,
// HubSpot, Pipedrive, Zoho and Dynamics names, amounts and dates as each locale writes them,
// stages as won / lost / open, deals not known yet kept, bad rows reported and skipped.
#include <doctest/doctest.h>
#include <array>
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
                                        ImportField::Stage, ImportField::Probability, ImportField::CloseDate,
                                        ImportField::Owner});
}

TEST_CASE("columns: the public CRM sample's header maps without help, its id naming the deals") {
    auto c = guess_import_columns({"opportunity_id", "sales_agent", "product", "account", "deal_stage",
                                   "engage_date", "close_date", "close_value"});
    CHECK(c == std::vector<ImportField>{ImportField::Name, ImportField::Owner, ImportField::Product,
                                        ImportField::Account, ImportField::Stage, ImportField::CreatedDate,
                                        ImportField::CloseDate, ImportField::Amount});
}

TEST_CASE("columns: Pipedrive, Zoho and Dynamics export names; case, spaces, '_' and '-' ignored") {
    CHECK(guess_import_columns({"Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Stage",
                                "Deal - Expected close date", "Deal - Deal created", "Deal - Organization"}) ==
          std::vector<ImportField>{ImportField::Ignore, ImportField::Name, ImportField::Amount, ImportField::Currency,
                                   ImportField::Stage, ImportField::CloseDate, ImportField::CreatedDate,
                                   ImportField::Account});
    CHECK(guess_import_columns({"Deal Name", "Closing Date", "Created Time", "Probability (%)", "Deal Owner"}) ==
          std::vector<ImportField>{ImportField::Name, ImportField::CloseDate, ImportField::CreatedDate,
                                   ImportField::Probability, ImportField::Owner});
    CHECK(guess_import_columns({"Topic", "Potential Customer", "Est. Revenue", "Est. Close Date", "Created On",
                                "Sales Stage", "Status"}) ==
          std::vector<ImportField>{ImportField::Name, ImportField::Account, ImportField::Amount,
                                   ImportField::CloseDate, ImportField::CreatedDate, ImportField::Stage,
                                   ImportField::Ignore});
    CHECK(guess_import_columns({"CLOSE-DATE", "close_date"}) ==
          std::vector<ImportField>{ImportField::CloseDate, ImportField::Ignore});
    CHECK(guess_import_columns({}).empty());
}

TEST_CASE("columns: the user's choice moves a field to its column; a column is found by its header") {
    std::vector<ImportField> c = {ImportField::Name, ImportField::Amount, ImportField::Ignore};
    assign_import_column(c, 2, ImportField::Amount);
    CHECK(c == std::vector<ImportField>{ImportField::Name, ImportField::Ignore, ImportField::Amount});
    assign_import_column(c, 0, ImportField::Ignore);
    CHECK(c == std::vector<ImportField>{ImportField::Ignore, ImportField::Ignore, ImportField::Amount});
    assign_import_column(c, 9, ImportField::Name);   // no such column: nothing changes
    CHECK(c == std::vector<ImportField>{ImportField::Ignore, ImportField::Ignore, ImportField::Amount});
    CHECK(find_import_column({"Deal - Value", "Won"}, "deal value") == 0);
    CHECK(find_import_column({"Deal - Value"}, "Amount") == -1);
}

// [SECTION] Stages

TEST_CASE("stages: won and lost in English, French, Romanian and Chinese; everything else open") {
    const ImportSettings s = english();
    for (const char* won : {"Closed Won", "Won", "Closed-Won", "closedwon", "WON", "Gagn\xC3\xA9", "Conclu gagn\xC3\xA9",
                            "C\xC3\xA2\xC8\x99tigat", "\xE8\xB5\xA2\xE5\x8D\x95" /* 赢单 */,
                            "\xE6\x88\x90\xE4\xBA\xA4" /* 成交 */})
        CHECK_MESSAGE(stage_state(won, s) == DealState::Won, won);
    for (const char* lost : {"Closed Lost", "Lost", "closed_lost", "Perdu", "Pierdut",
                             "\xE8\xBE\x93\xE5\x8D\x95" /* 输单 */, "\xE4\xB8\xA2\xE5\x8D\x95" /* 丢单 */})
        CHECK_MESSAGE(stage_state(lost, s) == DealState::Lost, lost);
    for (const char* open : {"", "Engaging", "Prospecting", "Negotiation", "Won't buy", "Closed"})
        CHECK_MESSAGE(stage_state(open, s) == DealState::Open, open);
}

TEST_CASE("stages: the user's won and lost values come before the built-in words") {
    ImportSettings s = english();
    s.won_stages = {"Signed"};
    s.lost_stages = {"No decision", "Won"};   // a team whose "Won" column means something else
    CHECK(stage_state("signed", s) == DealState::Won);
    CHECK(stage_state("No-Decision", s) == DealState::Lost);
    CHECK(stage_state("Won", s) == DealState::Lost);
    CHECK(stage_state("Closed Won", s) == DealState::Won);
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
        "Undated,Stark,250,,,,\n"
        "Sure,Wayne,1,Lead,120,2025-01-01,Fa\n";
    auto r = import_deals_csv(csv, english());
    REQUIRE(r.ok());
    CHECK(r.value.rows == 8);
    REQUIRE(r.value.deals.size() == 4);
    const Deal& d = r.value.deals[0];
    CHECK(d.name == "Renewal 2025");
    CHECK(d.account == "Acme");
    CHECK(d.amount.minor == 12'500'00);
    CHECK(d.stage == "Negotiation");
    CHECK(d.close_date == CivilDate{2025, 6, 30});
    CHECK(d.owner == "Ana Pop");
    CHECK(d.probability == 80);
    CHECK_FALSE(d.reviewed);                         // no invented fund and competition
    CHECK(d.state == DealState::Open);
    CHECK(r.value.deals[1].name == "Line 3");        // no name: the line names it
    CHECK(r.value.deals[2].amount.minor == 250'00);
    CHECK_FALSE(r.value.deals[2].probability.has_value());
    CHECK(r.value.deals[3].name == "Undated");       // kept: no close date yet
    CHECK_FALSE(r.value.deals[3].close_date_known);
    REQUIRE(r.value.errors.size() == 4);
    CHECK(r.value.errors[0].line == 4);
    CHECK(r.value.errors[0].column == "Amount");
    CHECK(r.value.errors[1].column == "Close Date");
    CHECK(std::string(r.value.errors[2].reason) == "The amount is negative.");
    CHECK(r.value.errors[3].line == 9);
    CHECK(r.value.errors[3].column == "Probability (%)");
}

// The public sample's shape: won and lost rows with amounts and dates, an "Engaging" row with
// its engage date only, a "Prospecting" row with nothing but its id and account.
TEST_CASE("import: the public CRM sample: won, lost and open deals, the open ones kept without amount") {
    const char* csv =
        "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
        "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054\n"
        "Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Lost,2016-10-25,2017-03-11,0\n"
        "EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Engaging,2016-10-25,,\n"
        "6PEO3HHT,Anna Snelling,GTX Basic,,Prospecting,,,\n"
        "ZZZZZZZZ,,,,,,,\n";
    auto r = import_deals_csv(csv, english());
    REQUIRE(r.ok());
    CHECK(r.value.rows == 5);
    REQUIRE(r.value.deals.size() == 5);               // a row with only an id is a deal too
    CHECK(r.value.errors.empty());
    CHECK(r.value.by_state == std::array<int, 3>{3, 1, 1});
    const Deal& won = r.value.deals[0];
    CHECK(won.name == "1C1I7A6R");
    CHECK(won.state == DealState::Won);
    CHECK(won.amount.minor == 1054'00);
    CHECK(won.created == CivilDate{2016, 10, 20});
    CHECK(won.close_date == CivilDate{2017, 3, 1});
    CHECK(won.products == "GTX Plus Basic");
    CHECK(won.owner == "Moses Frase");
    CHECK(r.value.deals[1].state == DealState::Lost);
    const Deal& engaging = r.value.deals[2];
    CHECK(engaging.state == DealState::Open);
    CHECK_FALSE(engaging.amount_known);
    CHECK(engaging.amount.minor == 0);
    CHECK_FALSE(engaging.close_date_known);
    CHECK(engaging.created == CivilDate{2016, 10, 25});
    CHECK_FALSE(r.value.deals[3].created.has_value());
    CHECK(r.value.deals[4].name == "ZZZZZZZZ");
}

TEST_CASE("import: --won / --lost overrides decide stages the built-in words do not know") {
    ImportSettings s = english();
    s.won_stages = {"Signed"};
    s.lost_stages = {"Dead"};
    auto r = import_deals_csv("Deal Name,Stage,Amount,Close Date\nA,Signed,1,2025-01-01\nB,Dead,2,2025-01-01\n"
                              "C,Won,3,2025-01-01\nD,Qualify,4,2025-01-01\n", s);
    REQUIRE(r.ok());
    CHECK(r.value.by_state == std::array<int, 3>{1, 2, 1});
    CHECK(r.value.deals[1].state == DealState::Lost);
}

TEST_CASE("import: rows that cannot be a deal: empty, another currency, an unreadable created date") {
    auto r = import_deals_csv("Deal Name,Amount,Currency,Close Date,Created Date\n"
                              ",,,,\n"
                              "Euro deal,10,EUR,2025-01-01,\n"
                              "Odd,10,USD,2025-01-01,yesterday\n"
                              "Fine,10,,2025-01-01,2024-12-01\n"
                              "Lower case,10, usd,2025-01-01,\n", english());
    REQUIRE(r.ok());
    REQUIRE(r.value.deals.size() == 2);
    CHECK(r.value.deals[0].name == "Fine");
    CHECK(r.value.deals[0].created == CivilDate{2024, 12, 1});
    REQUIRE(r.value.errors.size() == 3);
    CHECK(std::string(r.value.errors[0].reason) == "The row holds nothing for a deal.");
    CHECK(r.value.errors[1].column == "Currency");
    CHECK(r.value.errors[2].column == "Created Date");
}

TEST_CASE("import: a huge amount is refused; one at the deal limit imports") {
    // The deal limit is 1,000,000,000 major units (max_deal_minor_units).
    auto r = import_deals_csv("Deal Name,Amount,Close Date\nTop,1000000000,2025-01-01\n"
                              "Over,1000000000.01,2025-01-01\nHuge,99999999999999999,2025-01-01\n", english());
    REQUIRE(r.ok());
    REQUIRE(r.value.deals.size() == 1);
    CHECK(r.value.deals[0].amount.minor == max_deal_minor_units);
    REQUIRE(r.value.errors.size() == 2);
    CHECK(std::string(r.value.errors[0].reason) == "The amount is too large.");
    CHECK(std::string(r.value.errors[1].reason) == "The amount is too large.");
}

TEST_CASE("probability: whole percents, a percent sign, or a fraction with a decimal mark") {
    CHECK(parse_probability("80", '.').value == 80);
    CHECK(parse_probability("80 %", '.').value == 80);
    CHECK(parse_probability("0.8", '.').value == 80);     // HubSpot writes fractions
    CHECK(parse_probability("0,25", ',').value == 25);
    CHECK(parse_probability("1", '.').value == 1);        // no decimal mark: 1 %
    CHECK(parse_probability("1.0", '.').value == 100);
    CHECK(parse_probability("12.5", '.').value == 13);    // halves round up
    CHECK(parse_probability("0", '.').value == 0);
    CHECK(std::string(parse_probability("120", '.').problem.code) == "probability_out_of_range");
    CHECK(std::string(parse_probability("-5", '.').problem.code) == "probability_out_of_range");
    CHECK(std::string(parse_probability("high", '.').problem.code) == "probability_not_a_number");
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
    auto unknown = import_deals_csv("Foo,Bar\n1,2\n", english());
    CHECK(std::string(unknown.problem.code) == "no_amount_column");
    // The header and the mapping tried stay, for the user to map the columns.
    CHECK(unknown.value.header == std::vector<std::string>{"Foo", "Bar"});
    CHECK(unknown.value.columns == std::vector<ImportField>{ImportField::Ignore, ImportField::Ignore});
    CHECK(std::string(import_deals_csv("Deal Name,Stage\nx,y\n", english()).problem.code) == "no_amount_column");
    CHECK(std::string(import_deals_csv("Deal Name,Amount\nx,1\n", english()).problem.code) == "no_close_date_column");
    // A header and no rows: nothing to refuse, nothing imported.
    auto header_only = import_deals_csv("Deal Name,Amount,Close Date\n", english());
    REQUIRE(header_only.ok());
    CHECK(header_only.value.rows == 0);
    CHECK(header_only.value.deals.empty());
}

TEST_CASE("import: a row with too few fields is a deal with what it has; an unclosed quote stops the import") {
    auto r = import_deals_csv("Deal Name,Amount,Close Date\nShort\nGood,10,2025-01-31\n\"Open,5\nMore,6\n", english());
    REQUIRE(r.ok());
    REQUIRE(r.value.deals.size() == 2);
    CHECK(r.value.deals[0].name == "Short");
    CHECK_FALSE(r.value.deals[0].amount_known);
    REQUIRE(r.value.errors.size() == 1);
    CHECK(r.value.errors[0].line == 4);
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
