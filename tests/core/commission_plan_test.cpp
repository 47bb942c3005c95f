// Commission plans (DOMAIN.md section 4): pay figures (base, target incentive, OTE, pay mix),
// split credit, and every way a plan or a deal is refused.
#include <doctest/doctest.h>
#include <cmath>
#include <cstring>
#include <string>
#include "core/commission_plan.h"

using namespace quotient;

namespace {

const Currency usd_currency = currency_from_code("USD");
Money usd(double dollars) { return Money{int64_t(std::llround(dollars * 100)), usd_currency}; }

PayFigures figures(double base, double incentive, double ote, double mix) {
    return PayFigures{usd(base), usd(incentive), usd(ote), mix};
}

void check_problem(const Problem& p, const char* code, const char* field) {
    REQUIRE(p.code != nullptr);
    CHECK(std::string(p.code) == code);
    CHECK(p.field == field);
    CHECK(std::strlen(p.message) > 0);
}

// A valid plan to break one field at a time: 10% flat, tiers, a curve.
CommissionPlan valid_plan() {
    CommissionPlan p;
    p.currency = usd_currency;
    p.base_salary = usd(30'000);
    p.target_incentive = usd(20'000);
    p.quota = usd(200'000);
    PlanComponent flat;
    flat.rate = 0.1;
    PlanComponent tiers;
    tiers.kind = ComponentKind::Tiered;
    tiers.tiers = {Tier{usd(0), usd(100'000), false, 0.08}, Tier{usd(100'000), usd(200'000), false, 0.12},
                   Tier{usd(200'000), {}, true, 0.15}};
    PlanComponent curve;
    curve.kind = ComponentKind::Curve;
    curve.curve.threshold = 0.5;
    curve.curve.accelerators = {Accelerator{1.0, 1.5}, Accelerator{1.5, 2.0}};
    curve.curve.cap = CapKind::Payout;
    curve.curve.cap_at = 3.0;
    p.components = {flat, tiers, curve};
    return p;
}

ClosedDeal valid_deal() {
    ClosedDeal d;
    d.id = "D1";
    d.close_date = CivilDate{2024, 1, 15};
    d.amount = usd(100'000);
    d.margin = usd(40'000);
    d.splits = {SplitShare{"ana", 1.0}};
    return d;
}

} // namespace

// [SECTION] Pay figures

TEST_CASE("pay mix: an OTE of $100,000 at 60/40 is $60,000 base and $40,000 target incentive") {
    auto r = complete_pay(figures(0, 0, 100'000, 0.6), PayFigure::Ote, PayFigure::PayMix);
    REQUIRE(r.ok());
    CHECK(r.value.base_salary.minor == 6'000'000);
    CHECK(r.value.target_incentive.minor == 4'000'000);
    CHECK(r.value.ote.minor == 10'000'000);
    CHECK(r.value.base_share == 0.6);
}

TEST_CASE("pay mix: $60,000 base + $40,000 incentive is a $100,000 OTE at a 60% base share") {
    auto r = complete_pay(figures(60'000, 40'000, 0, 0), PayFigure::BaseSalary, PayFigure::TargetIncentive);
    REQUIRE(r.ok());
    CHECK(r.value.ote.minor == 10'000'000);
    CHECK(r.value.base_share == doctest::Approx(0.6));
}

TEST_CASE("pay mix: any two figures give the other two") {
    // Base and OTE: incentive = 100,000 - 60,000.
    auto a = complete_pay(figures(60'000, 0, 100'000, 0), PayFigure::BaseSalary, PayFigure::Ote);
    REQUIRE(a.ok());
    CHECK(a.value.target_incentive.minor == 4'000'000);
    CHECK(a.value.base_share == doctest::Approx(0.6));
    // Incentive and OTE: base = 100,000 - 40,000.
    auto b = complete_pay(figures(0, 40'000, 100'000, 0), PayFigure::TargetIncentive, PayFigure::Ote);
    REQUIRE(b.ok());
    CHECK(b.value.base_salary.minor == 6'000'000);
    // Base and mix: OTE = 60,000 / 0.6 = 100,000.
    auto c = complete_pay(figures(60'000, 0, 0, 0.6), PayFigure::PayMix, PayFigure::BaseSalary);
    REQUIRE(c.ok());
    CHECK(c.value.ote.minor == 10'000'000);
    CHECK(c.value.target_incentive.minor == 4'000'000);
    // Incentive and mix: OTE = 40,000 / (1 - 0.6) = 100,000.
    auto d = complete_pay(figures(0, 40'000, 0, 0.6), PayFigure::TargetIncentive, PayFigure::PayMix);
    REQUIRE(d.ok());
    CHECK(d.value.ote.minor == 10'000'000);
    CHECK(d.value.base_salary.minor == 6'000'000);
}

TEST_CASE("pay mix: a derived amount is rounded once, the other is the exact rest (base + incentive = OTE)") {
    // $100,000.01 at 50/50: base = 10,000,001 x 0.5 = 5,000,000.5 cents -> 5,000,000 (even);
    // incentive = 10,000,001 - 5,000,000 = 5,000,001 cents.
    auto r = complete_pay(figures(0, 0, 100'000.01, 0.5), PayFigure::Ote, PayFigure::PayMix);
    REQUIRE(r.ok());
    CHECK(r.value.base_salary.minor == 5'000'000);
    CHECK(r.value.target_incentive.minor == 5'000'001);
    CHECK(r.value.base_salary.minor + r.value.target_incentive.minor == r.value.ote.minor);
}

TEST_CASE("pay mix: impossible or undefined figures are refused") {
    check_problem(complete_pay(figures(120'000, 0, 100'000, 0), PayFigure::BaseSalary, PayFigure::Ote).problem,
                  "base_above_ote", "base_salary");
    check_problem(complete_pay(figures(0, 120'000, 100'000, 0), PayFigure::TargetIncentive, PayFigure::Ote).problem,
                  "incentive_above_ote", "target_incentive");
    check_problem(complete_pay(figures(0, 0, 100'000, 1.5), PayFigure::Ote, PayFigure::PayMix).problem,
                  "rate_out_of_range", "pay_mix");
    check_problem(complete_pay(figures(0, 0, 100'000, std::nan("")), PayFigure::Ote, PayFigure::PayMix).problem,
                  "rate_out_of_range", "pay_mix");
    check_problem(complete_pay(figures(60'000, 0, 0, 0), PayFigure::BaseSalary, PayFigure::PayMix).problem,
                  "pay_mix_undefined", "pay_mix");
    check_problem(complete_pay(figures(0, 40'000, 0, 1), PayFigure::TargetIncentive, PayFigure::PayMix).problem,
                  "pay_mix_undefined", "pay_mix");
    check_problem(complete_pay(figures(0, 0, 0, 0), PayFigure::BaseSalary, PayFigure::TargetIncentive).problem,
                  "ote_zero", "ote");
    check_problem(complete_pay(figures(-1, 0, 100, 0), PayFigure::BaseSalary, PayFigure::Ote).problem,
                  "pay_negative", "base_salary");
    check_problem(complete_pay(figures(1, 0, 0, 0), PayFigure::Ote, PayFigure::Ote).problem, "pay_figures_same", "");
    // A tiny base share makes the OTE from a base salary too large to hold.
    check_problem(complete_pay(figures(1'000'000, 0, 0, 1e-12), PayFigure::BaseSalary, PayFigure::PayMix).problem,
                  "amount_too_large", "pay_mix");
}

TEST_CASE("pay mix: a zero OTE with a given mix is zero pay, not a division by zero") {
    auto r = complete_pay(figures(0, 0, 0, 0.6), PayFigure::Ote, PayFigure::PayMix);
    REQUIRE(r.ok());
    CHECK(r.value.base_salary.minor == 0);
    CHECK(r.value.target_incentive.minor == 0);
}

TEST_CASE("OTE of a plan: base salary + target incentive") {
    CHECK(plan_ote(valid_plan()).minor == 5'000'000);
}

// [SECTION] Split credit

TEST_CASE("split: three reps at 33.33/33.33/33.34 of $100,000.00 get $33,330 + $33,330 + $33,340, to the cent") {
    std::vector<SplitShare> s = {{"ana", 0.3333}, {"ben", 0.3333}, {"cai", 0.3334}};
    const Money deal = usd(100'000);
    CHECK(split_credit(deal, s, 0).minor == 3'333'000);
    CHECK(split_credit(deal, s, 1).minor == 3'333'000);
    CHECK(split_credit(deal, s, 2).minor == 3'334'000);
}

TEST_CASE("split: thirds of $1,000.01 are $333.34 + $333.34 + $333.33 (the last takes the rest)") {
    // 100,001 cents / 3 = 33,333.67 -> 33,334 for the first two; the last gets 100,001 - 66,668.
    const double third = 1.0 / 3.0;
    std::vector<SplitShare> s = {{"ana", third}, {"ben", third}, {"cai", third}};
    const Money deal = usd(1'000.01);
    CHECK(split_credit(deal, s, 0).minor == 33'334);
    CHECK(split_credit(deal, s, 1).minor == 33'334);
    CHECK(split_credit(deal, s, 2).minor == 33'333);
    CHECK(split_credit(deal, s, 0).minor + split_credit(deal, s, 1).minor + split_credit(deal, s, 2).minor == 100'001);
}

TEST_CASE("split: one rep at 100% gets the whole deal; split_index finds a rep or says -1") {
    ClosedDeal d = valid_deal();
    CHECK(split_credit(d.amount, d.splits, 0).minor == d.amount.minor);
    CHECK(split_index(d, "ana") == 0);
    CHECK(split_index(d, "nobody") == -1);
}

// [SECTION] Plan validation

TEST_CASE("validation: the example plans, deals and a plan with every component are valid") {
    CHECK(validate_plan(valid_plan()).code == nullptr);
    CommissionBook book = commission_example();
    REQUIRE(book.plans.size() == 2);
    for (const CommissionPlan& p : book.plans) CHECK(validate_plan(p).code == nullptr);
    CHECK(validate_deals(book.deals, book.plans[0].currency).code == nullptr);
    CHECK(plan_ote(book.plans[0]).minor == 5'000'000);
}

TEST_CASE("validation: a plan with no components is valid (base salary only)") {
    CommissionPlan p = valid_plan();
    p.components.clear();
    CHECK(validate_plan(p).code == nullptr);
}

TEST_CASE("validation: negative rates are refused, on flat components and on tiers") {
    CommissionPlan p = valid_plan();
    p.components[0].rate = -0.05;
    check_problem(validate_plan(p), "rate_negative", "components[0].rate");
    p = valid_plan();
    p.components[1].tiers[1].rate = -0.12;
    check_problem(validate_plan(p), "rate_negative", "components[1].tiers[1].rate");
}

TEST_CASE("validation: a rate above 100% or NaN is out of range") {
    CommissionPlan p = valid_plan();
    p.components[0].rate = 15;   // 15 meant as 15%
    check_problem(validate_plan(p), "rate_out_of_range", "components[0].rate");
    p.components[0].rate = std::nan("");
    check_problem(validate_plan(p), "rate_out_of_range", "components[0].rate");
}

TEST_CASE("validation: overlapping tiers are refused") {
    CommissionPlan p = valid_plan();
    p.components[1].tiers[1].from = usd(90'000);   // the first tier runs to 100,000
    check_problem(validate_plan(p), "tiers_overlap", "components[1].tiers[1].from");
}

TEST_CASE("validation: unsorted tiers, and tiers ending before they start, are refused") {
    CommissionPlan p = valid_plan();
    auto& t = p.components[1].tiers;
    t = {Tier{usd(0), {}, true, 0.08}, Tier{usd(100'000), {}, true, 0.12}};
    check_problem(validate_plan(p), "open_tier_not_last", "components[1].tiers[0].to");
    t = {Tier{usd(0), usd(100'000), false, 0.08}, Tier{usd(200'000), usd(300'000), false, 0.15},
         Tier{usd(100'000), {}, true, 0.12}};
    check_problem(validate_plan(p), "tiers_gap", "components[1].tiers[1].from");
    t = {Tier{usd(0), usd(300'000), false, 0.08}, Tier{usd(200'000), usd(250'000), false, 0.15},
         Tier{usd(100'000), {}, true, 0.12}};
    check_problem(validate_plan(p), "tiers_overlap", "components[1].tiers[1].from");
    t = {Tier{usd(0), usd(100'000), false, 0.08}, Tier{usd(100'000), usd(50'000), false, 0.12},
         Tier{usd(50'000), {}, true, 0.15}};
    check_problem(validate_plan(p), "tiers_unsorted", "components[1].tiers[1].to");
    t = {Tier{usd(0), usd(100'000), false, 0.08}, Tier{usd(100'000), usd(200'000), false, 0.12},
         Tier{usd(50'000), {}, true, 0.15}};
    check_problem(validate_plan(p), "tiers_unsorted", "components[1].tiers[2].from");
}

TEST_CASE("validation: tiers must start at zero and leave no gap; the last may end, above its start") {
    CommissionPlan p = valid_plan();
    p.components[1].tiers[0].from = usd(1);
    check_problem(validate_plan(p), "tiers_not_from_zero", "components[1].tiers[0].from");
    p = valid_plan();
    p.components[1].tiers[2].from = usd(210'000);
    check_problem(validate_plan(p), "tiers_gap", "components[1].tiers[2].from");
    p = valid_plan();
    p.components[1].tiers[2].open_ended = false;
    p.components[1].tiers[2].to = usd(300'000);
    CHECK(validate_plan(p).code == nullptr);   // published as "15% from 200,000 to 300,000"
    p.components[1].tiers[2].to = usd(200'000);
    check_problem(validate_plan(p), "tiers_unsorted", "components[1].tiers[2].to");
    p = valid_plan();
    p.components[1].tiers.clear();
    check_problem(validate_plan(p), "no_tiers", "components[1].tiers");
}

TEST_CASE("validation: a flat or tiered component's cap is an amount of the plan") {
    CommissionPlan p = valid_plan();
    p.components[1].capped = true;
    p.components[1].cap = usd(-1);
    check_problem(validate_plan(p), "amount_negative", "components[1].cap");
    p.components[1].cap = Money{100, currency_from_code("EUR")};
    check_problem(validate_plan(p), "currency_mismatch", "components[1].cap");
    p.components[1].cap = usd(30'000);
    CHECK(validate_plan(p).code == nullptr);
    p.components[1].capped = false;   // an unused cap is not checked
    p.components[1].cap = usd(-1);
    CHECK(validate_plan(p).code == nullptr);
}

TEST_CASE("validation: a threshold above the cap is refused") {
    CommissionPlan p = valid_plan();
    p.components[2].curve.cap = CapKind::Attainment;
    p.components[2].curve.cap_at = 0.4;   // threshold 50%
    check_problem(validate_plan(p), "threshold_above_cap", "components[2].threshold");
    p.components[2].curve.cap_at = 0.5;   // equal is allowed: pays exactly at 50%
    CHECK(validate_plan(p).code == nullptr);
}

TEST_CASE("validation: curve settings out of range") {
    CommissionPlan p = valid_plan();
    p.components[2].curve.threshold = 1.2;
    check_problem(validate_plan(p), "threshold_out_of_range", "components[2].threshold");
    p = valid_plan();
    p.components[2].curve.decelerator = -0.1;
    check_problem(validate_plan(p), "decelerator_out_of_range", "components[2].decelerator");
    p = valid_plan();
    p.components[2].curve.accelerators = {Accelerator{1.5, 2.0}, Accelerator{1.2, 1.5}};
    check_problem(validate_plan(p), "accelerators_unsorted", "components[2].accelerators[1].from");
    p.components[2].curve.accelerators = {Accelerator{0.9, 2.0}};
    check_problem(validate_plan(p), "accelerator_out_of_range", "components[2].accelerators[0].from");
    p.components[2].curve.accelerators = {Accelerator{1.0, -1}};
    check_problem(validate_plan(p), "rate_negative", "components[2].accelerators[0].multiplier");
    p = valid_plan();
    p.components[2].curve.cap_at = 0;
    check_problem(validate_plan(p), "cap_out_of_range", "components[2].cap.at");
    p = valid_plan();
    p.quota = usd(0);
    check_problem(validate_plan(p), "quota_required", "quota");
}

TEST_CASE("validation: amounts in another currency, negative amounts, bad multipliers and windows") {
    CommissionPlan p = valid_plan();
    p.quota = Money{100, currency_from_code("EUR")};
    check_problem(validate_plan(p), "currency_mismatch", "quota");
    p = valid_plan();
    p.base_salary = usd(-1);
    check_problem(validate_plan(p), "amount_negative", "base_salary");
    p = valid_plan();
    p.multipliers = {DealMultiplier{MultiplierKind::Product, "", 1.5}};
    check_problem(validate_plan(p), "product_missing", "multipliers[0].product");
    p.multipliers = {DealMultiplier{MultiplierKind::NewLogo, "", -2}};
    check_problem(validate_plan(p), "multiplier_out_of_range", "multipliers[0].factor");
    p = valid_plan();
    p.spiffs = {Spiff{"Launch", usd(-500), "", false}};
    check_problem(validate_plan(p), "amount_negative", "spiffs[0].amount");
    p = valid_plan();
    p.clawback_days = -1;
    check_problem(validate_plan(p), "clawback_days_out_of_range", "clawback_days");
    p = valid_plan();
    p.draw = Draw{DrawKind::Recoverable, usd(-3'000)};
    check_problem(validate_plan(p), "amount_negative", "draw.amount");
    p.draw.kind = DrawKind::None;   // an unused draw amount is not checked
    CHECK(validate_plan(p).code == nullptr);
}

// [SECTION] ClosedDeal validation

TEST_CASE("validation: splits not totalling 100% are refused") {
    ClosedDeal d = valid_deal();
    d.splits = {{"ana", 0.5}, {"ben", 0.4}};
    check_problem(validate_deals({d}, usd_currency), "splits_not_100", "deals[0].splits");
    d.splits = {{"ana", 0.6}, {"ben", 0.6}};
    check_problem(validate_deals({d}, usd_currency), "splits_not_100", "deals[0].splits");
    d.splits = {{"ana", 0.3333}, {"ben", 0.3333}, {"cai", 0.3334}};
    CHECK(validate_deals({d}, usd_currency).code == nullptr);
}

TEST_CASE("validation: bad split entries") {
    ClosedDeal d = valid_deal();
    d.splits.clear();
    check_problem(validate_deals({d}, usd_currency), "no_splits", "deals[0].splits");
    d.splits = {{"ana", 0.5}, {"ana", 0.5}};
    check_problem(validate_deals({d}, usd_currency), "split_duplicate_rep", "deals[0].splits[1].rep");
    d.splits = {{"ana", 1.5}, {"ben", -0.5}};
    check_problem(validate_deals({d}, usd_currency), "share_out_of_range", "deals[0].splits[0].share");
    d.splits = {{"", 1.0}};
    check_problem(validate_deals({d}, usd_currency), "rep_missing", "deals[0].splits[0].rep");
}

TEST_CASE("validation: deal amounts, margins, dates and years") {
    ClosedDeal ok = valid_deal();
    ClosedDeal d = ok;
    d.amount = usd(-5);
    check_problem(validate_deals({ok, d}, usd_currency), "deal_negative", "deals[1].amount");
    d = ok;
    d.amount = Money{max_deal_minor + 1, usd_currency};
    check_problem(validate_deals({d}, usd_currency), "deal_too_large", "deals[0].amount");
    d = ok;
    d.margin = usd(100'000.01);
    check_problem(validate_deals({d}, usd_currency), "margin_out_of_range", "deals[0].margin");
    d = ok;
    d.close_date = CivilDate{2023, 2, 29};
    check_problem(validate_deals({d}, usd_currency), "invalid_date", "deals[0].close_date");
    d = ok;
    d.contract_years = 0;
    check_problem(validate_deals({d}, usd_currency), "years_out_of_range", "deals[0].years");
    d = ok;
    d.churned = true;
    d.churn_date = CivilDate{2024, 1, 14};
    check_problem(validate_deals({d}, usd_currency), "churn_before_close", "deals[0].churn_date");
    d.churn_date = CivilDate{2024, 1, 15};   // churning on the day of the close is possible
    CHECK(validate_deals({d}, usd_currency).code == nullptr);
    d = ok;
    d.amount.currency = currency_from_code("EUR");
    check_problem(validate_deals({d}, usd_currency), "currency_mismatch", "deals[0].amount");
}

TEST_CASE("ids: every enum value has an id that reads back; unknown ids give nullptr") {
    for (const auto& e : tier_method_ids) CHECK(enum_from_id(tier_method_ids, e.id)->value == e.value);
    CHECK(std::string(enum_id(plan_period_ids, PlanPeriod::Quarter)) == "quarter");
    CHECK(std::string(enum_id(boundary_owner_ids, BoundaryOwner::LowerTier)) == "lower");
    CHECK(enum_from_id(draw_kind_ids, "Recoverable") == nullptr);
}
