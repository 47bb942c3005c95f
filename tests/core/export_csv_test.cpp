// CSV exports: RFC 4180 quoting, the byte order mark and CRLF, the formula-injection guard on text
// (never on numbers), each locale's separator and decimal mark, the pipeline file read back by
// Quotient's own CRM importer, and the commission statement adding up to its total payout.
#include <doctest/doctest.h>
#include <string>
#include <vector>
#include "core/commission_statement.h"
#include "core/crm_import.h"
#include "core/csv.h"
#include "core/export_csv.h"
#include "core/scenario.h"

using namespace quotient;

namespace {

const Currency usd = currency_from_code("USD");
const std::string bom = "\xEF\xBB\xBF";

using Records = std::vector<std::vector<std::string>>;

// The file read back with the importer's own CSV reader.
Records read_csv(std::string_view text) {
    Records out;
    CsvReader r = csv_reader(text);
    while (next_csv_record(r)) out.emplace_back(r.fields.begin(), r.fields.end());
    CHECK_FALSE(r.unterminated_quote);
    return out;
}

size_t column(const std::vector<std::string>& header, const char* name) {
    for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    FAIL("no column " << name);
    return 0;
}

Deal deal(const char* name, int64_t cents, const char* stage = "Opportunity") {
    Deal d;
    d.name = name;
    d.account = "Acme";
    d.owner = "Dana Reyes";
    d.amount = Money{cents, usd};
    d.stage = stage;
    d.close_date = {2027, 3, 31};
    return d;
}

std::string pipeline_text(const std::vector<Deal>& deals, LocaleId locale = LocaleId::en_US) {
    const Scenario defaults;
    auto csv = pipeline_csv(defaults.funnel, deals, pipeline_settings(defaults), csv_style_for(locale));
    REQUIRE(csv.ok());
    return csv.value;
}

} // namespace

// [SECTION] Writing CSV

TEST_CASE("csv export: a byte order mark first, CRLF after every record, quotes only where needed") {
    CsvWriter w = csv_writer(csv_style_for(LocaleId::en_US));
    csv_text(w, "plain");
    csv_text(w, "Acme, Inc.");
    csv_text(w, "He said \"yes\"");
    csv_text(w, "two\nlines");
    csv_text(w, "");
    csv_end_record(w);
    csv_value(w, "1");
    csv_end_record(w);
    CHECK(w.text == bom + "plain,\"Acme, Inc.\",\"He said \"\"yes\"\"\",\"two\nlines\",\r\n1\r\n");
}

TEST_CASE("csv export: text that a spreadsheet would run as a formula gets an apostrophe; numbers do not") {
    CsvWriter w = csv_writer(csv_style_for(LocaleId::en_US));
    for (const char* t : {"=SUM(A1:A2)", "+1", "-12.50", "@cmd", "\tx", "\rx", "a=b", "'quoted"}) csv_text(w, t);
    csv_end_record(w);
    CHECK(w.text == bom + "'=SUM(A1:A2),'+1,'-12.50,'@cmd,'\tx,\"'\rx\",a=b,'quoted\r\n");

    // A guarded field that also needs quotes keeps the apostrophe inside them.
    CsvWriter g = csv_writer(csv_style_for(LocaleId::en_US));
    csv_text(g, "=SUM(A1,A2)");
    CHECK(g.text == bom + "\"'=SUM(A1,A2)\"");

    // An amount Quotient writes is a value: a minus sign stays a minus sign.
    CsvWriter v = csv_writer(csv_style_for(LocaleId::en_US));
    csv_value(v, csv_amount(Money{-1250, usd}, v.style));
    CHECK(v.text == bom + "-12.50");
}

TEST_CASE("csv export: a deal named with a comma, a quote, a line break or a formula reads back as written") {
    const std::vector<Deal> deals = {deal("Acme, Inc.", 100), deal("The \"big\" one", 100), deal("two\r\nlines", 100),
                                     deal("=SUM(A1:A9)", 100)};
    const std::string text = pipeline_text(deals);
    CHECK(text.find("\"Acme, Inc.\"") != std::string::npos);
    CHECK(text.find("\"The \"\"big\"\" one\"") != std::string::npos);
    CHECK(text.find("\"two\r\nlines\"") != std::string::npos);
    CHECK(text.find("\r\n'=SUM(A1:A9),") != std::string::npos);

    const Records rows = read_csv(text);
    REQUIRE(rows.size() == 5);
    CHECK(rows[1][0] == "Acme, Inc.");
    CHECK(rows[2][0] == "The \"big\" one");
    CHECK(rows[3][0] == "two\r\nlines");
    CHECK(rows[4][0] == "'=SUM(A1:A9)");
}

