// The pipeline and the Miller Heiman deal review (DOMAIN.md section 2, and the pipeline KPIs of
// section 1): placement by Fund % + Competition %, expected value, weighted value by stage win
// rate, coverage, velocity, time allocation, derived red flags, and every way input can be wrong.
#include <doctest/doctest.h>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>
#include "core/pipeline.h"
#include "core/scenario.h"

using namespace quotient;

namespace {

const Currency usd = currency_from_code("USD");

Money dollars(int64_t d) { return Money{d * 100, usd}; }

Deal make_deal(int64_t amount_dollars, const char* stage, int fund = 50, int competition = 50) {
    Deal d;
    d.name = "Deal";
    d.amount = dollars(amount_dollars);
    d.stage = stage;
    d.close_date = {2027, 3, 31};
    d.fund = fund;
    d.competition = competition;
    return d;
}

BuyingInfluence person(unsigned roles, bool met, int rating = 0) {
    BuyingInfluence b;
    b.name = "Someone";
    b.roles = roles;
    b.met = met;
    b.rating = rating;
    return b;
}

const Funnel lead_pipeline = funnel_preset(FunnelPreset::LeadPipeline);   // ... SQL 12.5%, Opportunity 25%, Won 100%

PipelineSettings settings(int64_t quota_dollars = 300'000, int cycle_days = 90) {
    PipelineSettings s;
    s.quota = dollars(quota_dollars);
    s.sales_cycle_days = cycle_days;
    return s;
}

void check_problem(const Problem& p, const char* code, const char* field) {
    REQUIRE(p.code != nullptr);
    CHECK(std::string(p.code) == code);
    CHECK(p.field == field);
    CHECK(std::strlen(p.message) > 0);
}

void check_pipeline_problem(const std::vector<Deal>& deals, const char* code, const char* field,
                            const PipelineSettings& s = settings()) {
    auto r = evaluate_pipeline(deals, lead_pipeline, s);
    CHECK_FALSE(r.ok());
    check_problem(r.problem, code, field);
    CHECK(r.value.deals.empty());   // no half-computed results
}

bool all_finite(const PipelineTotals& t) {
    bool ok = std::isfinite(t.win_rate) && std::isfinite(t.coverage.value);
    for (const BucketTotal& b : t.buckets) ok = ok && std::isfinite(b.value_share);
    for (double s : t.time_shares.value) ok = ok && std::isfinite(s);
    return ok;
}

} // namespace

// [SECTION] Placement: Fund % + Competition %

TEST_CASE("placement: fund 25% + competition 25% = 50 is above the funnel (decision more than 6 months away)") {
    CHECK(placement_for(25, 25) == Placement::AboveFunnel);
    CHECK(std::string(placement_name(Placement::AboveFunnel)) == "Above the funnel");
    CHECK(std::string(placement_horizon(Placement::AboveFunnel)) == "Decision more than 6 months away.");
}

TEST_CASE("placement: fund 50% + competition 50% = 100 is in the funnel (3 to 6 months)") {
    CHECK(placement_for(50, 50) == Placement::InFunnel);
    CHECK(std::string(placement_horizon(Placement::InFunnel)) == "Decision in 3 to 6 months.");
}

TEST_CASE("placement: fund 75% + competition 75% = 150 is in the best few (within 3 months)") {
    CHECK(placement_for(75, 75) == Placement::BestFew);
    CHECK(std::string(placement_name(Placement::BestFew)) == "Best few");
    CHECK(std::string(placement_horizon(Placement::BestFew)) == "Decision within 3 months.");
}

TEST_CASE("placement: the edges are 74 above, 75 in, 124 in, 125 best few") {
    CHECK(placement_for(49, 25) == Placement::AboveFunnel);
    CHECK(placement_for(50, 25) == Placement::InFunnel);
    CHECK(placement_for(25, 50) == Placement::InFunnel);
    CHECK(placement_for(99, 25) == Placement::InFunnel);    // 124
    CHECK(placement_for(75, 50) == Placement::BestFew);     // 125
    CHECK(placement_for(50, 75) == Placement::BestFew);
}

TEST_CASE("placement: 0% + 0% is above the funnel, 99% + 99% (specified, tender out) is the best few") {
    CHECK(placement_for(0, 0) == Placement::AboveFunnel);
    CHECK(placement_for(99, 99) == Placement::BestFew);
    CHECK(placement_for(100, 100) == Placement::BestFew);
}

TEST_CASE("placement: stable ids for the CLI") {
    CHECK(std::string(placement_id(Placement::AboveFunnel)) == "above-funnel");
    CHECK(std::string(placement_id(Placement::InFunnel)) == "in-funnel");
    CHECK(std::string(placement_id(Placement::BestFew)) == "best-few");
}

