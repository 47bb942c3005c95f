// A plan's payout on period totals (DOMAIN.md section 4): the published flat example, the
// earnings curve (payout against attainment 0..300%), cost of sales, and the reverse question
// "what bookings do I need to earn X?". Uses the example plans: "current" pays 8% on the first
// $100,000, 12% on the next $100,000 and 15% above (quota $200,000, target incentive $20,000,
// base $30,000); "proposed" pays the target incentive on an attainment curve with a 50%
// threshold, 1.5x from 100%, 2x from 150% and a 300% payout cap.
#include <doctest/doctest.h>
#include <cmath>
#include <cstring>
#include <string>
#include "core/commission_payout.h"

using namespace quotient;

namespace {
const Currency usd_currency = currency_from_code("USD");
Money usd(double dollars) { return Money{int64_t(std::llround(dollars * 100)), usd_currency}; }
const CommissionPlan current = commission_example().plans[0];
const CommissionPlan proposed = commission_example().plans[1];

CommissionPlan flat_plan(double rate, PaidOn measure = PaidOn::Bookings) {
    CommissionPlan p;
    p.currency = usd_currency;
    p.quota = usd(100'000);
    PlanComponent c;
    c.rate = rate;
    c.paid_on = measure;
    p.components = {c};
    return p;
}

int64_t needed(const CommissionPlan& p, double dollars, double margin_rate = 1.0) {
    auto r = bookings_to_earn(p, usd(dollars), margin_rate);
    REQUIRE(r.ok());
    return r.value.minor;
}

void check_problem(const Problem& p, const char* code, const char* field) {
    REQUIRE(p.code != nullptr);
    CHECK(std::string(p.code) == code);
    CHECK(p.field == field);
}
} // namespace

TEST_CASE("commission (flat): a 100,000 sale at 15% earns 15,000") {
    auto r = plan_payout(flat_plan(0.15), usd(100'000), usd(100'000));
    REQUIRE(r.ok());
    CHECK(r.value.minor == 1'500'000);
    CHECK(std::strcmp(r.value.currency.code, "USD") == 0);
}

TEST_CASE("plan payout: a flat rate on gross margin pays on the margin ($40,000 x 10% = $4,000)") {
    auto r = plan_payout(flat_plan(0.1, PaidOn::GrossMargin), usd(100'000), usd(40'000));
    REQUIRE(r.ok());
    CHECK(r.value.minor == 400'000);
}

TEST_CASE("plan payout: refuses an invalid plan and amounts in another currency") {
    CommissionPlan bad = flat_plan(-0.1);
    check_problem(plan_payout(bad, usd(1), usd(1)).problem, "rate_negative", "components[0].rate");
    const Money eur{100, currency_from_code("EUR")};
    check_problem(plan_payout(flat_plan(0.1), eur, eur).problem, "currency_mismatch", "");
}

TEST_CASE("earnings curve: the current plan pays $8,000 at 50%, $20,000 at 100%, $35,000 at 150%, $80,000 at 300%") {
    // 150%: $300,000 = 8,000 + 12,000 + 100,000 x 15%; 300%: $600,000 = 20,000 + 400,000 x 15%.
    auto r = earnings_curve(current);
    REQUIRE(r.ok());
    const auto& c = r.value;
    REQUIRE(c.size() == 61);   // every 5% from 0 to 300%
    CHECK(c[0].attainment == 0);
    CHECK(c[0].payout.minor == 0);
    CHECK(c[0].total_pay.minor == 3'000'000);   // the base salary
    CHECK(c[10].attainment == 0.5);
    CHECK(c[10].bookings.minor == 10'000'000);
    CHECK(c[10].payout.minor == 800'000);
    CHECK(c[20].payout.minor == 2'000'000);
    CHECK(c[30].payout.minor == 3'500'000);
    CHECK(c[60].attainment == 3.0);
    CHECK(c[60].payout.minor == 8'000'000);
    CHECK(c[60].total_pay.minor == 11'000'000);
}

TEST_CASE("earnings curve: the proposed plan pays 0 below 50%, 50% of target at 50%, 130% at 120%, and its 300% cap at "
          "300%") {
    auto r = earnings_curve(proposed);
    REQUIRE(r.ok());
    const auto& c = r.value;
    CHECK(c[9].payout.minor == 0);              // 45%
    CHECK(c[10].payout.minor == 1'000'000);     // 50%: 20,000 x 50%
    CHECK(c[20].payout.minor == 2'000'000);     // 100%
    CHECK(c[24].payout.minor == 2'600'000);     // 120%: 20,000 x (1 + 0.2 x 1.5)
    CHECK(c[60].payout.minor == 6'000'000);     // 300%: min(1 + 0.75 + 3, 3) x 20,000
    for (size_t i = 1; i < c.size(); ++i) CHECK(c[i].payout.minor >= c[i - 1].payout.minor);
}

TEST_CASE("earnings curve: sample count and range can be chosen; margin components use the margin rate") {
    EarningsCurveDesc d;
    d.max_attainment = 2.0;
    d.samples = 3;
    d.margin_rate = 0.4;
    auto r = earnings_curve(flat_plan(0.1, PaidOn::GrossMargin), d);
    REQUIRE(r.ok());
    REQUIRE(r.value.size() == 3);
    CHECK(r.value[1].attainment == 1.0);
    CHECK(r.value[1].payout.minor == 400'000);   // 100,000 bookings, 40,000 margin, 10%
    CHECK(r.value[2].payout.minor == 800'000);
}

TEST_CASE("earnings curve: refused without a quota, with a bad range, or a margin rate above 100%") {
    CommissionPlan p = flat_plan(0.1);
    p.quota = usd(0);
    check_problem(earnings_curve(p).problem, "quota_required", "quota");
    EarningsCurveDesc d;
    d.samples = 1;
    check_problem(earnings_curve(current, d).problem, "curve_out_of_range", "");
    d = {};
    d.max_attainment = std::nan("");
    check_problem(earnings_curve(current, d).problem, "curve_out_of_range", "");
    d = {};
    d.margin_rate = 1.5;
    check_problem(earnings_curve(current, d).problem, "rate_out_of_range", "margin_rate");
}

TEST_CASE("cost of sales: the current plan at 100% costs (30,000 + 20,000) / 200,000 = 25% of bookings") {
    auto r = cost_of_sales(current, 1.0);
    REQUIRE(r.ok());
    CHECK(r.value.bookings.minor == 20'000'000);
    CHECK(r.value.pay.minor == 5'000'000);
    CHECK(r.value.cost_of_sales == doctest::Approx(0.25));
    // 150%: (30,000 + 35,000) / 300,000.
    CHECK(cost_of_sales(current, 1.5).value.cost_of_sales == doctest::Approx(65.0 / 300.0));
}

TEST_CASE("cost of sales: at 0% attainment there are no bookings to divide by") {
    check_problem(cost_of_sales(current, 0).problem, "no_bookings", "attainment");
    check_problem(cost_of_sales(current, -0.5).problem, "attainment_out_of_range", "attainment");
    check_problem(cost_of_sales(current, std::nan("")).problem, "attainment_out_of_range", "attainment");
}

TEST_CASE("bookings to earn: $15,000 at a flat 15% needs $100,000") {
    CHECK(needed(flat_plan(0.15), 15'000) == 10'000'000);
}

TEST_CASE("bookings to earn: the current plan's $20,000 target incentive needs the $200,000 quota") {
    CHECK(needed(current, 20'000) == 20'000'000);
    // $14,000 = 8,000 + 50,000 x 12%: $150,000.
    CHECK(needed(current, 14'000) == 15'000'000);
    // $100 at 8% is $1,250 of bookings.
    CHECK(needed(current, 100) == 125'000);
}

TEST_CASE("bookings to earn: on a curve with a 50% threshold even one cent needs the $100,000 threshold") {
    CHECK(needed(proposed, 0.01) == 10'000'000);
    CHECK(needed(proposed, 10'000) == 10'000'000);
    // $26,000 = 20,000 x 130%: 120% of quota.
    CHECK(needed(proposed, 26'000) == 24'000'000);
}

TEST_CASE("bookings to earn: nothing needs nothing; margin components use the margin rate") {
    CHECK(needed(current, 0) == 0);
    // $4,000 at 10% of a 40% margin: $100,000 of bookings, less one cent: the margin on
    // $99,999.99 is 3,999,999.6 cents, which rounds to the $40,000.00 that pays $4,000.
    CHECK(needed(flat_plan(0.1, PaidOn::GrossMargin), 4'000, 0.4) == 9'999'999);
}

TEST_CASE("bookings to earn: beyond a cap, with no components, or a negative amount, there is no answer") {
    check_problem(bookings_to_earn(proposed, usd(70'000)).problem, "target_unreachable", "commission");
    CommissionPlan none = flat_plan(0.1);
    none.components.clear();
    check_problem(bookings_to_earn(none, usd(1)).problem, "target_unreachable", "commission");
    check_problem(bookings_to_earn(current, usd(-1)).problem, "amount_negative", "commission");
    check_problem(bookings_to_earn(flat_plan(0.1, PaidOn::GrossMargin), usd(1), 0).problem, "target_unreachable",
                  "commission");
}

// [SECTION] Caps on flat and tiered components

TEST_CASE("cap: a 10% flat component capped at $30,000 pays min(bookings x 10%, 30,000)") {
    // $250,000 x 10% = 25,000 (under the cap); $400,000 x 10% = 40,000, capped to 30,000.
    CommissionPlan p = flat_plan(0.1);
    p.components[0].capped = true;
    p.components[0].cap = usd(30'000);
    CHECK(plan_payout(p, usd(250'000), usd(0)).value.minor == 2'500'000);
    CHECK(plan_payout(p, usd(400'000), usd(0)).value.minor == 3'000'000);
    CHECK(component_payout_before_cap(p, p.components[0], usd(400'000).minor, 0) == doctest::Approx(4'000'000));
    CHECK(cap_applies(p.components[0], 4'000'000));
    CHECK_FALSE(cap_applies(p.components[0], 3'000'000));   // exactly the cap: nothing is cut
    const Locale en = locale_for(LocaleId::en_US);
    CHECK(component_working(p, p.components[0], usd(400'000).minor, 0, en) ==
          "min($400,000.00 \u00D7 10%, $30,000.00)");
    CHECK(component_working(p, p.components[0], usd(250'000).minor, 0, en) == "$250,000.00 \u00D7 10%");
}

TEST_CASE("cap: the current plan's tiers capped at $25,000: $25,000 needs $233,333.34, a cent more is unreachable") {
    // $300,000 marginal: 8,000 + 12,000 + 100,000 x 15% = 35,000, capped to 25,000.
    // $25,000 needs 20,000 + 5,000 / 15% = $233,333.33... -> $233,333.34 of bookings.
    CommissionPlan p = current;
    p.components[0].capped = true;
    p.components[0].cap = usd(25'000);
    CHECK(plan_payout(p, usd(300'000), usd(0)).value.minor == 2'500'000);
    CHECK(needed(p, 25'000) == 23'333'334);
    check_problem(bookings_to_earn(p, usd(25'000.01)).problem, "target_unreachable", "commission");
}