TEST_CASE("csv export: locale styles, Excel's separator and decimal mark") {
    CHECK(csv_style_for(LocaleId::en_US).separator == ',');
    CHECK(csv_style_for(LocaleId::zh_CN).separator == ',');
    CHECK(csv_style_for(LocaleId::zh_CN).decimal_point == '.');
    CHECK(csv_style_for(LocaleId::fr_FR).separator == ';');
    CHECK(csv_style_for(LocaleId::ro_RO).separator == ';');
    CHECK(csv_style_for(LocaleId::ro_RO).decimal_point == ',');

    const CsvStyle fr = csv_style_for(LocaleId::fr_FR);
    CHECK(csv_amount(Money{123456, usd}, fr) == "1234,56");
    CHECK(csv_amount(Money{-5, usd}, fr) == "-0,05");
    CHECK(csv_amount(Money{123456789, usd}, fr) == "1234567,89");   // no thousands separator
    CHECK(csv_amount(Money{1234, currency_from_code("JPY")}, fr) == "1234");
    CHECK(csv_percent(0.125, fr) == "12,5");
    CHECK(csv_percent(0.25, fr) == "25");
    CHECK(csv_percent(15, csv_style_for(LocaleId::en_US)) == "1500");
}

// [SECTION] Pipeline

TEST_CASE("csv export: the fr-FR pipeline separates with ';' and writes 1234,56") {
    const std::string text = pipeline_text({deal("Contrat cadre, phase 2", 123456)}, LocaleId::fr_FR);
    const std::string header = "Opportunity Name;Account Name;Opportunity Owner;Stage;State;Amount;Currency;Close Date;";
    CHECK(text.rfind(bom + header, 0) == 0);
    // The comma in the name needs no quotes when ';' separates.
    CHECK(text.find("\r\nContrat cadre, phase 2;Acme;Dana Reyes;Opportunity;open;1234,56;USD;2027-03-31;") !=
          std::string::npos);
}

TEST_CASE("csv export: the pipeline's figures are evaluate_pipeline's") {
    const Scenario s;
    auto result = evaluate_pipeline(s.deals, s.funnel, pipeline_settings(s));
    REQUIRE(result.ok());
    const Records rows = read_csv(pipeline_text(s.deals));
    REQUIRE(rows.size() == s.deals.size() + 1);
    const std::vector<std::string>& h = rows[0];
    CHECK(h.size() == 15);
    const CsvStyle en = csv_style_for(LocaleId::en_US);
    for (size_t i = 0; i < s.deals.size(); ++i) {
        const DealResult& r = result.value.deals[i];
        const std::vector<std::string>& row = rows[i + 1];
        REQUIRE(row.size() == h.size());
        CHECK(row[column(h, "Currency")] == "USD");
        CHECK(row[column(h, "State")] == enum_id(deal_state_ids, s.deals[i].state));
        CHECK(row[column(h, "Fund %")] == std::to_string(s.deals[i].fund));
        CHECK(row[column(h, "Competition %")] == std::to_string(s.deals[i].competition));
        CHECK(row[column(h, "Placement")] == placement_name(r.placement));
        CHECK(row[column(h, "Expected Value")] == csv_amount(r.expected, en));
        CHECK(row[column(h, "Win Rate %")] == csv_percent(r.win_rate, en));
        CHECK(row[column(h, "Weighted Value")] == csv_amount(r.weighted, en));
    }
    // The sample's data-platform pilot has no coach and has not met its economic buyer.
    CHECK(rows[2][column(h, "Opportunity Name")] == "Data platform pilot");
    CHECK(rows[2][column(h, "Red Flags")] == "no_coach economic_buyer_not_met");
    CHECK(rows[3][column(h, "Red Flags")] == "");
}

TEST_CASE("csv export: an imported deal's unknowns are left empty, its placement 'Not reviewed'") {
    Deal d = deal("First call", 0);
    d.amount_known = false;
    d.close_date_known = false;
    d.reviewed = false;
    Deal won = deal("Signed", 500);
    won.state = DealState::Won;
    const Records rows = read_csv(pipeline_text({d, won}));
    const std::vector<std::string>& h = rows[0];
    CHECK(rows[1][column(h, "State")] == "open");
    CHECK(rows[1][column(h, "Amount")] == "");
    CHECK(rows[1][column(h, "Close Date")] == "");
    CHECK(rows[1][column(h, "Fund %")] == "");
    CHECK(rows[1][column(h, "Placement")] == "Not reviewed");
    CHECK(rows[1][column(h, "Red Flags")].find("no_amount no_close_date") != std::string::npos);
    CHECK(rows[2][column(h, "State")] == "won");
}