// [SECTION] The sheet's scales

TEST_CASE("fund % levels: 25 interest only, 50 request filed, 75 budget approved, 99 tender or negotiation") {
    REQUIRE(std::size(fund_levels) == 4);
    CHECK(fund_levels[0].percent == 25);
    CHECK(fund_levels[1].percent == 50);
    CHECK(fund_levels[2].percent == 75);
    CHECK(fund_levels[3].percent == 99);
    CHECK(std::string(fund_levels[0].meaning).find("Interest only") == 0);
    CHECK(std::string(fund_levels[2].meaning).find("Budget approved") == 0);
}

TEST_CASE("competition % levels: 25 prefers a competitor, 50 no preference, 75 prefers us, 99 specified") {
    REQUIRE(std::size(competition_levels) == 4);
    CHECK(competition_levels[0].percent == 25);
    CHECK(competition_levels[3].percent == 99);
    CHECK(std::string(competition_levels[1].meaning) == "The buyer has no preference.");
    CHECK(std::string(competition_levels[2].meaning) == "The buyer prefers us.");
}

TEST_CASE("current position: +5 euphoria, +4 great, +3 secure, +2 comfortable, +1 OK, -1 concerned, "
          "-2 uncomfortable, -3 worried, -4 fear, -5 panic") {
    const char* words[] = {"panic", "fear", "worried", "uncomfortable", "concerned", "",
                           "OK", "comfortable", "secure", "great", "euphoria"};
    for (int p = -5; p <= 5; ++p) CHECK(std::string(position_word(p)) == words[p + 5]);
    CHECK(std::string(position_word(6)) == "");
    CHECK(std::string(position_word(-6)) == "");
    CHECK(std::string(position_word(std::numeric_limits<int>::min())) == "");
}

TEST_CASE("current position: 0 is not a position (the seller must lean one way); -5 and +5 are") {
    check_problem(check_position(0), "position_out_of_range", "position");
    check_problem(check_position(6), "position_out_of_range", "position");
    check_problem(check_position(-6), "position_out_of_range", "position");
    CHECK(check_position(-5).code == nullptr);
    CHECK(check_position(5).code == nullptr);
    CHECK(check_position(1).code == nullptr);
}

// [SECTION] Expected value

