// Planning with the funnel (DOMAIN.md section 1): the reverse funnel, goal seek, win rate per
// stage, the ideal funnel by Little's law, stage editing, and the basic sales formula.
#include <doctest/doctest.h>
#include <cstring>
#include <string>
#include "core/earnings_plan.h"
#include "core/funnel_reverse.h"
#include "core/ideal_funnel.h"
#include "core/sales_formula.h"

using namespace quotient;

namespace {

Money usd(double dollars) { return money_from_major(dollars, currency_from_code("USD")).value; }

Funnel lead_pipeline() { return funnel_preset(FunnelPreset::LeadPipeline); }   // .5 .4 .5 .5 .25, $5,000

template <class T>
void check_problem(const Outcome<T>& r, const char* code, const char* field) {
    REQUIRE_FALSE(r.ok());
    CHECK(std::string(r.problem.code) == code);
    CHECK(r.problem.field == field);
    CHECK(std::strlen(r.problem.message) > 0);
}

} // namespace

// [SECTION] Reverse funnel

TEST_CASE("reverse funnel: $62,500 at $5,000 a deal needs 12.5 deals and 1000 prospects (forward run backwards)") {
    // 62,500 / 5,000 = 12.5 deals; / .25 = 50 opportunities; / .5 = 100 SQL; / .5 = 200 MQL;
    // / .4 = 500 leads; / .5 = 1000 prospects: the forward preset's own numbers.
    auto r = reverse_funnel(lead_pipeline(), usd(62'500));
    REQUIRE(r.ok());
    CHECK(r.value.deals_needed == 12.5);
    CHECK(r.value.required == std::vector<double>{1000, 500, 200, 100, 50, 12.5});
    CHECK(r.value.required_whole == std::vector<double>{1000, 500, 200, 100, 50, 13});
}

TEST_CASE("reverse funnel: fractions round up to whole prospects, exact values kept (B2B, $50,000)") {
    // 50,000 / 5,000 = 10 deals; negotiation 10 / .7 = 14.29 -> 15; proposal 14.29 / .5 = 28.57 -> 29;
    // needs confirmed 28.57 / .6 = 47.62 -> 48; initial contact 47.62 / .5 = 95.24 -> 96.
    auto r = reverse_funnel(funnel_preset(FunnelPreset::B2B5), usd(50'000));
    REQUIRE(r.ok());
    CHECK(r.value.required[3] == doctest::Approx(14.285714285714286));
    CHECK(r.value.required[0] == doctest::Approx(95.23809523809524));
    CHECK(r.value.required_whole == std::vector<double>{96, 48, 29, 15, 10});
}

TEST_CASE("whole prospects: floating-point dust does not add a prospect") {
    CHECK(whole_prospects(100.0000000001) == 100);
    CHECK(whole_prospects(100.2) == 101);
    CHECK(whole_prospects(0) == 0);
    CHECK(whole_prospects(0.001) == 1);
}

TEST_CASE("reverse funnel: a zero target needs nobody, even past a stage converting nobody") {
    Funnel f = lead_pipeline();
    f.stages[2].rate_to_next = 0;
    auto r = reverse_funnel(f, usd(0));
    REQUIRE(r.ok());
    CHECK(r.value.required_whole == std::vector<double>{0, 0, 0, 0, 0, 0});
}

TEST_CASE("reverse funnel: a stage converting nobody makes any positive target unreachable, naming the stage") {
    Funnel f = lead_pipeline();
    f.stages[2].rate_to_next = 0;
    check_problem(reverse_funnel(f, usd(1)), "stage_converts_nobody", "stages[2].rate_to_next");
}

TEST_CASE("reverse funnel: a zero average deal cannot be worked back from revenue") {
    Funnel f = lead_pipeline();
    f.average_deal = usd(0);
    check_problem(reverse_funnel(f, usd(1000)), "deal_zero", "average_deal");
}

TEST_CASE("reverse funnel: negative target, other currency, bad funnel") {
    check_problem(reverse_funnel(lead_pipeline(), usd(-1)), "target_negative", "revenue_target");
    Money eur = money_from_major(1000, currency_from_code("EUR")).value;
    check_problem(reverse_funnel(lead_pipeline(), eur), "currency_mismatch", "revenue_target");
    Funnel f = lead_pipeline();
    f.stages[1].rate_to_next = 1.5;
    check_problem(reverse_funnel(f, usd(1000)), "rate_out_of_range", "stages[1].rate_to_next");
}

TEST_CASE("reverse funnel: one-in-a-million rates ask for more than 10^15 prospects: unreachable, not infinite") {
    Funnel f = lead_pipeline();
    for (Stage& s : f.stages) s.rate_to_next = 1e-6;
    check_problem(reverse_funnel(f, usd(1'000'000)), "target_unreachable", "revenue_target");
}

// [SECTION] Goal seek

TEST_CASE("goal seek: 20 deals from 1000 prospects need 40% at the opportunity stage") {
    // Other rates pass 1000 x .5 x .4 x .5 x .5 = 50 opportunities; 20 / 50 = 40%.
    auto r = goal_seek_rate(lead_pipeline(), 4, usd(100'000));
    REQUIRE(r.ok());
    CHECK(r.value.rate_needed == doctest::Approx(0.4));
    CHECK(r.value.achievable);
}

TEST_CASE("goal seek: 20 deals need the first stage at 80%") {
    // Without stage 0: 1000 x .4 x .5 x .5 x .25 = 25; 20 / 25 = 80%.
    auto r = goal_seek_rate(lead_pipeline(), 0, usd(100'000));
    REQUIRE(r.ok());
    CHECK(r.value.rate_needed == doctest::Approx(0.8));
}

TEST_CASE("goal seek: 100 deals would need 200% at the opportunity stage: impossible, and said so") {
    auto r = goal_seek_rate(lead_pipeline(), 4, usd(500'000));
    REQUIRE(r.ok());
    CHECK(r.value.rate_needed == doctest::Approx(2.0));
    CHECK_FALSE(r.value.achievable);
}

TEST_CASE("goal seek: the last stage has no rate; a dead stage elsewhere makes every rate useless") {
    check_problem(goal_seek_rate(lead_pipeline(), 5, usd(1000)), "no_rate_for_last_stage", "stage");
    Funnel f = lead_pipeline();
    f.stages[1].rate_to_next = 0;
    check_problem(goal_seek_rate(f, 3, usd(1000)), "unreachable", "stage");
    f.top_volume = 0;
    f.stages[1].rate_to_next = 0.4;
    check_problem(goal_seek_rate(f, 3, usd(1000)), "unreachable", "stage");
}

// [SECTION] Win rate per stage

TEST_CASE("win rate per stage: the product of the remaining conversion rates") {
    // Opportunity .25; SQL .5 x .25 = .125; MQL .0625; Lead .025; Prospect .0125; Won 1.
    auto w = stage_win_rates(lead_pipeline());
    REQUIRE(w.ok());
    CHECK(w.value == std::vector<double>{0.0125, 0.025, 0.0625, 0.125, 0.25, 1.0});
}

// [SECTION] Ideal funnel

TEST_CASE("ideal funnel: quarterly quota 3,000,000 at an average deal of 100,000 means 30 deals must close") {
    Funnel f = funnel_preset(FunnelPreset::B2B5);
    f.average_deal = usd(100'000);
    auto r = ideal_funnel(f, usd(3'000'000), average_period_days(PlanPeriod::Quarter));
    REQUIRE(r.ok());
    CHECK(r.value.deals_to_close == 30);
    CHECK(r.value.stages.back().entering == 30);
}

TEST_CASE("ideal funnel: Little's law, deals held = deals entering x days in stage / period days") {
    // Stages A (50%, 30 days), B (50%, 45 days), Won. Win rates A .25, B .5. 30 deals to close:
    // 120 enter A and 60 enter B per 90-day period; A holds 120 x 30/90 = 40, B 60 x 45/90 = 30.
    Funnel f;
    f.stages = {{"A", 0.5, 30}, {"B", 0.5, 45}, {"Won", 0, 0}};
    f.average_deal = usd(100'000);
    auto r = ideal_funnel(f, usd(3'000'000), 90);
    REQUIRE(r.ok());
    CHECK(r.value.stages[0].win_rate == 0.25);
    CHECK(r.value.stages[0].entering == 120);
    CHECK(r.value.stages[0].holding == doctest::Approx(40));
    CHECK(r.value.stages[1].holding == doctest::Approx(30));
    CHECK(r.value.stages[2].holding == 0);
}

TEST_CASE("ideal funnel: the pipeline value counts each deal held at its chance of closing") {
    // Same funnel: A holds 40 deals at win rate .25 x 100,000 = 1,000,000; B holds 30 at .5 x
    // 100,000 = 1,500,000; Won holds none. The pipeline to hold is 2,500,000, which is the quota
    // x (30 + 45 stage days) / 90 period days = 3,000,000 x 75/90 = 2,500,000.
    Funnel f;
    f.stages = {{"A", 0.5, 30}, {"B", 0.5, 45}, {"Won", 0, 0}};
    f.average_deal = usd(100'000);
    auto r = ideal_funnel(f, usd(3'000'000), 90);
    REQUIRE(r.ok());
    CHECK(r.value.stages[0].holding_value.minor == 1'000'000'00);
    CHECK(r.value.stages[1].holding_value.minor == 1'500'000'00);
    CHECK(r.value.stages[2].holding_value.minor == 0);
    CHECK(r.value.pipeline_value.minor == 2'500'000'00);
}

TEST_CASE("ideal funnel: periods are a twelfth, a quarter or all of 365 days") {
    CHECK(average_period_days(PlanPeriod::Month) == doctest::Approx(30.416666));
    CHECK(average_period_days(PlanPeriod::Quarter) == 91.25);
    CHECK(average_period_days(PlanPeriod::Year) == 365);
}

TEST_CASE("ideal funnel: bad inputs are refused with a reason") {
    Funnel f = lead_pipeline();
    check_problem(ideal_funnel(f, usd(-1), 90), "quota_negative", "quota");
    check_problem(ideal_funnel(f, usd(1000), 0), "period_invalid", "period_days");
    f.average_deal = usd(0);
    check_problem(ideal_funnel(f, usd(1000), 90), "deal_zero", "average_deal");
    f = lead_pipeline();
    f.stages[3].rate_to_next = 0;
    check_problem(ideal_funnel(f, usd(1000), 90), "stage_never_wins", "stages[0].rate_to_next");
}

// [SECTION] Editing stages

TEST_CASE("editing stages: insert, rename, move and remove keep the funnel valid") {
    Funnel f = funnel_preset(FunnelPreset::Classic4);
    CHECK(insert_stage(f, 1, "Qualified"));
    CHECK(f.stages[1].name == "Qualified");
    CHECK(f.stages.size() == 5);
    CHECK(move_stage(f, 1, 3));
    CHECK(f.stages[3].name == "Qualified");
    CHECK(f.stages[1].name == "Interest");
    CHECK(remove_stage(f, 3));
    CHECK(f.stages.size() == 4);
    CHECK_FALSE(remove_stage(f, 9));
    CHECK_FALSE(move_stage(f, 0, 4));
    while (f.stages.size() > 1) CHECK(remove_stage(f, 0));
    CHECK_FALSE(remove_stage(f, 0));        // a funnel keeps at least one stage
    for (int i = 1; i < max_funnel_stages; ++i) CHECK(insert_stage(f, 0, "S"));
    CHECK_FALSE(insert_stage(f, 0, "one too many"));
}

// [SECTION] Basic sales formula

TEST_CASE("sales formula: 2000 x 20% x 25% x $2,500 x 40% = $100,000 gross profit") {
    // 2000 prospects -> 400 first meetings -> 100 orders -> $250,000 revenue -> $100,000 margin.
    auto r = evaluate_sales_formula(SalesFormula{});
    REQUIRE(r.ok());
    CHECK(r.value.gross_profit.minor == 100'000'00);
}

TEST_CASE("sales formula: +1 point is worth most on the smallest rate; +10% on any lever is +10%") {
    // +1 point: meetings 21% -> $105,000; closing 26% -> $104,000; margin 41% -> $102,500.
    auto r = evaluate_sales_formula(SalesFormula{});
    REQUIRE(r.ok());
    const auto& l = r.value.levers;
    CHECK(l[size_t(Lever::FirstMeetingRate)].profit_plus_point.minor == 105'000'00);
    CHECK(l[size_t(Lever::ClosingEfficiency)].profit_plus_point.minor == 104'000'00);
    CHECK(l[size_t(Lever::GrossMargin)].profit_plus_point.minor == 102'500'00);
    CHECK_FALSE(l[size_t(Lever::CustomerBase)].has_point);
    CHECK(r.value.best_point_lever == int(Lever::FirstMeetingRate));
    for (const LeverGain& g : l) CHECK(g.profit_plus_ten_percent.minor == 110'000'00);
}

TEST_CASE("sales formula: a rate already at 100% cannot gain a point, and +10% is capped there") {
    SalesFormula s;
    s.gross_margin_rate = 1.0;
    auto r = evaluate_sales_formula(s);
    REQUIRE(r.ok());
    const LeverGain& margin = r.value.levers[size_t(Lever::GrossMargin)];
    CHECK_FALSE(margin.point_possible);
    CHECK(margin.profit_plus_ten_percent.minor == r.value.gross_profit.minor);
}

TEST_CASE("sales formula: rates outside 0..100%, a negative base or order are refused") {
    SalesFormula s;
    s.closing_efficiency = 1.5;
    check_problem(evaluate_sales_formula(s), "rate_out_of_range", "closing_efficiency");
    s = SalesFormula{};
    s.customer_base = -1;
    check_problem(evaluate_sales_formula(s), "base_out_of_range", "customer_base");
    s = SalesFormula{};
    s.average_order = usd(-5);
    check_problem(evaluate_sales_formula(s), "order_out_of_range", "average_order");
}

TEST_CASE("leads to reach OTE: $10,000 of commission at a flat 10% is $100,000 booked, 20 deals, 1,600 prospects") {
    CommissionPlan plan;
    plan.currency = currency_from_code("USD");
    plan.quota = Money{250'000'00, plan.currency};
    plan.target_incentive = Money{10'000'00, plan.currency};
    PlanComponent flat;
    flat.kind = ComponentKind::Flat;
    flat.rate = 0.10;
    plan.components = {flat};
    Funnel f = funnel_preset(FunnelPreset::LeadPipeline);    // 50% 40% 50% 50% 25%
    f.average_deal = Money{5'000'00, plan.currency};

    Outcome<EarningsPlan> r = plan_to_earn(plan, f, plan.target_incentive);
    REQUIRE(r.ok());
    CHECK(r.value.bookings.minor == 100'000'00);
    CHECK(r.value.funnel.deals_needed == doctest::Approx(20));
    CHECK(r.value.funnel.required_whole.front() == 1600);      // 20 / (0.5 x 0.4 x 0.5 x 0.5 x 0.25)

    f.average_deal = Money{0, plan.currency};
    CHECK(std::string(plan_to_earn(plan, f, plan.target_incentive).problem.code) == reverse_funnel(f, r.value.bookings).problem.code);
    f.average_deal = Money{5'000'00, currency_from_code("EUR")};
    CHECK_FALSE(plan_to_earn(plan, f, plan.target_incentive).ok());       // funnel and plan in other currencies
    plan.components[0].rate = 0;
    CHECK(std::string(plan_to_earn(plan, f, plan.target_incentive).problem.code) == "target_unreachable");
}