TEST_CASE("csv export: a deal whose stage is not in the funnel is flagged, with no weighted value") {
    const Records rows = read_csv(pipeline_text({deal("Lost stage", 100000, "Negotiation")}));
    const std::vector<std::string>& h = rows[0];
    CHECK(rows[1][column(h, "Weighted Value")] == "0.00");
    CHECK(rows[1][column(h, "Win Rate %")] == "0");
    CHECK(rows[1][column(h, "Red Flags")].find("stage_not_in_funnel") != std::string::npos);
}

TEST_CASE("csv export: the sample pipeline imports back through the CRM importer, in every locale") {
    const Scenario s;
    std::vector<Deal> deals = s.deals;
    // Beyond the sample's whole dollars: cents, and text that needs quoting in either style.
    Deal tricky = deal("Renewal; \"gold\", 2 years\nphase 2", 123456);
    tricky.account = "Société Générale, 上海";
    tricky.stage = "SQL";
    deals.push_back(tricky);
    // Written with the formula guard's apostrophe, read back without it.
    Deal formula = deal("=SUM(A1:A9)", 100);
    formula.owner = "-Ana-";
    deals.push_back(formula);
    for (const EnumId<LocaleId>& e : locale_ids) {
        const LocaleId locale = e.value;
        CAPTURE(e.id);
        auto imported = import_deals_csv(pipeline_text(deals, locale), import_settings_for(locale, usd));
        REQUIRE(imported.ok());
        CHECK(imported.value.errors.empty());
        CHECK(imported.value.rows == int(deals.size()));
        REQUIRE(imported.value.deals.size() == deals.size());
        for (size_t i = 0; i < deals.size(); ++i) {
            const Deal& in = deals[i];
            const Deal& out = imported.value.deals[i];
            CHECK(out.name == in.name);
            CHECK(out.account == in.account);
            CHECK(out.owner == in.owner);
            CHECK(out.stage == in.stage);
            CHECK(out.amount == in.amount);
            CHECK(out.close_date == in.close_date);
        }
    }
}

TEST_CASE("csv export: an empty pipeline is the header alone") {
    const std::string text = pipeline_text({});
    CHECK(text == bom +
                      "Opportunity Name,Account Name,Opportunity Owner,Stage,State,Amount,Currency,Close Date,Fund %,"
                      "Competition %,Placement,Expected Value,Win Rate %,Weighted Value,Red Flags\r\n");
    auto imported = import_deals_csv(text, import_settings_for(LocaleId::en_US, usd));
    REQUIRE(imported.ok());
    CHECK(imported.value.rows == 0);
}

TEST_CASE("csv export: an invalid pipeline fails with evaluate_pipeline's problem") {
    const Scenario s;
    std::vector<Deal> deals = {deal("Too sure", 100)};
    deals[0].fund = 150;
    auto expected = evaluate_pipeline(deals, s.funnel, pipeline_settings(s));
    REQUIRE_FALSE(expected.ok());
    auto csv = pipeline_csv(s.funnel, deals, pipeline_settings(s), csv_style_for(LocaleId::en_US));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.problem.code == std::string(expected.problem.code));
    CHECK(csv.problem.field == expected.problem.field);
}

// [SECTION] Commission statement

namespace {

// The statement statement_csv writes: the book's rep and period, nothing owed at the start.
Statement statement_of(const CommissionBook& book, int plan, LocaleId locale) {
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.draw_balance = Money{0, book.plans[size_t(plan)].currency};
    req.locale = locale_for(locale);
    auto s = build_statement(book.plans[size_t(plan)], book.deals, req);
    REQUIRE(s.ok());
    return s.value;
}

// Amount cells in minor units, read the way the importer reads amounts.
int64_t cents(const std::string& cell, const CsvStyle& style) {
    auto v = parse_amount(cell, style.decimal_point);
    REQUIRE(v.ok());
    auto m = to_minor_units(v.value * 100);
    REQUIRE(m.ok());
    return m.value;
}

} // namespace

