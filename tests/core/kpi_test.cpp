// The KPIs of DOMAIN.md section 3: each published example exactly, the other KPIs worked by hand,
// every undefined case (zeros), bad input (negatives, 15 for 15%, NaN, amounts beyond 10^15) and
// the catalog's promises (shared inputs, no NaN or infinity ever).
#include <doctest/doctest.h>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>
#include "core/kpi.h"

using namespace quotient;

namespace {

const Locale en = locale_for(LocaleId::en_US);

KpiInputs inputs(std::initializer_list<std::pair<const char*, double>> values, const char* currency = "USD") {
    KpiInputs in;
    in.currency = currency_from_code(currency);
    for (const auto& [id, v] : values) in.values[id] = v;
    return in;
}

Outcome<KpiResult> eval(const char* id, const KpiInputs& in, const Locale& loc = en) {
    return evaluate_kpi(id, in, loc);
}

// "label = expression" of step i, as the card and the CLI write it.
std::string step(const KpiResult& r, size_t i) {
    REQUIRE(i < r.steps.size());
    return std::string(r.steps[i].label) + " = " + r.steps[i].expression;
}

void check_problem(const Outcome<KpiResult>& r, const char* code, const char* field) {
    CHECK_FALSE(r.ok());
    REQUIRE(r.problem.code != nullptr);
    CHECK(std::string(r.problem.code) == code);
    CHECK(r.problem.field == field);
    CHECK(std::strlen(r.problem.message) > 0);
    CHECK(r.value.steps.empty());
}

} // namespace

// [SECTION] Published examples (DOMAIN.md section 3)

