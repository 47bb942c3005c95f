// Closed deals from a CSV export for commission statements: one row per deal and rep, rows of a
// split deal sharing an id; every way a file is refused names its line and column.
#include <doctest/doctest.h>
#include <string>
#include "core/commission_csv.h"

using namespace quotient;

namespace {
const Currency usd = currency_from_code("USD");

void check_problem(const char* csv, const char* code, const char* field) {
    auto r = deals_from_csv(csv, usd);
    CHECK_FALSE(r.ok());
    REQUIRE(r.problem.code != nullptr);
    CHECK(std::string(r.problem.code) == code);
    CHECK(r.problem.field == field);
}
} // namespace

TEST_CASE("CSV: a deal split three ways over three rows is one deal with three shares") {
    auto r = deals_from_csv("id,close_date,amount,rep,share\n"
                            "D1,2024-01-15,100000,ana,0.3333\n"
                            "D1,2024-01-15,100000,ben,0.3333\n"
                            "D1,2024-01-15,100000,cai,0.3334\n"
                            "D2,2024-02-01,5000.50,ana,\n",
                            usd);
    REQUIRE(r.ok());
    REQUIRE(r.value.size() == 2);
    const ClosedDeal& d1 = r.value[0];
    CHECK(d1.id == "D1");
    CHECK(d1.close_date == CivilDate{2024, 1, 15});
    CHECK(d1.amount.minor == 10'000'000);
    REQUIRE(d1.splits.size() == 3);
    CHECK(d1.splits[2].rep == "cai");
    CHECK(d1.splits[2].share == doctest::Approx(0.3334));
    CHECK(r.value[1].amount.minor == 500'050);
    CHECK(r.value[1].splits[0].share == 1.0);   // an empty share is the whole deal
    CHECK(validate_deals(r.value, usd).code == nullptr);
}

TEST_CASE("CSV: every optional column, quoted fields, any column order and letter case, CRLF") {
    auto r = deals_from_csv("Rep,ID,Amount,Close_Date,Margin,Years,New_Logo,Product,Churn_Date\r\n"
                            "ana,\"Acme, Inc. \"\"EU\"\"\",\"1,250.00\",2024-03-20,500,2,yes,Hardware,2024-05-10\r\n"
                            "\r\n"
                            "ana,Globex,300,03/21/2024,0,1,0,,\r\n",
                            usd);
    REQUIRE(r.ok());
    REQUIRE(r.value.size() == 2);
    const ClosedDeal& a = r.value[0];
    CHECK(a.id == "Acme, Inc. \"EU\"");
    CHECK(a.amount.minor == 125'000);
    CHECK(a.margin.minor == 50'000);
    CHECK(a.contract_years == 2);
    CHECK(a.new_logo);
    CHECK(a.product == "Hardware");
    CHECK(a.churned);
    CHECK(a.churn_date == CivilDate{2024, 5, 10});
    const ClosedDeal& g = r.value[1];
    CHECK(g.close_date == CivilDate{2024, 3, 21});   // month first, as US exports write it
    CHECK_FALSE(g.new_logo);
    CHECK_FALSE(g.churned);
}

TEST_CASE("CSV: refused headers: empty file, unknown, duplicate or missing columns") {
    check_problem("", "csv_empty", "csv");
    check_problem("id,close_date,amount,rep,owner\n", "csv_unknown_column", "csv[1].owner");
    check_problem("id,close_date,amount,rep,Amount\n", "csv_duplicate_column", "csv[1].amount");
    check_problem("id,close_date,rep\nD1,2024-01-01,ana\n", "csv_missing_column", "csv[1].amount");
}

TEST_CASE("CSV: refused rows name their line and column") {
    check_problem("id,close_date,amount,rep\nD1,2024-01-01,100\n", "csv_field_count", "csv[2]");
    check_problem("id,close_date,amount,rep\nD1,2024-01-01,,ana\n", "missing_field", "csv[2].amount");
    check_problem("id,close_date,amount,rep\nD1,2024-01-01,100,ana\nD2,someday,100,ana\n", "invalid_date",
                  "csv[3].close_date");
    check_problem("id,close_date,amount,rep\nD1,2024-01-01,none,ana\n", "amount_not_a_number", "csv[2].amount");
    check_problem("id,close_date,amount,rep,years\nD1,2024-01-01,100,ana,1.5\n", "wrong_type", "csv[2].years");
    check_problem("id,close_date,amount,rep,new_logo\nD1,2024-01-01,100,ana,maybe\n", "wrong_type", "csv[2].new_logo");
    check_problem("id,close_date,amount,rep\nD1,2024-01-01,100,\"ana\n", "csv_quote", "csv[2]");
}

TEST_CASE("CSV: rows of one deal must agree on everything but the rep and the share") {
    check_problem("id,close_date,amount,rep,share\nD1,2024-01-01,100,ana,0.5\nD1,2024-01-01,200,ben,0.5\n",
                  "csv_split_mismatch", "csv[3].id");
}

TEST_CASE("CSV: shares that do not total 100% are left to validate_deals, which names the deal") {
    auto r =
        deals_from_csv("id,close_date,amount,rep,share\nD1,2024-01-01,100,ana,0.5\nD1,2024-01-01,100,ben,0.4\n", usd);
    REQUIRE(r.ok());
    Problem p = validate_deals(r.value, usd);
    REQUIRE(p.code != nullptr);
    CHECK(std::string(p.code) == "splits_not_100");
    CHECK(p.field == "deals[0].splits");
}

TEST_CASE("CSV: a header alone is no deals, not an error") {
    auto r = deals_from_csv("id,close_date,amount,rep\n", usd);
    REQUIRE(r.ok());
    CHECK(r.value.empty());
}