TEST_CASE("csv export: the example statement has a row per line, and its total is the statement's") {
    const CommissionBook book = commission_example();
    for (int plan = 0; plan < int(book.plans.size()); ++plan) {
        for (LocaleId locale : {LocaleId::en_US, LocaleId::fr_FR}) {
            CAPTURE(plan);
            CAPTURE(enum_id(locale_ids, locale));
            const CsvStyle style = csv_style_for(locale);
            const Statement s = statement_of(book, plan, locale);
            REQUIRE_FALSE(s.lines.empty());
            auto csv = statement_csv(book, plan, style);
            REQUIRE(csv.ok());
            const Records rows = read_csv(csv.value);
            const std::vector<std::string>& h = rows[0];
            CHECK(h == std::vector<std::string>{"Rep", "Period Start", "Period End", "Row", "Deal", "Kind", "Source",
                                                "Credit", "Basis", "Rate %", "Formula", "Amount", "Currency"});
            const size_t row = column(h, "Row"), kind = column(h, "Kind"), amount = column(h, "Amount");

            size_t lines = 0;
            int64_t sum = 0;
            const std::vector<std::string>* total = nullptr;
            for (size_t r = 1; r < rows.size(); ++r) {
                REQUIRE(rows[r].size() == h.size());
                CHECK(rows[r][column(h, "Rep")] == "You");
                CHECK(rows[r][column(h, "Period Start")] == "2024-01-01");
                CHECK(rows[r][column(h, "Period End")] == "2024-03-31");
                if (rows[r][row] == "line") {
                    REQUIRE(lines < s.lines.size());
                    const StatementLine& l = s.lines[lines++];
                    CHECK(rows[r][kind] == line_kind_id(l.kind));
                    CHECK(rows[r][column(h, "Deal")] == (l.deal >= 0 ? book.deals[size_t(l.deal)].id : ""));
                    CHECK(rows[r][column(h, "Formula")] == l.formula);
                    CHECK(rows[r][column(h, "Rate %")] == csv_percent(l.rate, style));
                    CHECK(rows[r][amount] == csv_amount(l.amount, style));
                    sum += cents(rows[r][amount], style);
                }
                if (rows[r][row] == "total" && rows[r][kind] == "total_payout") total = &rows[r];
            }
            CHECK(lines == s.lines.size());
            REQUIRE(total);
            CHECK(cents((*total)[amount], style) == s.total_payout.minor);
            CHECK(sum == s.total_payout.minor);   // the line rows add up to the total by hand
            CHECK((*total)[column(h, "Currency")] == "USD");
        }
    }
}

TEST_CASE("csv export: statement clawbacks and draws: negative amounts stay numbers, draw lines have no deal") {
    CommissionBook book = commission_example();
    CommissionPlan& p = book.plans[0];
    p.clawback_days = 180;
    p.draw = Draw{DrawKind::NonRecoverable, Money{5'000'00, usd}};
    book.deals[0].close_date = {2023, 12, 15};     // closed last quarter, churned in this one
    book.deals[0].churned = true;
    book.deals[0].churn_date = {2024, 2, 1};
    book.deals.resize(1);                           // earnings below the guaranteed minimum
    const Statement s = statement_of(book, 0, LocaleId::en_US);
    auto csv = statement_csv(book, 0, csv_style_for(LocaleId::en_US));
    REQUIRE(csv.ok());
    const Records rows = read_csv(csv.value);
    const std::vector<std::string>& h = rows[0];
    bool clawback = false, guarantee = false;
    for (size_t r = 1; r < rows.size(); ++r) {
        if (rows[r][column(h, "Row")] != "line") continue;
        const std::string& k = rows[r][column(h, "Kind")];
        if (k == "clawback") {
            clawback = true;
            CHECK(rows[r][column(h, "Amount")][0] == '-');
            CHECK(rows[r][column(h, "Rate %")] == "-100");
        }
        if (k == "guarantee") {
            guarantee = true;
            CHECK(rows[r][column(h, "Deal")] == "");
            CHECK(rows[r][column(h, "Credit")] == "");
            CHECK(rows[r][column(h, "Rate %")] == "");
        }
    }
    CHECK(clawback);
    CHECK(guarantee);
    const std::string payout = ",total,,total_payout,,,,,," + csv_amount(s.total_payout,
                               csv_style_for(LocaleId::en_US));
    CHECK(csv.value.find(payout + ",USD\r\n") != std::string::npos);
}

TEST_CASE("csv export: a statement for a plan the book does not have, or an invalid one, fails") {
    CommissionBook book = commission_example();
    CHECK(statement_csv(book, 2, csv_style_for(LocaleId::en_US)).problem.code == std::string("plan_out_of_range"));
    CHECK(statement_csv(book, -1, csv_style_for(LocaleId::en_US)).problem.code == std::string("plan_out_of_range"));
    book.rep = "";
    CHECK(statement_csv(book, 0, csv_style_for(LocaleId::en_US)).problem.code == std::string("rep_missing"));
}