TEST_CASE("CAC: 500,000 of sales and marketing spend / 50 new customers = 10,000") {
    auto r = eval("cac", inputs({{"sales_marketing_spend", 500'000}, {"new_customers", 50}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 10'000);
    CHECK(r.value.money.minor == 1'000'000);
    CHECK(std::strcmp(r.value.money.currency.code, "USD") == 0);
    CHECK(r.value.text == "$10,000.00");
    REQUIRE(r.value.steps.size() == 1);
    CHECK(step(r.value, 0) == "CAC = $500,000.00 / 50 = $10,000.00");
    CHECK(r.value.verdict == nullptr);
}

TEST_CASE("ACV: a 100,000 contract over 4 years = 25,000 a year") {
    auto r = eval("acv", inputs({{"total_contract_value", 100'000}, {"contract_years", 4}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 25'000);
    CHECK(r.value.money.minor == 2'500'000);
    CHECK(r.value.text == "$25,000.00");
    CHECK(step(r.value, 0) == "ACV = $100,000.00 / 4 = $25,000.00");
}

TEST_CASE("customer churn rate: 8 of 100 customers lost in a quarter = 8%") {
    auto r = eval("churn_rate", inputs({{"customers_lost", 8}, {"customers_at_start", 100}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.08);
    CHECK(r.value.text == "8%");
    CHECK(step(r.value, 0) == "Customer churn rate = 8 / 100 = 8%");
}

TEST_CASE("closing ratio: 5 won of 50 demos = 10%") {
    auto r = eval("closing_ratio", inputs({{"deals_won", 5}, {"opportunities_worked", 50}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.1);
    CHECK(r.value.text == "10%");
    CHECK(step(r.value, 0) == "Closing ratio = 5 / 50 = 10%");
}

TEST_CASE("conversion rate: 15 conversions of 100 visitors = 15%") {
    auto r = eval("conversion_rate", inputs({{"conversions", 15}, {"visitors", 100}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.15);
    CHECK(r.value.text == "15%");
    CHECK(step(r.value, 0) == "Conversion rate = 15 / 100 = 15%");
}

// DOMAIN.md calls this example "profit margin", but gross profit / revenue is a gross margin: the
// KPI keeps its id "profit_margin" (saved documents and the CLI use it) under a name that says so.
TEST_CASE("gross margin from gross profit (id profit_margin): 500 gross profit / 2,000 revenue = 25%") {
    auto r = eval("profit_margin", inputs({{"gross_profit", 500}, {"revenue", 2'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.25);
    CHECK(r.value.text == "25%");
    CHECK(step(r.value, 0) == "Gross margin = $500.00 / $2,000.00 = 25%");
    CHECK(std::string(find_kpi("profit_margin")->name) == "Gross margin from gross profit");
    // The same figure as gross margin from revenue and the cost of goods sold (2,000 - 1,500 = 500).
    CHECK(eval("gross_margin", inputs({{"revenue", 2'000}, {"cost_of_goods_sold", 1'500}})).value.value == 0.25);
}

TEST_CASE("commission (flat): a 100,000 sale x 15% = 15,000") {
    auto r = eval("commission_flat", inputs({{"sale_amount", 100'000}, {"commission_rate", 0.15}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 15'000);
    CHECK(r.value.money.minor == 1'500'000);
    CHECK(r.value.text == "$15,000.00");
    CHECK(step(r.value, 0) == "Commission = $100,000.00 \u00D7 15% = $15,000.00");
}

TEST_CASE("LTV vs CAC: 1,000 profit from a customer acquired for 1,500 is losing money (ratio 0.67)") {
    // A customer paying $100 a month at a 100% margin who leaves at 10% a month brings in
    // $100 / 10% = $1,000; one customer won for $1,500 of spend cost $1,500.
    auto r = eval("ltv_to_cac", inputs({{"arpa", 100}, {"gross_margin", 1}, {"monthly_churn_rate", 0.1},
                                        {"sales_marketing_spend", 1'500}, {"new_customers", 1}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == doctest::Approx(2.0 / 3.0).epsilon(1e-15));
    CHECK(r.value.text == "0.67\u00D7");
    REQUIRE(r.value.steps.size() == 3);
    CHECK(step(r.value, 0) == "LTV = $100.00 \u00D7 100% / 10% = $1,000.00");
    CHECK(step(r.value, 1) == "CAC = $1,500.00 / 1 = $1,500.00");
    CHECK(step(r.value, 2) == "LTV:CAC = $1,000.00 / $1,500.00 = 0.67\u00D7");
    REQUIRE(r.value.verdict != nullptr);
    CHECK(std::string(r.value.verdict).rfind("Losing money", 0) == 0);
}

// [SECTION] The other KPIs, worked by hand

TEST_CASE("win rate: 5 won and 20 lost = 20% (decided deals only)") {
    auto r = eval("win_rate", inputs({{"deals_won", 5}, {"deals_lost", 20}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.2);
    CHECK(step(r.value, 0) == "Win rate = 5 / (5 + 20) = 20%");
}

TEST_CASE("TCV: 20,000 a year for 3 years plus 5,000 one-time = 65,000") {
    auto r = eval("tcv", inputs({{"recurring_fees_per_year", 20'000}, {"contract_years", 3}, {"one_time_fees", 5'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 6'500'000);
    CHECK(step(r.value, 0) == "TCV = $20,000.00 \u00D7 3 + $5,000.00 = $65,000.00");
}

TEST_CASE("MRR: 100,000 + 10,000 new + 5,000 expansion - 2,000 contraction - 3,000 churned = 110,000") {
    auto r = eval("mrr", inputs({{"starting_mrr", 100'000}, {"new_mrr", 10'000}, {"expansion_mrr", 5'000},
                                 {"contraction_mrr", 2'000}, {"churned_mrr", 3'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 11'000'000);
    CHECK(step(r.value, 0) ==
          "MRR = $100,000.00 + $10,000.00 + $5,000.00 \u2212 $2,000.00 \u2212 $3,000.00 = $110,000.00");
}

TEST_CASE("ARR: MRR 110,000 x 12 = 1,320,000") {
    auto r = eval("arr", inputs({{"current_mrr", 110'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 1'320'000);
    CHECK(r.value.text == "$1,320,000.00");
}

TEST_CASE("ARPA: MRR 110,000 / 220 paying customers = 500") {
    auto r = eval("arpa", inputs({{"current_mrr", 110'000}, {"paying_customers", 220}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 50'000);
}

TEST_CASE("average deal size: 1,000,000 from 40 won deals = 25,000") {
    auto r = eval("average_deal_size", inputs({{"won_revenue", 1'000'000}, {"deals_won", 40}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 2'500'000);
}

TEST_CASE("quota attainment: 330,000 booked against a 300,000 quota = 110%") {
    auto r = eval("quota_attainment", inputs({{"bookings", 330'000}, {"quota", 300'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == doctest::Approx(1.1));
    CHECK(r.value.text == "110%");
}

TEST_CASE("retention rate: 8 of 100 lost leaves 92%, and churn + retention = 100%") {
    KpiInputs in = inputs({{"customers_lost", 8}, {"customers_at_start", 100}});
    auto r = eval("retention_rate", in);
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.92);
    CHECK(step(r.value, 0) == "Customer retention rate = (100 \u2212 8) / 100 = 92%");
    CHECK(r.value.value + eval("churn_rate", in).value.value == doctest::Approx(1.0));
}

TEST_CASE("NRR 105% and GRR 95%: 100,000 start, 10,000 expansion, 2,000 contraction, 3,000 churned") {
    KpiInputs in = inputs({{"starting_mrr", 100'000}, {"expansion_mrr", 10'000}, {"contraction_mrr", 2'000},
                           {"churned_mrr", 3'000}});
    auto nrr = eval("nrr", in);
    REQUIRE(nrr.ok());
    CHECK(nrr.value.value == 1.05);
    CHECK(nrr.value.text == "105%");
    auto grr = eval("grr", in);
    REQUIRE(grr.ok());
    CHECK(grr.value.value == 0.95);
}

TEST_CASE("LTV: ARPA 100 x 70% gross margin / 2% monthly churn = 3,500") {
    auto r = eval("ltv", inputs({{"arpa", 100}, {"gross_margin", 0.7}, {"monthly_churn_rate", 0.02}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 350'000);
    CHECK(step(r.value, 0) == "LTV = $100.00 \u00D7 70% / 2% = $3,500.00");
}

TEST_CASE("discounted LTV: 100 x 70% / (2% churn + 1% discount) = 2,333.33, the sum of the monthly margins") {
    auto r = eval("ltv_discounted", inputs({{"arpa", 100}, {"gross_margin", 0.7}, {"monthly_churn_rate", 0.02},
                                            {"monthly_discount_rate", 0.01}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 233'333);
    CHECK(step(r.value, 0) == "Discounted LTV = $100.00 \u00D7 70% / (2% + 1%) = $2,333.33");
    // The closed form is the sum over months of margin x survival / discount factor.
    double sum = 0;
    for (int t = 1; t < 5000; ++t) sum += 70.0 * std::pow(0.98, t - 1) / std::pow(1.01, t);
    CHECK(sum == doctest::Approx(2333.3333).epsilon(1e-6));
    // No discount gives back the simple LTV.
    auto plain = eval("ltv_discounted", inputs({{"arpa", 100}, {"gross_margin", 0.7}, {"monthly_churn_rate", 0.02},
                                                {"monthly_discount_rate", 0}}));
    CHECK(plain.value.money.minor == 350'000);
}

TEST_CASE("LTV:CAC: 20,000 lifetime value against a 10,000 CAC is 2.00x, below the 3:1 rule of thumb") {
    auto r = eval("ltv_to_cac", inputs({{"arpa", 500}, {"gross_margin", 0.8}, {"monthly_churn_rate", 0.02},
                                        {"sales_marketing_spend", 500'000}, {"new_customers", 50}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 2);
    CHECK(r.value.text == "2.00\u00D7");
    CHECK(std::string(r.value.verdict) == "Profitable, but below the 3:1 rule of thumb.");
    auto healthy = eval("ltv_to_cac", inputs({{"arpa", 500}, {"gross_margin", 0.8}, {"monthly_churn_rate", 0.02},
                                              {"sales_marketing_spend", 100'000}, {"new_customers", 50}}));
    REQUIRE(healthy.ok());
    CHECK(healthy.value.value == 10);
    CHECK(std::string(healthy.value.verdict) == "At or above the 3:1 rule of thumb.");
}

TEST_CASE("CAC payback: a 10,000 CAC repaid by 500 x 80% = 400 a month takes 25 months") {
    auto r = eval("cac_payback", inputs({{"sales_marketing_spend", 500'000}, {"new_customers", 50}, {"arpa", 500},
                                         {"gross_margin", 0.8}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 25);
    CHECK(r.value.text == "25");
    REQUIRE(r.value.steps.size() == 3);
    CHECK(step(r.value, 0) == "CAC = $500,000.00 / 50 = $10,000.00");
    CHECK(step(r.value, 1) == "Margin per month = $500.00 \u00D7 80% = $400.00");
    CHECK(step(r.value, 2) == "CAC payback = $10,000.00 / $400.00 = 25");
    CHECK(std::string(r.value.verdict) == "Longer than the 12-month rule of thumb.");
    CHECK(std::strcmp(kpi_unit_word(find_kpi("cac_payback")->unit), "months") == 0);
}

TEST_CASE("shared inputs: CAC, CAC payback and LTV:CAC read the same spend and agree on CAC") {
    const KpiDef* cac = find_kpi("cac");
    const KpiDef* payback = find_kpi("cac_payback");
    const KpiDef* ratio = find_kpi("ltv_to_cac");
    REQUIRE(cac);
    REQUIRE(payback);
    REQUIRE(ratio);
    CHECK(cac->inputs[0] == find_kpi_input("sales_marketing_spend"));
    CHECK(payback->inputs[0] == cac->inputs[0]);
    // $100,000 / 3 customers = $33,333.33 (rounded once); payback and LTV:CAC use that amount.
    KpiInputs in = inputs({{"sales_marketing_spend", 100'000}, {"new_customers", 3}, {"arpa", 1'000},
                           {"gross_margin", 1}, {"monthly_churn_rate", 0.05}});
    auto c = evaluate_kpi(*cac, in, en);
    auto p = evaluate_kpi(*payback, in, en);
    auto l = evaluate_kpi(*ratio, in, en);
    REQUIRE(c.ok());
    REQUIRE(p.ok());
    REQUIRE(l.ok());
    CHECK(c.value.money.minor == 3'333'333);
    CHECK(step(p.value, 0) == step(c.value, 0));
    CHECK(step(l.value, 1) == step(c.value, 0));
    CHECK(p.value.value == doctest::Approx(33'333.33 / 1'000));
    CHECK(l.value.value == doctest::Approx(20'000.0 / 33'333.33));
}

TEST_CASE("gross margin: (2,000 revenue - 1,500 cost of goods) / 2,000 = 25%; selling below cost is negative") {
    auto r = eval("gross_margin", inputs({{"revenue", 2'000}, {"cost_of_goods_sold", 1'500}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.25);
    CHECK(step(r.value, 0) == "Gross margin = ($2,000.00 \u2212 $1,500.00) / $2,000.00 = 25%");
    auto loss = eval("gross_margin", inputs({{"revenue", 2'000}, {"cost_of_goods_sold", 2'500}}));
    REQUIRE(loss.ok());
    CHECK(loss.value.value == -0.25);
    CHECK(loss.value.text == "-25%");
}

TEST_CASE("markup: (150 price - 100 cost) / 100 = 50%") {
    auto r = eval("markup", inputs({{"selling_price", 150}, {"unit_cost", 100}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.5);
    CHECK(r.value.text == "50%");
}

TEST_CASE("markup and margin: 100% markup is a 50% margin, 150% is 60%, and back again") {
    auto m = eval("markup_to_margin", inputs({{"markup", 1}}));
    REQUIRE(m.ok());
    CHECK(m.value.value == 0.5);
    CHECK(step(m.value, 0) == "Margin = 100% / (1 + 100%) = 50%");
    CHECK(eval("markup_to_margin", inputs({{"markup", 1.5}})).value.value == doctest::Approx(0.6));
    auto k = eval("margin_to_markup", inputs({{"margin", 0.5}}));
    REQUIRE(k.ok());
    CHECK(k.value.value == 1);
    CHECK(step(k.value, 0) == "Markup = 50% / (1 \u2212 50%) = 100%");
    for (double markup : {0.0, 0.1, 0.25, 1.0, 3.0, 99.0}) {
        double margin = eval("markup_to_margin", inputs({{"markup", markup}})).value.value;
        CHECK(eval("margin_to_markup", inputs({{"margin", margin}})).value.value == doctest::Approx(markup));
    }
}

TEST_CASE("pipeline coverage: 900,000 open against a 300,000 quota = 3.00x, the rule of thumb") {
    auto r = eval("pipeline_coverage", inputs({{"open_pipeline", 900'000}, {"quota", 300'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 3);
    CHECK(r.value.text == "3.00\u00D7");
    CHECK(std::string(r.value.verdict) == "At or above the 3\u00D7 rule of thumb.");
    auto thin = eval("pipeline_coverage", inputs({{"open_pipeline", 450'000}, {"quota", 300'000}}));
    CHECK(std::string(thin.value.verdict).rfind("Below the 3", 0) == 0);
}

TEST_CASE("sales velocity: 40 open x 25% win rate x 10,000 / 90 days = 1,111.11 per day") {
    auto r = eval("sales_velocity", inputs({{"open_opportunities", 40}, {"expected_win_rate", 0.25},
                                            {"average_deal", 10'000}, {"sales_cycle_days", 90}}));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 111'111);
    CHECK(r.value.text == "$1,111.11");
    CHECK(step(r.value, 0) == "Sales velocity = 40 \u00D7 25% \u00D7 $10,000.00 / 90 = $1,111.11");
    CHECK(std::strcmp(kpi_unit_word(KpiUnit::MoneyPerDay), "per day") == 0);
}

TEST_CASE("sales cycle length: 4,500 days over 50 won deals = 90 days") {
    auto r = eval("sales_cycle_length", inputs({{"total_days_to_close", 4'500}, {"deals_won", 50}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 90);
    CHECK(step(r.value, 0) == "Sales cycle = 4,500 / 50 = 90");
}

TEST_CASE("sales expense ratio (id cost_of_sales): 300,000 spent selling / 2,000,000 revenue = 15%") {
    auto r = eval("cost_of_sales", inputs({{"sales_cost", 300'000}, {"revenue", 2'000'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.15);
    CHECK(step(r.value, 0) == "Sales expense ratio = $300,000.00 / $2,000,000.00 = 15%");
    CHECK(std::string(find_kpi("cost_of_sales")->name) == "Sales expense ratio");
}

TEST_CASE("MRR from a plan's price: 12,000 billed yearly, 3,000 quarterly and 1,000 monthly are all 1,000 MRR") {
    // 1,200,000 cents / 12 = 300,000 cents / 3 = 100,000 cents / 1 = 100,000 cents.
    // (A plain pair, not a structured binding: clang 14, which builds the WASM tests, cannot
    // capture a binding in CAPTURE's lambda.)
    for (const std::pair<double, double>& plan : {std::pair{12'000.0, 12.0}, {3'000.0, 3.0}, {1'000.0, 1.0}}) {
        const double price = plan.first, months = plan.second;
        CAPTURE(months);
        auto r = eval("mrr_from_plan", inputs({{"plan_price", price}, {"billing_period_months", months}}));
        REQUIRE(r.ok());
        CHECK(r.value.money.minor == 100'000);
        CHECK(r.value.text == "$1,000.00");
    }
    auto yearly = eval("mrr_from_plan", inputs({{"plan_price", 12'000}, {"billing_period_months", 12}}));
    CHECK(step(yearly.value, 0) == "MRR = $12,000.00 / 12 = $1,000.00");
    // 1,000 a quarter: 100,000 cents / 3 = 33,333.33 cents, rounded once to $333.33.
    auto quarterly = eval("mrr_from_plan", inputs({{"plan_price", 1'000}, {"billing_period_months", 3}}));
    REQUIRE(quarterly.ok());
    CHECK(quarterly.value.money.minor == 33'333);
    CHECK(step(quarterly.value, 0) == "MRR = $1,000.00 / 3 = $333.33");
}

TEST_CASE("MRR from a plan's price: a billing period other than 1, 3 or 12 months is refused with a message") {
    const KpiInput& period = *find_kpi_input("billing_period_months");
    for (double months : {1.0, 3.0, 12.0}) CHECK(validate_kpi_input(period, months).code == nullptr);
    for (double months : {0.0, 2.0, 6.0, 2.5, 13.0, -1.0, 36.0}) {
        CAPTURE(months);
        auto r = eval("mrr_from_plan", inputs({{"plan_price", 12'000}, {"billing_period_months", months}}));
        check_problem(r, "billing_period_out_of_range", "billing_period_months");
        CHECK(std::string(r.problem.message) == "A billing period must be 1, 3 or 12 months.");
    }
    check_problem(eval("mrr_from_plan", inputs({{"plan_price", 12'000}, {"billing_period_months", std::nan("")}})),
                  "not_a_number", "billing_period_months");
}

// ChartMogul's worked example: starting MRR 10,000; churned 500, contraction 200, expansion 900.
// Gross = (500 + 200) / 10,000 = 7%; net = (500 + 200 - 900) / 10,000 = -200 / 10,000 = -2%.
TEST_CASE("MRR churn, ChartMogul's example: gross (500 + 200) / 10,000 = 7%, net (500 + 200 - 900) / 10,000 = -2%") {
    KpiInputs in = inputs({{"starting_mrr", 10'000}, {"churned_mrr", 500}, {"contraction_mrr", 200},
                           {"expansion_mrr", 900}});
    auto gross = eval("gross_mrr_churn_rate", in);
    REQUIRE(gross.ok());
    CHECK(gross.value.value == 0.07);
    CHECK(gross.value.text == "7%");
    CHECK(step(gross.value, 0) == "Gross MRR churn rate = ($500.00 + $200.00) / $10,000.00 = 7%");
    CHECK(gross.value.verdict == nullptr);
    auto net = eval("net_mrr_churn_rate", in);
    REQUIRE(net.ok());
    CHECK(net.value.value == -0.02);
    CHECK(net.value.text == "-2%");
    CHECK(step(net.value, 0) == "Net MRR churn rate = ($500.00 + $200.00 \u2212 $900.00) / $10,000.00 = -2%");
    // Below zero, the result says so in words.
    REQUIRE(net.value.verdict != nullptr);
    CHECK(std::string(net.value.verdict).rfind("Net negative churn:", 0) == 0);
    // They are the complements of GRR (93%) and NRR (102%).
    CHECK(gross.value.value == doctest::Approx(1 - eval("grr", in).value.value));
    CHECK(net.value.value == doctest::Approx(1 - eval("nrr", in).value.value));
}

TEST_CASE("net MRR churn: 6% with 100 of expansion, 0% when expansion equals the losses; no words unless negative") {
    // (500 + 200 - 100) / 10,000 = 6%; (500 + 200 - 700) / 10,000 = 0%.
    auto positive = eval("net_mrr_churn_rate", inputs({{"starting_mrr", 10'000}, {"churned_mrr", 500},
                                                       {"contraction_mrr", 200}, {"expansion_mrr", 100}}));
    REQUIRE(positive.ok());
    CHECK(positive.value.value == 0.06);
    CHECK(positive.value.verdict == nullptr);
    auto zero = eval("net_mrr_churn_rate", inputs({{"starting_mrr", 10'000}, {"churned_mrr", 500},
                                                   {"contraction_mrr", 200}, {"expansion_mrr", 700}}));
    REQUIRE(zero.ok());
    CHECK(zero.value.value == 0);
    CHECK(zero.value.text == "0%");
    CHECK(zero.value.verdict == nullptr);
    // Movements left empty count as 0: expansion alone is -9% (900 / 10,000), all net negative.
    auto expansion_only = eval("net_mrr_churn_rate", inputs({{"starting_mrr", 10'000}, {"expansion_mrr", 900}}));
    REQUIRE(expansion_only.ok());
    CHECK(expansion_only.value.value == -0.09);
    CHECK(expansion_only.value.verdict != nullptr);
}

TEST_CASE("SaaS quick ratio: (10,000 new + 5,000 expansion) / (1,250 contraction + 2,500 churned) = 4.00x") {
    // 15,000 / 3,750 = 4: exactly the rule of thumb.
    auto r = eval("saas_quick_ratio", inputs({{"new_mrr", 10'000}, {"expansion_mrr", 5'000},
                                              {"contraction_mrr", 1'250}, {"churned_mrr", 2'500}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 4);
    CHECK(r.value.text == "4.00\u00D7");
    CHECK(step(r.value, 0) == "Quick ratio = ($10,000.00 + $5,000.00) / ($1,250.00 + $2,500.00) = 4.00\u00D7");
    CHECK(std::string(r.value.verdict) == "At or above the 4\u00D7 rule of thumb.");
    REQUIRE(find_kpi("saas_quick_ratio")->rule_of_thumb != nullptr);
}

TEST_CASE("SaaS quick ratio on ChartMogul's movements with 1,000 new: 1,900 / 700 = 2.71x; shrinking and flat") {
    auto growing = eval("saas_quick_ratio", inputs({{"new_mrr", 1'000}, {"expansion_mrr", 900},
                                                    {"contraction_mrr", 200}, {"churned_mrr", 500}}));
    REQUIRE(growing.ok());
    CHECK(growing.value.value == doctest::Approx(19.0 / 7));
    CHECK(growing.value.text == "2.71\u00D7");
    CHECK(std::string(growing.value.verdict) == "Growing, but below the 4\u00D7 rule of thumb.");
    // 100 gained / 500 lost = 0.20x; 500 / 500 = 1.00x.
    auto shrinking = eval("saas_quick_ratio", inputs({{"new_mrr", 100}, {"churned_mrr", 500}}));
    REQUIRE(shrinking.ok());
    CHECK(shrinking.value.value == 0.2);
    CHECK(std::string(shrinking.value.verdict).rfind("Shrinking", 0) == 0);
    auto flat = eval("saas_quick_ratio", inputs({{"new_mrr", 500}, {"churned_mrr", 500}}));
    REQUIRE(flat.ok());
    CHECK(flat.value.value == 1);
    CHECK(std::string(flat.value.verdict).rfind("Flat", 0) == 0);
}

TEST_CASE("magic number: (1,200,000 - 1,000,000) x 4 / 1,000,000 of last quarter's spend = 0.80x, invest more") {
    auto r = eval("magic_number", inputs({{"this_quarter_revenue", 1'200'000}, {"last_quarter_revenue", 1'000'000},
                                          {"last_quarter_sales_marketing_spend", 1'000'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == doctest::Approx(0.8));
    CHECK(r.value.text == "0.80\u00D7");
    CHECK(step(r.value, 0) ==
          "Magic number = ($1,200,000.00 \u2212 $1,000,000.00) \u00D7 4 / $1,000,000.00 = 0.80\u00D7");
    CHECK(std::string(r.value.verdict).rfind("Above 0.75", 0) == 0);
}

TEST_CASE("magic number against the rule of thumb: 0.75 and 0.5 are in between, 0.4 and a fall are below") {
    // Growth g on 1,000,000 of spend: g x 4 / 1,000,000.
    auto magic = [](double growth) {
        return eval("magic_number", inputs({{"this_quarter_revenue", 1'000'000 + growth},
                                            {"last_quarter_revenue", 1'000'000},
                                            {"last_quarter_sales_marketing_spend", 1'000'000}}));
    };
    auto at_075 = magic(187'500);   // 750,000 / 1,000,000
    CHECK(at_075.value.value == 0.75);
    CHECK(std::string(at_075.value.verdict).rfind("Between 0.5 and 0.75", 0) == 0);
    auto at_05 = magic(125'000);    // 500,000 / 1,000,000
    CHECK(at_05.value.value == 0.5);
    CHECK(std::string(at_05.value.verdict).rfind("Between 0.5 and 0.75", 0) == 0);
    auto at_04 = magic(100'000);    // 400,000 / 1,000,000
    CHECK(at_04.value.value == 0.4);
    CHECK(std::string(at_04.value.verdict).rfind("Below 0.5", 0) == 0);
    auto fell = magic(-100'000);    // -400,000 / 1,000,000: revenue fell
    REQUIRE(fell.ok());
    CHECK(fell.value.value == -0.4);
    CHECK(fell.value.text == "-0.40\u00D7");
    CHECK(std::string(fell.value.verdict).rfind("Below 0.5", 0) == 0);
}

TEST_CASE("net profit margin: 150 net profit / 2,000 revenue = 7.5%, against a 25% gross margin on the same sales") {
    auto r = eval("net_profit_margin", inputs({{"net_profit", 150}, {"revenue", 2'000}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == 0.075);
    CHECK(r.value.text == "7.5%");
    CHECK(step(r.value, 0) == "Net profit margin = $150.00 / $2,000.00 = 7.5%");
    // A loss of 300 is -15%; a net profit above revenue (a one-off gain) is not refused: 3,000 / 2,000 = 150%.
    CHECK(eval("net_profit_margin", inputs({{"net_profit", -300}, {"revenue", 2'000}})).value.value == -0.15);
    CHECK(eval("net_profit_margin", inputs({{"net_profit", 3'000}, {"revenue", 2'000}})).value.value == 1.5);
}

TEST_CASE("NPS from counts: 50 promoters, 30 passives, 20 detractors of 100 answers = 30") {
    KpiInputs in = inputs({{"answers_0", 2}, {"answers_1", 1}, {"answers_2", 1}, {"answers_3", 3}, {"answers_4", 3},
                           {"answers_5", 4}, {"answers_6", 6}, {"answers_7", 10}, {"answers_8", 20},
                           {"answers_9", 20}, {"answers_10", 30}});
    auto r = eval("nps", in);
    REQUIRE(r.ok());
    CHECK(r.value.value == 30);
    CHECK(r.value.text == "30");
    REQUIRE(r.value.steps.size() == 5);
    CHECK(step(r.value, 0) == "Promoters (9\u201310) = 20 + 30 = 50");
    CHECK(step(r.value, 1) == "Passives (7\u20138) = 10 + 20 = 30");
    CHECK(step(r.value, 2) == "Detractors (0\u20136) = 2 + 1 + 1 + 3 + 3 + 4 + 6 = 20");
    CHECK(step(r.value, 3) == "Answers = 50 + 30 + 20 = 100");
    CHECK(step(r.value, 4) == "NPS = 100 \u00D7 (50 \u2212 20) / 100 = 30");
}

TEST_CASE("NPS from a list: 9, 10, 10, 3 is 75% promoters - 25% detractors = 50; all detractors = -100") {
    KpiInputs in;
    in.lists["scores"] = {9, 10, 10, 3};
    auto r = eval("nps_scores", in);
    REQUIRE(r.ok());
    CHECK(r.value.value == 50);
    in.lists["scores"] = {0, 6, 5};
    CHECK(eval("nps_scores", in).value.value == -100);
    in.lists["scores"] = {7, 8};
    CHECK(eval("nps_scores", in).value.value == 0);
    in.lists["scores"] = {10, 9, 8, 7, 6, 0};
    auto mixed = eval("nps_scores", in);
    CHECK(mixed.value.value == 0);
    CHECK(step(mixed.value, 0) == "Promoters (9\u201310) = 2");
}

TEST_CASE("NPS of 1 promoter in 3 answers is 33.3, written with one decimal") {
    KpiInputs in;
    in.lists["scores"] = {9, 7, 8};
    auto r = eval("nps_scores", in);
    REQUIRE(r.ok());
    CHECK(r.value.value == doctest::Approx(100.0 / 3));
    CHECK(r.value.text == "33.3");
}

// [SECTION] Undefined cases: the reason in words, never NaN or infinity

TEST_CASE("undefined: CAC with zero new customers") {
    check_problem(eval("cac", inputs({{"sales_marketing_spend", 500'000}, {"new_customers", 0}})), "no_new_customers",
                  "new_customers");
}

TEST_CASE("undefined: ACV of a zero-year contract") {
    check_problem(eval("acv", inputs({{"total_contract_value", 1}, {"contract_years", 0}})), "no_contract_years",
                  "contract_years");
}

TEST_CASE("undefined: churn and retention with zero customers at the start") {
    KpiInputs in = inputs({{"customers_lost", 0}, {"customers_at_start", 0}});
    check_problem(eval("churn_rate", in), "no_customers_at_start", "customers_at_start");
    check_problem(eval("retention_rate", in), "no_customers_at_start", "customers_at_start");
}

TEST_CASE("undefined: more customers lost than there were") {
    KpiInputs in = inputs({{"customers_lost", 101}, {"customers_at_start", 100}});
    check_problem(eval("churn_rate", in), "lost_exceeds_start", "customers_lost");
    check_problem(eval("retention_rate", in), "lost_exceeds_start", "customers_lost");
}

TEST_CASE("undefined: conversion rate with no visitors, or more conversions than visitors") {
    check_problem(eval("conversion_rate", inputs({{"conversions", 0}, {"visitors", 0}})), "no_visitors", "visitors");
    check_problem(eval("conversion_rate", inputs({{"conversions", 101}, {"visitors", 100}})),
                  "conversions_exceed_visitors", "conversions");
}

TEST_CASE("undefined: closing ratio with no opportunities, or more won than worked; win rate with none decided") {
    check_problem(eval("closing_ratio", inputs({{"deals_won", 0}, {"opportunities_worked", 0}})), "no_opportunities",
                  "opportunities_worked");
    check_problem(eval("closing_ratio", inputs({{"deals_won", 6}, {"opportunities_worked", 5}})),
                  "won_exceeds_opportunities", "deals_won");
    check_problem(eval("win_rate", inputs({{"deals_won", 0}, {"deals_lost", 0}})), "no_closed_deals", "deals_won");
}

TEST_CASE("undefined: margins and the sales expense ratio with zero revenue; gross profit above revenue") {
    check_problem(eval("profit_margin", inputs({{"gross_profit", 0}, {"revenue", 0}})), "no_revenue", "revenue");
    check_problem(eval("gross_margin", inputs({{"revenue", 0}, {"cost_of_goods_sold", 10}})), "no_revenue", "revenue");
    check_problem(eval("net_profit_margin", inputs({{"net_profit", 10}, {"revenue", 0}})), "no_revenue", "revenue");
    check_problem(eval("cost_of_sales", inputs({{"sales_cost", 10}, {"revenue", 0}})), "no_revenue", "revenue");
    check_problem(eval("profit_margin", inputs({{"gross_profit", 2'001}, {"revenue", 2'000}})),
                  "profit_exceeds_revenue", "gross_profit");
}

TEST_CASE("undefined: LTV with churn 0, discounted LTV with neither churn nor discount") {
    check_problem(eval("ltv", inputs({{"arpa", 100}, {"gross_margin", 0.7}, {"monthly_churn_rate", 0}})), "no_churn",
                  "monthly_churn_rate");
    check_problem(eval("ltv_discounted", inputs({{"arpa", 100}, {"gross_margin", 0.7}, {"monthly_churn_rate", 0},
                                                 {"monthly_discount_rate", 0}})),
                  "no_churn_no_discount", "monthly_churn_rate");
    // A discount alone keeps the sum finite.
    CHECK(eval("ltv_discounted", inputs({{"arpa", 100}, {"gross_margin", 0.7}, {"monthly_churn_rate", 0},
                                         {"monthly_discount_rate", 0.01}}))
              .value.money.minor == 700'000);
}

TEST_CASE("undefined: LTV:CAC with no spend, no customers or no churn") {
    auto base = [](double spend, double customers, double churn) {
        return inputs({{"arpa", 100}, {"gross_margin", 1}, {"monthly_churn_rate", churn},
                       {"sales_marketing_spend", spend}, {"new_customers", customers}});
    };
    check_problem(eval("ltv_to_cac", base(0, 10, 0.1)), "no_acquisition_cost", "sales_marketing_spend");
    check_problem(eval("ltv_to_cac", base(1'000, 0, 0.1)), "no_new_customers", "new_customers");
    check_problem(eval("ltv_to_cac", base(1'000, 10, 0)), "no_churn", "monthly_churn_rate");
}

TEST_CASE("undefined: CAC payback with no margin per month never pays back") {
    check_problem(eval("cac_payback", inputs({{"sales_marketing_spend", 1'000}, {"new_customers", 1}, {"arpa", 100},
                                              {"gross_margin", 0}})),
                  "no_monthly_margin", "gross_margin");
    // A zero CAC is paid back at once.
    CHECK(eval("cac_payback", inputs({{"sales_marketing_spend", 0}, {"new_customers", 1}, {"arpa", 100},
                                      {"gross_margin", 0.5}}))
              .value.value == 0);
}

TEST_CASE("undefined: markup of a zero cost, markup from a 100% margin") {
    check_problem(eval("markup", inputs({{"selling_price", 10}, {"unit_cost", 0}})), "no_cost", "unit_cost");
    check_problem(eval("margin_to_markup", inputs({{"margin", 1}})), "margin_is_whole_price", "margin");
}

TEST_CASE("undefined: quota attainment and coverage against a zero quota") {
    check_problem(eval("quota_attainment", inputs({{"bookings", 10}, {"quota", 0}})), "no_quota", "quota");
    check_problem(eval("pipeline_coverage", inputs({{"open_pipeline", 10}, {"quota", 0}})), "no_quota", "quota");
}

TEST_CASE("undefined: averages over zero deals won, ARPA over zero customers, velocity over a zero-day cycle") {
    check_problem(eval("average_deal_size", inputs({{"won_revenue", 10}, {"deals_won", 0}})), "no_deals_won", "deals_won");
    check_problem(eval("sales_cycle_length", inputs({{"total_days_to_close", 10}, {"deals_won", 0}})), "no_deals_won",
                  "deals_won");
    check_problem(eval("arpa", inputs({{"current_mrr", 10}, {"paying_customers", 0}})), "no_paying_customers",
                  "paying_customers");
    check_problem(eval("sales_velocity", inputs({{"open_opportunities", 4}, {"expected_win_rate", 0.5},
                                                 {"average_deal", 10}, {"sales_cycle_days", 0}})),
                  "no_sales_cycle", "sales_cycle_days");
}

TEST_CASE("undefined: revenue retention and MRR churn with no starting MRR, or losses above it") {
    KpiInputs none = inputs({{"starting_mrr", 0}, {"expansion_mrr", 0}, {"contraction_mrr", 0}, {"churned_mrr", 0}});
    KpiInputs over = inputs({{"starting_mrr", 100}, {"new_mrr", 1'000}, {"expansion_mrr", 0}, {"contraction_mrr", 60},
                             {"churned_mrr", 41}});
    for (const char* id : {"nrr", "grr", "gross_mrr_churn_rate", "net_mrr_churn_rate"}) {
        CAPTURE(id);
        check_problem(eval(id, none), "no_starting_mrr", "starting_mrr");
        check_problem(eval(id, over), "losses_exceed_start", "churned_mrr");
    }
    check_problem(eval("mrr", over), "losses_exceed_start", "churned_mrr");
}

TEST_CASE("undefined: the quick ratio with no MRR lost; the magic number with no spend last quarter") {
    // Gains but no losses: the ratio has no finite value, whatever was gained.
    check_problem(eval("saas_quick_ratio", inputs({{"new_mrr", 1'000}, {"expansion_mrr", 500}})), "no_mrr_losses",
                  "churned_mrr");
    check_problem(eval("saas_quick_ratio", inputs({{"new_mrr", 0}, {"contraction_mrr", 0}})), "no_mrr_losses",
                  "churned_mrr");
    check_problem(eval("magic_number", inputs({{"this_quarter_revenue", 1'200'000}, {"last_quarter_revenue", 1'000'000},
                                               {"last_quarter_sales_marketing_spend", 0}})),
                  "no_sales_marketing_spend", "last_quarter_sales_marketing_spend");
}

TEST_CASE("undefined: NPS with no answers, from counts or from an empty list") {
    KpiInputs zero;
    for (int s = 0; s <= 10; ++s) zero.values["answers_" + std::to_string(s)] = 0;
    check_problem(eval("nps", zero), "no_answers", "");
    KpiInputs empty;
    empty.lists["scores"] = {};
    check_problem(eval("nps_scores", empty), "no_answers", "");
}

// [SECTION] Bad input: missing, negative, percentages as 15, NaN, beyond 10^15

TEST_CASE("missing input: the first input not entered yet is named") {
    check_problem(eval("cac", inputs({{"sales_marketing_spend", 500'000}})), "missing_input", "new_customers");
    check_problem(eval("cac", KpiInputs{}), "missing_input", "sales_marketing_spend");
    check_problem(eval("nps_scores", KpiInputs{}), "missing_input", "scores");
    CHECK_FALSE(kpi_inputs_present(*find_kpi("cac"), inputs({{"new_customers", 1}})));
    CHECK(kpi_inputs_present(*find_kpi("cac"), inputs({{"new_customers", 1}, {"sales_marketing_spend", -1}})));
}

TEST_CASE("optional inputs left empty count as 0: MRR movements, one-time fees, NPS answers nobody gave") {
    auto mrr = eval("mrr", inputs({{"starting_mrr", 100'000}, {"churned_mrr", 3'000}}));
    REQUIRE(mrr.ok());
    CHECK(mrr.value.money.minor == 9'700'000);
    CHECK(step(mrr.value, 0) == "MRR = $100,000.00 + $0.00 + $0.00 \u2212 $0.00 \u2212 $3,000.00 = $97,000.00");
    auto tcv = eval("tcv", inputs({{"recurring_fees_per_year", 20'000}, {"contract_years", 3}}));
    REQUIRE(tcv.ok());
    CHECK(tcv.value.money.minor == 6'000'000);
    // Only promoters (10) and detractors (0) answered: 3 and 1 of 4 -> 75% - 25% = 50.
    auto nps = eval("nps", inputs({{"answers_10", 3}, {"answers_0", 1}}));
    REQUIRE(nps.ok());
    CHECK(nps.value.value == 50);
    // A required input is still required; a KPI whose inputs are all optional needs one of them.
    check_problem(eval("mrr", inputs({{"new_mrr", 1}})), "missing_input", "starting_mrr");
    CHECK(kpi_inputs_present(*find_kpi("mrr"), inputs({{"starting_mrr", 1}})));
    CHECK_FALSE(kpi_inputs_present(*find_kpi("nps"), KpiInputs{}));
    CHECK(kpi_inputs_present(*find_kpi("nps"), inputs({{"answers_7", 1}})));
    check_problem(eval("nps", KpiInputs{}), "no_answers", "");
    // An optional input that is given is checked like any other.
    check_problem(eval("mrr", inputs({{"starting_mrr", 1}, {"new_mrr", -1}})), "amount_negative", "new_mrr");
}

TEST_CASE("unknown KPI id") {
    check_problem(eval("cac2", KpiInputs{}), "unknown_kpi", "kpi");
    CHECK(find_kpi("") == nullptr);
    CHECK(find_kpi_input("spend") == nullptr);
}

TEST_CASE("negative amounts and counts are refused; a negative gross profit (a loss) is not") {
    check_problem(eval("cac", inputs({{"sales_marketing_spend", -1}, {"new_customers", 50}})), "amount_negative",
                  "sales_marketing_spend");
    check_problem(eval("cac", inputs({{"sales_marketing_spend", 1}, {"new_customers", -50}})), "count_negative",
                  "new_customers");
    check_problem(eval("acv", inputs({{"total_contract_value", 1}, {"contract_years", -1}})), "duration_negative",
                  "contract_years");
    auto loss = eval("profit_margin", inputs({{"gross_profit", -500}, {"revenue", 2'000}}));
    REQUIRE(loss.ok());
    CHECK(loss.value.value == -0.25);
    CHECK(step(loss.value, 0) == "Gross margin = -$500.00 / $2,000.00 = -25%");
}

TEST_CASE("percentages: 0.15 is 15%; 15 is refused as a rate, not read as 15%") {
    auto ok = eval("commission_flat", inputs({{"sale_amount", 100'000}, {"commission_rate", 0.15}}));
    REQUIRE(ok.ok());
    auto pct = eval("commission_flat", inputs({{"sale_amount", 100'000}, {"commission_rate", 15}}));
    check_problem(pct, "rate_out_of_range", "commission_rate");
    CHECK(std::string(pct.problem.message) == "A rate must be between 0% and 100%.");
    check_problem(eval("ltv", inputs({{"arpa", 100}, {"gross_margin", 70}, {"monthly_churn_rate", 0.02}})),
                  "rate_out_of_range", "gross_margin");
    check_problem(eval("ltv", inputs({{"arpa", 100}, {"gross_margin", -0.1}, {"monthly_churn_rate", 0.02}})),
                  "rate_out_of_range", "gross_margin");
    // Rates of exactly 0 and 1 are rates.
    CHECK(eval("commission_flat", inputs({{"sale_amount", 10}, {"commission_rate", 1}})).value.money.minor == 1'000);
    CHECK(eval("commission_flat", inputs({{"sale_amount", 10}, {"commission_rate", 0}})).value.money.minor == 0);
}

TEST_CASE("markup is a fraction that may exceed 1: 15 is 1,500%; beyond 100 (10,000%) is refused") {
    auto r = eval("markup_to_margin", inputs({{"markup", 15}}));
    REQUIRE(r.ok());
    CHECK(r.value.value == doctest::Approx(15.0 / 16));
    CHECK(r.value.text == "93.75%");
    check_problem(eval("markup_to_margin", inputs({{"markup", 101}})), "markup_out_of_range", "markup");
    check_problem(eval("markup_to_margin", inputs({{"markup", -0.5}})), "markup_out_of_range", "markup");
}

TEST_CASE("NaN and infinity are refused with a reason") {
    const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
    check_problem(eval("cac", inputs({{"sales_marketing_spend", nan}, {"new_customers", 50}})), "not_a_number",
                  "sales_marketing_spend");
    check_problem(eval("cac", inputs({{"sales_marketing_spend", inf}, {"new_customers", 50}})), "amount_too_large",
                  "sales_marketing_spend");
    check_problem(eval("cac", inputs({{"sales_marketing_spend", 1}, {"new_customers", inf}})), "count_too_large",
                  "new_customers");
    check_problem(eval("churn_rate", inputs({{"customers_lost", nan}, {"customers_at_start", 10}})), "not_a_number",
                  "customers_lost");
    check_problem(eval("commission_flat", inputs({{"sale_amount", 1}, {"commission_rate", -inf}})), "rate_out_of_range",
                  "commission_rate");
}

TEST_CASE("amounts of 10^15: accepted and exact to the cent; beyond, or a result beyond, is refused") {
    auto cac = eval("cac", inputs({{"sales_marketing_spend", 1e15}, {"new_customers", 1}}));
    REQUIRE(cac.ok());
    CHECK(cac.value.money.minor == max_minor_units);
    CHECK(cac.value.text == "$1,000,000,000,000,000.00");
    auto commission = eval("commission_flat", inputs({{"sale_amount", 1e15}, {"commission_rate", 1}}));
    REQUIRE(commission.ok());
    CHECK(commission.value.money.minor == max_minor_units);
    auto margin = eval("profit_margin", inputs({{"gross_profit", -1e15}, {"revenue", 1e15}}));
    REQUIRE(margin.ok());
    CHECK(margin.value.value == -1);
    check_problem(eval("cac", inputs({{"sales_marketing_spend", 1.000001e15}, {"new_customers", 1}})),
                  "amount_too_large", "sales_marketing_spend");
    check_problem(eval("profit_margin", inputs({{"gross_profit", -2e15}, {"revenue", 1e15}})), "amount_too_large",
                  "gross_profit");
    // 12 x 10^15 is beyond Money's range: a reason, not an overflow.
    check_problem(eval("arr", inputs({{"current_mrr", 1e15}})), "result_too_large", "");
    // A tiny fractional count makes CAC explode: still a reason.
    check_problem(eval("cac", inputs({{"sales_marketing_spend", 1e15}, {"new_customers", 1e-300}})),
                  "result_too_large", "");
    // Huge counts are fine where the result stays in range.
    auto churn = eval("churn_rate", inputs({{"customers_lost", 1e12}, {"customers_at_start", 1e12}}));
    REQUIRE(churn.ok());
    CHECK(churn.value.value == 1);
    check_problem(eval("churn_rate", inputs({{"customers_lost", 1}, {"customers_at_start", 2e12}})), "count_too_large",
                  "customers_at_start");
}

TEST_CASE("money: inputs and results are rounded to the cent once, halves to even") {
    // $0.25 / 2 = 12.5 cents -> 12 (even); $0.27 / 2 = 13.5 cents -> 14 (even).
    CHECK(eval("cac", inputs({{"sales_marketing_spend", 0.25}, {"new_customers", 2}})).value.money.minor == 12);
    CHECK(eval("cac", inputs({{"sales_marketing_spend", 0.27}, {"new_customers", 2}})).value.money.minor == 14);
    // An input of $0.125 becomes 12 cents before anything is computed.
    auto arr = eval("arr", inputs({{"current_mrr", 0.125}}));
    CHECK(arr.value.money.minor == 144);
    CHECK(step(arr.value, 0) == "ARR = $0.12 \u00D7 12 = $1.44");
    // $100,000 / 3 = 3,333,333.33 cents -> 3,333,333.
    CHECK(eval("cac", inputs({{"sales_marketing_spend", 100'000}, {"new_customers", 3}})).value.money.minor == 3'333'333);
}

TEST_CASE("money: yen have no minor unit (500,000 yen / 3 = 166,667 yen)") {
    auto r = eval("cac", inputs({{"sales_marketing_spend", 500'000}, {"new_customers", 3}}, "JPY"));
    REQUIRE(r.ok());
    CHECK(r.value.money.minor == 166'667);
    CHECK(r.value.value == 166'667);
    CHECK(r.value.text == "\u00A5166,667");
    CHECK(std::strcmp(r.value.money.currency.code, "JPY") == 0);
}

TEST_CASE("survey answers: list validation names the first bad answer") {
    const KpiInput& scores = *find_kpi_input("scores");
    CHECK(validate_kpi_list(scores, {0, 10, 5}).code == nullptr);
    Problem high = validate_kpi_list(scores, {9, 11});
    REQUIRE(high.code);
    CHECK(std::string(high.code) == "score_out_of_range");
    CHECK(high.field == "scores[1]");
    CHECK(validate_kpi_list(scores, {7.5}).field == "scores[0]");
    CHECK(validate_kpi_list(scores, {-1}).field == "scores[0]");
    CHECK(validate_kpi_list(scores, {std::nan("")}).field == "scores[0]");
    KpiInputs in;
    in.lists["scores"] = {10, 9, 12};
    check_problem(eval("nps_scores", in), "score_out_of_range", "scores[2]");
}

TEST_CASE("survey answers typed as text: spaces, commas and semicolons separate them") {
    auto ok = parse_scores(" 9 10, 7;3\n0 ");
    REQUIRE(ok.ok());
    CHECK(ok.value == std::vector<double>{9, 10, 7, 3, 0});
    auto empty = parse_scores("");
    REQUIRE(empty.ok());
    CHECK(empty.value.empty());
    for (const char* bad : {"9 x", "9 11", "9 7.5", "9 -1", "9 1e1", "9 100"}) {
        auto r = parse_scores(bad);
        CHECK_FALSE(r.ok());
        CHECK(r.problem.field == "scores[1]");
    }
}

// [SECTION] Locales

TEST_CASE("locales: CAC in euros in French is 10 000,00 \u20AC; churn is 8 %") {
    const Locale fr = locale_for(LocaleId::fr_FR);
    auto cac = eval("cac", inputs({{"sales_marketing_spend", 500'000}, {"new_customers", 50}}, "EUR"), fr);
    REQUIRE(cac.ok());
    CHECK(cac.value.text == "10\u202F000,00\u00A0\u20AC");
    CHECK(step(cac.value, 0) == "CAC = 500\u202F000,00\u00A0\u20AC / 50 = 10\u202F000,00\u00A0\u20AC");
    auto churn = eval("churn_rate", inputs({{"customers_lost", 8}, {"customers_at_start", 100}}), fr);
    CHECK(churn.value.text == "8\u202F%");
    auto ratio = eval("pipeline_coverage", inputs({{"open_pipeline", 1}, {"quota", 3}}), locale_for(LocaleId::ro_RO));
    CHECK(ratio.value.text == "0,33\u00D7");
}

// [SECTION] The catalog's promises

TEST_CASE("catalog: every KPI the issue asks for is there") {
    for (const char* id : {"cac", "acv", "tcv", "churn_rate", "retention_rate", "closing_ratio", "win_rate",
                           "conversion_rate", "profit_margin", "gross_margin", "markup", "markup_to_margin",
                           "margin_to_markup", "commission_flat", "ltv", "ltv_discounted", "ltv_to_cac", "cac_payback",
                           "mrr", "arr", "arpa", "nrr", "grr", "quota_attainment", "average_deal_size",
                           "sales_cycle_length", "pipeline_coverage", "sales_velocity", "nps", "nps_scores",
                           "cost_of_sales", "mrr_from_plan", "gross_mrr_churn_rate", "net_mrr_churn_rate",
                           "saas_quick_ratio", "magic_number", "net_profit_margin"}) {
        CAPTURE(id);
        CHECK(find_kpi(id) != nullptr);
    }
}

TEST_CASE("catalog: ids are unique, every KPI is described, every input is used and declared once") {
    std::set<std::string> kpi_ids, input_ids, used;
    for (const KpiInput& in : kpi_inputs()) {
        CAPTURE(in.id);
        CHECK(input_ids.insert(in.id).second);
        CHECK(std::strlen(in.label) > 0);
        CHECK(in.min <= in.max);
    }
    int groups_seen[int(KpiGroup::Count)] = {};
    KpiGroup last = KpiGroup::Acquisition;
    for (const KpiDef& k : kpi_catalog()) {
        CAPTURE(k.id);
        CHECK(kpi_ids.insert(k.id).second);
        CHECK(std::strlen(k.name) > 0);
        CHECK(std::strlen(k.formula) > 0);
        CHECK(std::strlen(k.meaning) > 0);
        CHECK(std::strlen(k.glossary_id) > 0);
        CHECK(bool(k.compute));
        CHECK(k.unit != KpiUnit::ScoreList);
        CHECK_FALSE(k.inputs.empty());
        CHECK(int(k.group) >= int(last));   // grouped, in display order
        last = k.group;
        ++groups_seen[int(k.group)];
        for (const KpiInput* in : k.inputs) {
            REQUIRE(in != nullptr);
            used.insert(in->id);
        }
        // A benchmark is labelled as a rule of thumb, not presented as a fact.
        if (k.rule_of_thumb) CHECK(std::string(k.rule_of_thumb).rfind("Rule of thumb:", 0) == 0);
    }
    CHECK(used == input_ids);
    for (int g = 0; g < int(KpiGroup::Count); ++g) CHECK(groups_seen[g] > 0);
    CHECK(find_kpi("ltv_to_cac")->rule_of_thumb != nullptr);
    CHECK(find_kpi("pipeline_coverage")->rule_of_thumb != nullptr);
}

TEST_CASE("one meaning per name: names are unique, and cost of sales and profit margin say which one they are") {
    std::set<std::string> names;
    for (const KpiDef& k : kpi_catalog()) {
        CAPTURE(k.id);
        CHECK(names.insert(k.name).second);
    }
    // "Cost of sales" is the cost of goods sold to an accountant and pay / bookings in commission;
    // "profit margin" is net profit / revenue, "gross margin" gross profit / revenue. No KPI is
    // named by the ambiguous words alone, and no "Churn rate" leaves customers or MRR unsaid.
    for (const char* ambiguous : {"Cost of sales", "Profit margin", "Churn rate", "Retention rate"})
        CHECK(names.count(ambiguous) == 0);
    CHECK(std::string(find_kpi("net_profit_margin")->formula) == "Net profit margin = net profit / revenue");
    CHECK(std::string(find_kpi("profit_margin")->formula) == "Gross margin = gross profit / revenue");
    CHECK(std::string(find_kpi("cost_of_sales")->meaning).find("cost of goods sold") != std::string::npos);
    CHECK(std::string(find_kpi("churn_rate")->name) == "Customer churn rate");
}

TEST_CASE("no KPI ever returns NaN or infinity: zeros, ones, limits and mixtures give a value or a reason") {
    // Each pattern sets every input of a KPI from a fixed rule on its position and range.
    auto pick = [](const KpiInput& in, int pattern, size_t i) {
        switch (pattern) {
        case 0: return 0.0;
        case 1: return std::min(1.0, in.max);
        case 2: return in.max;
        case 3: return in.min;
        case 4: return i % 2 ? in.max : 0.0;
        case 5: return i % 2 ? 0.0 : in.max;
        case 6: return i % 2 ? 1e-300 : in.max;
        default: return in.max / 3;
        }
    };
    for (const KpiDef& k : kpi_catalog()) {
        for (int pattern = 0; pattern < 8; ++pattern) {
            CAPTURE(k.id);
            CAPTURE(pattern);
            KpiInputs in;
            for (size_t i = 0; i < k.inputs.size(); ++i) {
                const KpiInput& input = *k.inputs[i];
                if (input.unit == KpiUnit::ScoreList) in.lists[input.id] = {pick(input, pattern, i), 10, 0};
                else in.values[input.id] = pick(input, pattern, i);
            }
            auto r = evaluate_kpi(k, in, en);
            if (r.ok()) {
                CHECK(std::isfinite(r.value.value));
                CHECK(r.value.text.find("nan") == std::string::npos);
                CHECK(r.value.text.find("inf") == std::string::npos);
                CHECK(r.value.text != "\u2014");
                CHECK_FALSE(r.value.steps.empty());
            } else {
                CHECK(r.problem.code != nullptr);
                CHECK(std::strlen(r.problem.message) > 0);
            }
        }
    }
}

TEST_CASE("units and groups have stable ids for the CLI") {
    CHECK(std::string(kpi_unit_id(KpiUnit::Money)) == "money");
    CHECK(std::string(kpi_unit_id(KpiUnit::ScoreList)) == "score_list");
    CHECK(std::string(kpi_group_id(KpiGroup::Satisfaction)) == "satisfaction");
    CHECK(std::string(kpi_group_name(KpiGroup::Efficiency)) == "Efficiency");
    CHECK(kpi_unit_word(KpiUnit::Money) == nullptr);
    CHECK(kpi_unit_word(KpiUnit::Fraction) == nullptr);
}