TEST_CASE("expected value: $100,000 x fund 75% x competition 50% = $37,500") {
    auto e = expected_value(dollars(100'000), 75, 50);
    REQUIRE(e.ok());
    CHECK(e.value.minor == 37'500'00);
    CHECK(std::strcmp(e.value.currency.code, "USD") == 0);
}

TEST_CASE("expected value: $35,000 x 99% x 75% = $25,987.50") {
    auto e = expected_value(dollars(35'000), 99, 75);
    REQUIRE(e.ok());
    CHECK(e.value.minor == 25'987'50);
}

TEST_CASE("expected value: rounded once, halves to even (50 cents x 50% x 50% = 12 cents, $1.50 -> 38 cents)") {
    CHECK(expected_value(Money{50, usd}, 50, 50).value.minor == 12);    // 12.5 -> 12
    CHECK(expected_value(Money{150, usd}, 50, 50).value.minor == 38);   // 37.5 -> 38
    CHECK(expected_value(Money{1, usd}, 99, 99).value.minor == 1);      // 0.9801 -> 1
}

TEST_CASE("expected value: zero amount or 0% gives zero; 100% x 100% gives the whole amount") {
    CHECK(expected_value(dollars(0), 75, 75).value.minor == 0);
    CHECK(expected_value(dollars(5'000), 0, 99).value.minor == 0);
    CHECK(expected_value(dollars(5'000), 100, 100).value.minor == 5'000'00);
}

TEST_CASE("expected value: the largest amount x 100% x 100% is exact") {
    auto e = expected_value(Money{max_deal_minor_units, usd}, 100, 100);
    REQUIRE(e.ok());
    CHECK(e.value.minor == max_deal_minor_units);
    auto odd = expected_value(Money{max_deal_minor_units - 1, usd}, 99, 97);
    REQUIRE(odd.ok());
    // (10^11 - 1) x 9603 / 10^4 = 96,029,999,999.0397 -> 96,029,999,999
    CHECK(odd.value.minor == 96'029'999'999LL);
}

TEST_CASE("expected value: a negative amount or a percent outside 0..100 is refused") {
    check_problem(expected_value(dollars(-1), 50, 50).problem, "amount_negative", "amount");
    check_problem(expected_value(dollars(1), 101, 50).problem, "fund_out_of_range", "fund");
    check_problem(expected_value(dollars(1), 50, -1).problem, "competition_out_of_range", "competition");
    check_problem(expected_value(Money{max_deal_minor_units + 1, usd}, 50, 50).problem, "amount_too_large", "amount");
}

// [SECTION] Weighted value and stages

TEST_CASE("weighted value: value x stage win rate, $10,000 in Opportunity (25% win rate) weighs $2,500") {
    auto rates = stage_win_rates(lead_pipeline);
    REQUIRE(rates.ok());
    const int opp = find_stage(lead_pipeline, "Opportunity");
    REQUIRE(opp == 4);
    CHECK(rates.value[size_t(opp)] == doctest::Approx(0.25));
    auto w = weighted_value(dollars(10'000), rates.value[size_t(opp)]);
    REQUIRE(w.ok());
    CHECK(w.value.minor == 2'500'00);
}

TEST_CASE("weighted value: $10,000 in SQL (50% x 25% = 12.5%) weighs $1,250; in the won stage all of it") {
    auto r = evaluate_pipeline({make_deal(10'000, "SQL"), make_deal(10'000, "Won")}, lead_pipeline, settings());
    REQUIRE(r.ok());
    CHECK(r.value.deals[0].win_rate == doctest::Approx(0.125));
    CHECK(r.value.deals[0].weighted.minor == 1'250'00);
    CHECK(r.value.deals[1].win_rate == 1.0);
    CHECK(r.value.deals[1].weighted.minor == 10'000'00);
    CHECK(r.value.totals.weighted.minor == 11'250'00);
}

TEST_CASE("weighted value: rounded once, halves to even; a win rate outside 0..1 is refused") {
    CHECK(weighted_value(Money{25, usd}, 0.5).value.minor == 12);
    CHECK(weighted_value(Money{27, usd}, 0.5).value.minor == 14);
    check_problem(weighted_value(dollars(1), 1.5).problem, "rate_out_of_range", "win_rate");
    check_problem(weighted_value(dollars(1), std::nan("")).problem, "rate_out_of_range", "win_rate");
}

TEST_CASE("stage names from a CRM match the funnel's ignoring case and surrounding spaces") {
    CHECK(find_stage(lead_pipeline, "opportunity") == 4);
    CHECK(find_stage(lead_pipeline, "  SQL\t") == 3);
    CHECK(find_stage(lead_pipeline, "mql") == 2);
    CHECK(find_stage(lead_pipeline, "Opportunity won") == -1);
    CHECK(find_stage(lead_pipeline, "") == -1);
    CHECK(find_stage(lead_pipeline, "S QL") == -1);
}

TEST_CASE("a deal in a stage the funnel does not have is flagged and counted, not silently weighted 0") {
    auto r = evaluate_pipeline({make_deal(10'000, "Negotiation"), make_deal(10'000, "SQL")}, lead_pipeline, settings());
    REQUIRE(r.ok());
    const DealResult& lost = r.value.deals[0];
    CHECK(lost.stage == -1);
    CHECK((lost.flags & flag_stage_not_in_funnel) != 0);
    CHECK(lost.weighted.minor == 0);
    CHECK(lost.expected.minor == 2'500'00);   // expected value does not depend on the stage
    CHECK((r.value.deals[1].flags & flag_stage_not_in_funnel) == 0);
    CHECK(r.value.totals.deals_outside_funnel == 1);
    CHECK(r.value.totals.open.minor == 20'000'00);   // still open pipeline (coverage counts it)
    CHECK(r.value.totals.velocity_deals == 1);       // but no win rate to put into velocity
}

// [SECTION] Buying influences and derived red flags

TEST_CASE("buying influences: a deal with no coach is a red flag") {
    CHECK((influence_red_flags({person(role_economic, true), person(role_user, true)}) & flag_no_coach) != 0);
    CHECK((influence_red_flags({person(role_economic, true), person(role_coach, false)}) & flag_no_coach) == 0);
}

TEST_CASE("buying influences: the economic buyer not met is a red flag; meeting one clears it") {
    CHECK((influence_red_flags({person(role_economic, false), person(role_coach, true)}) &
           flag_economic_buyer_not_met) != 0);
    CHECK((influence_red_flags({person(role_technical, true), person(role_coach, true)}) &
           flag_economic_buyer_not_met) != 0);
    CHECK(influence_red_flags({person(role_economic, false), person(role_economic, true), person(role_coach, true)}) == 0);
}

TEST_CASE("buying influences: one person may hold several roles (economic buyer and coach at once)") {
    CHECK(influence_red_flags({person(role_economic | role_coach, true)}) == 0);
    CHECK(influence_red_flags({person(role_economic | role_coach, false)}) == flag_economic_buyer_not_met);
}

TEST_CASE("buying influences: a deal with nobody listed raises both red flags") {
    CHECK(influence_red_flags({}) == (flag_no_coach | flag_economic_buyer_not_met));
}

TEST_CASE("buying influences: ratings -5..+5 (0 neutral) and at least one known role") {
    CHECK(check_rating(-5).code == nullptr);
    CHECK(check_rating(0).code == nullptr);
    CHECK(check_rating(5).code == nullptr);
    check_problem(check_rating(6), "rating_out_of_range", "rating");
    check_problem(check_rating(-6), "rating_out_of_range", "rating");
    check_problem(check_roles(0), "no_role", "roles");
    check_problem(check_roles(16), "no_role", "roles");
    CHECK(check_roles(all_buying_roles).code == nullptr);
    CHECK(buying_roles[0].letter == 'E');
    CHECK(buying_roles[3].letter == 'C');
}

// [SECTION] Coverage, velocity, time allocation

TEST_CASE("pipeline coverage: $900,000 open against a $300,000 quota is 3x, the common rule") {
    auto c = pipeline_coverage(dollars(900'000), dollars(300'000));
    REQUIRE(c.ok());
    CHECK(c.value == 3.0);
}

TEST_CASE("pipeline coverage: without a quota it is undefined and says so, never infinity") {
    check_problem(pipeline_coverage(dollars(900'000), dollars(0)).problem, "no_quota", "quota");
    check_problem(pipeline_coverage(dollars(900'000), dollars(-5)).problem, "no_quota", "quota");
    check_problem(pipeline_coverage(dollars(1), Money{100, currency_from_code("EUR")}).problem, "currency_mismatch",
                  "quota");
    auto empty = pipeline_coverage(dollars(0), dollars(300'000));
    REQUIRE(empty.ok());
    CHECK(empty.value == 0.0);
}

TEST_CASE("sales velocity: 20 opportunities x 25% win rate x $10,000 / 50 days = $1,000 a day") {
    auto v = sales_velocity(20, 0.25, dollars(10'000), 50);
    REQUIRE(v.ok());
    CHECK(v.value.minor == 1'000'00);
}

TEST_CASE("sales velocity: rounded once, halves to even (1 x 50% x 5 cents / 1 day = 2 cents)") {
    CHECK(sales_velocity(1, 0.5, Money{5, usd}, 1).value.minor == 2);
    CHECK(sales_velocity(3, 1, Money{100, usd}, 7).value.minor == 43);   // 300 / 7 = 42.86
}

TEST_CASE("sales velocity: zero or NaN cycle days, a rate above 1 or negative counts are refused") {
    check_problem(sales_velocity(20, 0.25, dollars(10'000), 0).problem, "cycle_days_out_of_range", "sales_cycle_days");
    check_problem(sales_velocity(20, 0.25, dollars(10'000), std::nan("")).problem, "cycle_days_out_of_range",
                  "sales_cycle_days");
    check_problem(sales_velocity(20, 15, dollars(10'000), 30).problem, "rate_out_of_range", "win_rate");
    check_problem(sales_velocity(-1, 0.2, dollars(10'000), 30).problem, "opportunities_out_of_range",
                  "open_opportunities");
    check_problem(sales_velocity(INFINITY, 0.2, dollars(10'000), 30).problem, "opportunities_out_of_range",
                  "open_opportunities");
    check_problem(sales_velocity(2, 0.2, dollars(-10), 30).problem, "amount_negative", "average_deal");
}

TEST_CASE("time allocation: 6, 10 and 14 hours on accounts above, in and best few are 20%, 33.3% and 46.7%") {
    auto s = time_shares({6, 10, 14});
    REQUIRE(s.ok());
    CHECK(s.value[0] == doctest::Approx(0.2));
    CHECK(s.value[1] == doctest::Approx(1.0 / 3.0));
    CHECK(s.value[2] == doctest::Approx(14.0 / 30.0));
}

TEST_CASE("time allocation: no hours at all, negative or NaN hours, or more than a week are refused") {
    check_problem(time_shares({0, 0, 0}).problem, "no_hours", "weekly_hours");
    check_problem(time_shares({-1, 5, 5}).problem, "hours_out_of_range", "weekly_hours[0]");
    check_problem(time_shares({1, std::nan(""), 5}).problem, "hours_out_of_range", "weekly_hours[1]");
    check_problem(time_shares({1, 1, 169}).problem, "hours_out_of_range", "weekly_hours[2]");
    check_problem(time_shares({100, 60, 10}).problem, "hours_over_week", "weekly_hours");
    CHECK(time_shares({0, 0, 168}).ok());
}

TEST_CASE("time allocation: hours not entered yet (all 0) pass the entry check; each entry is 0..168") {
    CHECK(check_weekly_hours({0, 0, 0}).code == nullptr);
    CHECK(check_hours(0).code == nullptr);
    CHECK(check_hours(168).code == nullptr);
    check_problem(check_hours(168.5), "hours_out_of_range", "weekly_hours");
    check_problem(check_hours(-0.5), "hours_out_of_range", "weekly_hours");
    check_problem(check_hours(INFINITY), "hours_out_of_range", "weekly_hours");
    check_problem(check_weekly_hours({100, 60, 10}), "hours_over_week", "weekly_hours");
}

// [SECTION] The sample pipeline, by hand

TEST_CASE("sample pipeline: four deals, $283,000 open, $87,987.50 expected, $40,750 weighted") {
    Scenario sc;
    auto r = evaluate_pipeline(sc.deals, sc.funnel, pipeline_settings(sc));
    REQUIRE(r.ok());
    const PipelineResult& p = r.value;
    REQUIRE(p.deals.size() == 4);
    // Fleet telematics: 75 + 75 = 150 best few; 48,000 x .75 x .75 = 27,000; Opportunity 25% -> 12,000.
    CHECK(p.deals[0].placement == Placement::BestFew);
    CHECK(p.deals[0].expected.minor == 27'000'00);
    CHECK(p.deals[0].weighted.minor == 12'000'00);
    CHECK(p.deals[0].flags == 0);
    // Data platform pilot: 50 + 50 = 100 in the funnel; 120,000 x .25 = 30,000; SQL 12.5% -> 15,000;
    // no coach, and the COO (economic buyer) not met.
    CHECK(p.deals[1].placement == Placement::InFunnel);
    CHECK(p.deals[1].expected.minor == 30'000'00);
    CHECK(p.deals[1].weighted.minor == 15'000'00);
    CHECK(p.deals[1].flags == (flag_no_coach | flag_economic_buyer_not_met));
    // Warehouse scanners: 99 + 75 = 174 best few; 35,000 x .99 x .75 = 25,987.50; 25% -> 8,750.
    CHECK(p.deals[2].placement == Placement::BestFew);
    CHECK(p.deals[2].expected.minor == 25'987'50);
    CHECK(p.deals[2].weighted.minor == 8'750'00);
    // Analytics: 25 + 25 = 50 above the funnel; 80,000 x .0625 = 5,000; MQL 6.25% -> 5,000.
    CHECK(p.deals[3].placement == Placement::AboveFunnel);
    CHECK(p.deals[3].expected.minor == 5'000'00);
    CHECK(p.deals[3].weighted.minor == 5'000'00);
    CHECK(p.deals[3].flags == flag_economic_buyer_not_met);

    const PipelineTotals& t = p.totals;
    CHECK(t.deals == 4);
    CHECK(t.open.minor == 283'000'00);
    CHECK(t.expected.minor == 87'987'50);
    CHECK(t.weighted.minor == 40'750'00);
    CHECK(t.buckets[0].deals == 1);
    CHECK(t.buckets[1].deals == 1);
    CHECK(t.buckets[2].deals == 2);
    CHECK(t.buckets[2].amount.minor == 83'000'00);
    CHECK(t.buckets[2].expected.minor == 52'987'50);
    CHECK(t.buckets[2].value_share == doctest::Approx(83.0 / 283.0));
    // Coverage 283,000 / 200,000, the sales plan's quota (no team quota is set).
    REQUIRE(t.coverage.ok());
    CHECK(t.coverage.value == doctest::Approx(283.0 / 200.0));
    // Velocity: 4 deals x mean win rate (.25 + .125 + .25 + .0625) / 4 = .171875 x average deal
    // 70,750 / 90 days = 540.4513... -> $540.45 a day.
    CHECK(t.velocity_deals == 4);
    CHECK(t.win_rate == doctest::Approx(0.171875));
    CHECK(t.average_deal.minor == 70'750'00);
    REQUIRE(t.velocity.ok());
    CHECK(t.velocity.value.minor == 540'45);
    REQUIRE(t.time_shares.ok());
    CHECK(t.time_shares.value[2] == doctest::Approx(14.0 / 30.0));
}

TEST_CASE("sample pipeline: every sample deal passes validation") {
    Scenario sc;
    CHECK(validate_pipeline(sc.deals, pipeline_settings(sc)).code == nullptr);
    for (const Deal& d : sc.deals) CHECK(find_stage(sc.funnel, d.stage) >= 0);
}

// [SECTION] Bad input

TEST_CASE("bad input: position 0 is refused, naming the deal") {
    std::vector<Deal> deals = {make_deal(1'000, "SQL"), make_deal(1'000, "SQL")};
    deals[1].position = 0;
    check_pipeline_problem(deals, "position_out_of_range", "deals[1].position");
}

TEST_CASE("bad input: fund % of 101 or -1, competition % of 150 are refused") {
    check_pipeline_problem({make_deal(1'000, "SQL", 101, 50)}, "fund_out_of_range", "deals[0].fund");
    check_pipeline_problem({make_deal(1'000, "SQL", -1, 50)}, "fund_out_of_range", "deals[0].fund");
    check_pipeline_problem({make_deal(1'000, "SQL", 50, 150)}, "competition_out_of_range", "deals[0].competition");
}

TEST_CASE("bad input: a negative amount is refused; so is one beyond 1,000,000,000") {
    check_pipeline_problem({make_deal(-1, "SQL")}, "amount_negative", "deals[0].amount");
    Deal huge = make_deal(0, "SQL");
    huge.amount.minor = max_deal_minor_units + 1;
    check_pipeline_problem({huge}, "amount_too_large", "deals[0].amount");
}

TEST_CASE("bad input: a close date the calendar does not have (2026-02-30) is refused") {
    Deal d = make_deal(1'000, "SQL");
    d.close_date = {2026, 2, 30};
    check_pipeline_problem({d}, "invalid_date", "deals[0].close_date");
    d.close_date = {1899, 12, 31};   // before the first year a date may have
    check_pipeline_problem({d}, "invalid_date", "deals[0].close_date");
}

TEST_CASE("bad input: an influence's rating of 7 or missing role, an action's bad due date, name the entry") {
    Deal d = make_deal(1'000, "SQL");
    d.influences = {person(role_coach, true), person(role_economic, true, 7)};
    check_pipeline_problem({d}, "rating_out_of_range", "deals[0].influences[1].rating");
    d.influences = {person(0, true)};
    check_pipeline_problem({d}, "no_role", "deals[0].influences[0].roles");
    d.influences = {};
    d.actions = {{"Call", "Me", {2026, 1, 1}}, {"Visit", "Me", {2026, 4, 31}}};
    check_pipeline_problem({d}, "invalid_date", "deals[0].actions[1].due");
}

TEST_CASE("bad input: a negative budget or an amount in another currency than the quota's is refused") {
    Deal d = make_deal(1'000, "SQL");
    d.budget = dollars(-1);
    check_pipeline_problem({d}, "budget_negative", "deals[0].budget");
    d.budget = Money{5, currency_from_code("EUR")};
    check_pipeline_problem({d}, "currency_mismatch", "deals[0].budget");
    d.budget = Money{0, currency_from_code("EUR")};   // 0 = not known, whatever its currency
    CHECK(evaluate_pipeline({d}, lead_pipeline, settings()).ok());
    d.amount.currency = currency_from_code("EUR");
    check_pipeline_problem({d}, "currency_mismatch", "deals[0].amount");
}

TEST_CASE("bad input: a budget beyond 1,000,000,000 is refused like an amount") {
    Deal d = make_deal(1'000, "SQL");
    d.budget.minor = max_deal_minor_units + 1;
    check_pipeline_problem({d}, "budget_too_large", "deals[0].budget");
    check_problem(check_budget(Money{max_deal_minor_units + 1, usd}), "budget_too_large", "budget");
    CHECK(check_budget(Money{max_deal_minor_units, usd}).code == nullptr);
}

TEST_CASE("bad input: the first bad deal is the one reported, whatever comes after it") {
    std::vector<Deal> deals = {make_deal(1'000, "SQL"), make_deal(1'000, "SQL", 120), make_deal(-5, "SQL")};
    check_pipeline_problem(deals, "fund_out_of_range", "deals[1].fund");
    CHECK(std::string(validate_pipeline(deals, settings()).field) == "deals[1].fund");
}

TEST_CASE("bad input: a negative quota or a sales cycle of 0 days is refused") {
    check_pipeline_problem({make_deal(1'000, "SQL")}, "quota_negative", "quota", settings(-1));
    check_pipeline_problem({make_deal(1'000, "SQL")}, "cycle_days_out_of_range", "sales_cycle_days", settings(1, 0));
    check_pipeline_problem({make_deal(1'000, "SQL")}, "cycle_days_out_of_range", "sales_cycle_days", settings(1, 3651));
}

TEST_CASE("bad input: a broken funnel is reported with its own field, under funnel.") {
    Funnel f = lead_pipeline;
    f.stages[1].rate_to_next = 1.5;
    auto r = evaluate_pipeline({make_deal(1'000, "SQL")}, f, settings());
    CHECK_FALSE(r.ok());
    check_problem(r.problem, "rate_out_of_range", "funnel.stages[1].rate_to_next");
}

// [SECTION] Edge cases

TEST_CASE("empty pipeline: zero everywhere, coverage 0, velocity 0, nothing NaN") {
    auto r = evaluate_pipeline({}, lead_pipeline, settings());
    REQUIRE(r.ok());
    const PipelineTotals& t = r.value.totals;
    CHECK(t.deals == 0);
    CHECK(t.open.minor == 0);
    CHECK(t.weighted.minor == 0);
    CHECK(t.win_rate == 0);
    CHECK(t.coverage.value == 0);
    REQUIRE(t.velocity.ok());
    CHECK(t.velocity.value.minor == 0);
    CHECK(all_finite(t));
}

TEST_CASE("zero quota: the other totals still hold; coverage says why it is missing") {
    auto r = evaluate_pipeline({make_deal(1'000, "SQL")}, lead_pipeline, settings(0));
    REQUIRE(r.ok());
    CHECK(r.value.totals.open.minor == 1'000'00);
    CHECK_FALSE(r.value.totals.coverage.ok());
    CHECK(std::string(r.value.totals.coverage.problem.code) == "no_quota");
    CHECK(all_finite(r.value.totals));
}

TEST_CASE("zero hours entered: time shares say why they are missing; the pipeline is still computed") {
    PipelineSettings s = settings();
    s.weekly_hours = {0, 0, 0};
    auto r = evaluate_pipeline({make_deal(1'000, "SQL")}, lead_pipeline, s);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value.totals.time_shares.ok());
    CHECK(all_finite(r.value.totals));
}

TEST_CASE("huge pipeline: 100,000 deals of 1,000,000,000 each add up exactly; one more deal is refused") {
    std::vector<Deal> deals(max_pipeline_deals, make_deal(0, "Won", 100, 100));
    for (Deal& d : deals) d.amount.minor = max_deal_minor_units;
    PipelineSettings s = settings();
    s.quota.minor = max_minor_units / 1000;
    auto r = evaluate_pipeline(deals, lead_pipeline, s);
    REQUIRE(r.ok());
    const int64_t total = max_deal_minor_units * int64_t(max_pipeline_deals);
    CHECK(r.value.totals.open.minor == total);
    CHECK(r.value.totals.weighted.minor == total);
    CHECK(r.value.totals.expected.minor == total);
    CHECK(r.value.totals.coverage.value == doctest::Approx(100.0));
    REQUIRE(r.value.totals.velocity.ok());
    CHECK(r.value.totals.velocity.value.minor == total / 90);   // 10^16 / 90 = 111,111,111,111,111.1
    deals.push_back(deals.back());
    check_pipeline_problem(deals, "too_many_deals", "deals", s);
}

TEST_CASE("zero-amount deals: placed and flagged like any deal, worth nothing") {
    auto r = evaluate_pipeline({make_deal(0, "Opportunity", 99, 99)}, lead_pipeline, settings());
    REQUIRE(r.ok());
    CHECK(r.value.deals[0].placement == Placement::BestFew);
    CHECK(r.value.deals[0].expected.minor == 0);
    CHECK(r.value.totals.buckets[2].value_share == 0);
    CHECK(all_finite(r.value.totals));
}

TEST_CASE("deals per stage: the actual pipeline the ideal funnel is compared with") {
    // The sample deals sit in Opportunity (2), SQL (1) and MQL (1) of the lead pipeline; a deal
    // at a stage the funnel does not have is not counted.
    std::vector<Deal> deals = sample_deals(CivilDate{2026, 12, 1});
    deals.push_back(deals.front());
    deals.back().stage = "  opportunity ";
    deals.push_back(deals.front());
    deals.back().stage = "Negotiation";
    const std::vector<int> n = deals_per_stage(funnel_preset(FunnelPreset::LeadPipeline), deals);
    CHECK(n == std::vector<int>{0, 0, 1, 1, 3, 0});
}

// [SECTION] Imported deals: not reviewed, not known yet

TEST_CASE("not reviewed: no placement counted; expected value = amount x CRM probability, else the weighted value") {
    // $10,000 at a CRM probability of 40%: expected 10,000 x 40% x 100% = $4,000.
    // $10,000 in Opportunity (win rate 25%) with no probability: expected = weighted = $2,500.
    // Reviewed $10,000 at 50% x 50% = $2,500 (fund + competition 100: in the funnel).
    Deal crm = make_deal(10'000, "Opportunity");
    crm.reviewed = false;
    crm.probability = 40;
    Deal bare = make_deal(10'000, "Opportunity");
    bare.reviewed = false;
    Deal reviewed = make_deal(10'000, "Opportunity");
    auto r = evaluate_pipeline({crm, bare, reviewed}, lead_pipeline, settings());
    REQUIRE(r.ok());
    CHECK(r.value.deals[0].expected == dollars(4'000));
    CHECK(r.value.deals[1].expected == dollars(2'500));
    CHECK_FALSE(r.value.deals[0].reviewed);
    CHECK(std::string(deal_placement_name(r.value.deals[0])) == "Not reviewed");
    CHECK(std::string(deal_placement_id(r.value.deals[1])) == "not-reviewed");
    CHECK(std::string(deal_placement_id(r.value.deals[2])) == "in-funnel");
    const PipelineTotals& t = r.value.totals;
    CHECK(t.deals == 3);
    CHECK(t.not_reviewed.deals == 2);
    CHECK(t.not_reviewed.amount == dollars(20'000));
    CHECK(t.buckets[size_t(Placement::InFunnel)].deals == 1);   // the reviewed one only
    CHECK(t.buckets[size_t(Placement::AboveFunnel)].deals == 0);
    CHECK(t.expected == dollars(4'000 + 2'500 + 2'500));
    CHECK(deal_expected_value(crm, dollars(0)) == dollars(4'000));
}

TEST_CASE("not reviewed: probability 0% and 100%, and a stage the funnel lacks, give 0, the amount, and 0") {
    Deal zero = make_deal(10'000, "Opportunity");
    zero.reviewed = false;
    zero.probability = 0;
    Deal sure = zero;
    sure.probability = 100;
    Deal unknown_stage = make_deal(10'000, "Nowhere");
    unknown_stage.reviewed = false;
    auto r = evaluate_pipeline({zero, sure, unknown_stage}, lead_pipeline, settings());
    REQUIRE(r.ok());
    CHECK(r.value.deals[0].expected == dollars(0));
    CHECK(r.value.deals[1].expected == dollars(10'000));
    CHECK(r.value.deals[2].expected == dollars(0));
}

TEST_CASE("no amount yet, no close date yet: counted and flagged, in no money total and no period") {
    // Open: $10,000 in Opportunity dated this period; one with no amount; one with no close date
    // ($6,000). Deals 3; open money $16,000; by close, this period holds the two dated deals and
    // $10,000; coverage $10,000 / $300,000. Velocity's deals are the 2 with an amount.
    Deal dated = make_deal(10'000, "Opportunity");
    Deal no_amount = make_deal(0, "Opportunity");
    no_amount.amount_known = false;
    Deal undated = make_deal(6'000, "Opportunity");
    undated.close_date_known = false;
    auto r = evaluate_pipeline({dated, no_amount, undated}, lead_pipeline, settings());
    REQUIRE(r.ok());
    const PipelineTotals& t = r.value.totals;
    CHECK(t.deals == 3);
    CHECK(t.deals_without_amount == 1);
    CHECK(t.open == dollars(16'000));
    CHECK(t.by_close[size_t(CloseWhen::ThisPeriod)].deals == 2);
    CHECK(t.by_close[size_t(CloseWhen::ThisPeriod)].amount == dollars(10'000));
    CHECK(t.coverage.value == doctest::Approx(10'000.0 / 300'000.0));
    CHECK(t.velocity_deals == 2);
    CHECK(t.average_deal == dollars(8'000));
    CHECK((r.value.deals[1].flags & flag_no_amount) != 0);
    CHECK((r.value.deals[2].flags & flag_no_close_date) != 0);
    CHECK((r.value.deals[0].flags & (flag_no_amount | flag_no_close_date)) == 0);
}

TEST_CASE("no close date yet: never slipped; a won deal without one is no booking of this period") {
    PipelineSettings s = settings();
    s.dated = true;
    s.as_of = {2028, 1, 1};                           // after every close date
    Deal undated = make_deal(1'000, "Opportunity");
    undated.close_date_known = false;
    Deal won = make_deal(2'000, "Won");
    won.state = DealState::Won;
    won.close_date_known = false;
    auto r = evaluate_pipeline({undated, won}, lead_pipeline, s);
    REQUIRE(r.ok());
    CHECK((r.value.deals[0].flags & flag_slipped) == 0);
    CHECK(r.value.totals.by_close[size_t(CloseWhen::Overdue)].deals == 0);
    CHECK(r.value.totals.won.deals == 1);
    CHECK(r.value.totals.won_this_period.deals == 0);
}

TEST_CASE("bad input: an unknown amount that is not 0, a probability of 101, a created date that is no day") {
    Deal d = make_deal(5, "Opportunity");
    d.amount_known = false;
    check_pipeline_problem({d}, "amount_not_known", "deals[0].amount");
    Deal p = make_deal(5, "Opportunity");
    p.probability = 101;
    check_pipeline_problem({p}, "probability_out_of_range", "deals[0].probability");
    Deal c = make_deal(5, "Opportunity");
    c.created = CivilDate{2026, 2, 30};
    check_pipeline_problem({c}, "invalid_date", "deals[0].created");
}
