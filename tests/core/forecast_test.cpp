// The pipeline forecast (DOMAIN.md section 5): Monte Carlo over the open deals, P10 / P50 / P90,
// chance to reach quota, histogram, drivers; hand-worked small cases, the closed-form mean and
// variance, slip and haircut, determinism (the same figures natively and in WASM).
#include <doctest/doctest.h>
#include <cmath>
#include <vector>
#include "core/forecast.h"

using namespace quotient;

namespace {

const Currency usd = currency_from_code("USD");

Money dollars(int64_t d) { return Money{d * 100, usd}; }

// A deal whose review gives it `fund` x `competition` percent.
Deal deal(int64_t amount_dollars, int fund, int competition, CivilDate close = {2026, 12, 20}) {
    Deal d;
    d.name = "Deal";
    d.amount = dollars(amount_dollars);
    d.stage = "Opportunity";
    d.close_date = close;
    d.fund = fund;
    d.competition = competition;
    return d;
}

PipelineSettings undated(int64_t quota_dollars) {
    PipelineSettings s;
    s.quota = dollars(quota_dollars);
    return s;
}

// Q4 2026 (October to December) looked at on 1 December.
PipelineSettings q4_on_dec_1(int64_t quota_dollars) {
    PipelineSettings s = undated(quota_dollars);
    s.dated = true;
    s.as_of = {2026, 12, 1};
    s.period = PlanPeriod::Quarter;
    return s;
}

ForecastSettings by_review(int trials = 10'000) {
    ForecastSettings f;
    f.source = ProbabilitySource::Review;
    f.trials = trials;
    return f;
}

const Funnel lead_pipeline = funnel_preset(FunnelPreset::LeadPipeline);

ForecastResult must_forecast(const std::vector<Deal>& deals, const PipelineSettings& p, const ForecastSettings& f) {
    auto r = forecast(deals, lead_pipeline, p, f);
    REQUIRE(r.ok());
    return r.value;
}

} // namespace

TEST_CASE("one deal at 50%: P10 nothing, P90 the whole deal, quota reached about half the time") {
    // 100,000 at fund 50% x competition 100% = 0.5, quota 100,000. Each trial books 0 or 100,000,
    // each with chance 1/2: the 10th percentile is 0, the 90th 100,000; the mean is 50,000 with a
    // standard error of 50,000 / sqrt(10,000) = 500, the chance of quota 0.5 with one of 0.005.
    ForecastResult r = must_forecast({deal(100'000, 50, 100)}, undated(100'000), by_review());
    CHECK(r.trials == 10'000);
    CHECK(r.deals_in_play == 1);
    CHECK(r.p10 == dollars(0));
    CHECK(r.p90 == dollars(100'000));
    CHECK((r.p50 == dollars(0) || r.p50 == dollars(100'000)));
    CHECK(std::abs(r.mean.minor - dollars(50'000).minor) < 4 * 500'00);
    REQUIRE(r.chance_to_reach_quota.ok());
    CHECK(std::abs(r.chance_to_reach_quota.value - 0.5) < 4 * 0.005);
    CHECK(r.lowest == dollars(0));
    CHECK(r.highest == dollars(100'000));
    // The loss of the only deal leaves nothing in any trial.
    REQUIRE(r.drivers.size() == 1);
    CHECK(r.drivers[0].p50_without == dollars(0));
    CHECK(r.drivers[0].probability == 0.5);
}

TEST_CASE("every deal certain: every percentile is the sum, and losing the biggest takes it off P50") {
    // 10,000 + 20,000 + 30,000 at 100% x 100%: every trial books 60,000. Quota 50,000: reached in
    // every trial; 125% of it (62,500) in none. Losing the 30,000 deal leaves 30,000.
    ForecastResult r = must_forecast({deal(10'000, 100, 100), deal(20'000, 100, 100), deal(30'000, 100, 100)},
                                     undated(50'000), by_review(1'000));
    for (const Money& m : {r.p10, r.p50, r.p90, r.mean, r.lowest, r.highest}) CHECK(m == dollars(60'000));
    CHECK(r.chance_to_reach_quota.value == 1.0);
    CHECK(r.attainment[2].level_percent == 100);
    CHECK(r.attainment[2].chance.value == 1.0);
    CHECK(r.attainment[3].level_percent == 125);
    CHECK(r.attainment[3].chance.value == 0.0);
    REQUIRE(r.drivers.size() == 3);
    CHECK(r.drivers[0].deal == 2);
    CHECK(r.drivers[0].p50_without == dollars(30'000));
    CHECK(r.drivers[0].p50_change == dollars(-30'000));
    CHECK(r.drivers[2].deal == 0);
    REQUIRE(r.histogram.size() == 1);
    CHECK(r.histogram[0].trials == 1'000);
    CHECK(r.histogram[0].cumulative == 1.0);
}

TEST_CASE("empty pipeline: nothing to book, no chance of quota, one empty-handed bin") {
    ForecastResult r = must_forecast({}, undated(100'000), by_review(100));
    CHECK(r.deals_in_play == 0);
    CHECK(r.p50 == dollars(0));
    CHECK(r.mean == dollars(0));
    CHECK(r.chance_to_reach_quota.value == 0.0);
    CHECK(r.drivers.empty());
    REQUIRE(r.histogram.size() == 1);
    CHECK(r.histogram[0].from == dollars(0));
    CHECK(r.histogram[0].to == dollars(0));
}

TEST_CASE("all probabilities zero: the deals are out of play") {
    ForecastResult r = must_forecast({deal(50'000, 0, 75), deal(80'000, 50, 0)}, undated(100'000), by_review(100));
    CHECK(r.deals_in_play == 0);
    CHECK(r.p90 == dollars(0));
    CHECK(r.chance_to_reach_quota.value == 0.0);
}

TEST_CASE("zero quota: the chance to reach it has a reason instead of a number") {
    ForecastResult r = must_forecast({deal(100'000, 100, 100)}, undated(0), by_review(10));
    CHECK(r.p50 == dollars(100'000));
    CHECK_FALSE(r.chance_to_reach_quota.ok());
    CHECK(std::string(r.chance_to_reach_quota.problem.code) == "no_quota");
    for (const AttainmentChance& a : r.attainment) CHECK(std::string(a.chance.problem.code) == "no_quota");
}

TEST_CASE("attainment levels round the target up to the cent") {
    // Quota 100.01: 75% of it is 75.0075, so 75.01 is needed; one certain deal of 75.01 reaches
    // it, and 50% (50.005 -> 50.01); not 100%.
    Deal d = deal(0, 100, 100);
    d.amount = Money{75'01, usd};
    PipelineSettings p = undated(0);
    p.quota = Money{100'01, usd};
    ForecastResult r = must_forecast({d}, p, by_review(10));
    CHECK(r.attainment[0].chance.value == 1.0);
    CHECK(r.attainment[1].chance.value == 1.0);
    CHECK(r.attainment[2].chance.value == 0.0);
}

TEST_CASE("mean and variance of the bookings match their closed forms") {
    // Each deal is an independent Bernoulli(p) times its amount a, so the bookings have mean
    // sum a x p and variance sum a^2 x p x (1 - p). With 20,000 trials the sample mean is within
    // 4 standard errors (sqrt(variance / trials)) and the sample variance within 5%.
    std::vector<Deal> deals;
    const int funds[] = {25, 50, 75, 99};
    const int competitions[] = {25, 50, 75, 99};
    for (int i = 0; i < 1000; ++i)
        deals.push_back(deal(1'000 + (i * 7919) % 90'000, funds[i % 4], competitions[(i / 4) % 4]));
    ForecastSettings f = by_review(20'000);
    f.seed = 2027;
    auto run = start_forecast(deals, lead_pipeline, undated(1'000'000), f);
    REQUIRE(run.ok());
    continue_forecast(run.value, f.trials);
    double mean = 0, variance = 0;
    for (const Deal& d : deals) {
        const double a = double(d.amount.minor), p = d.fund * d.competition / 10'000.0;
        mean += a * p;
        variance += a * a * p * (1 - p);
    }
    const std::vector<int64_t>& won = run.value.won;
    double m = 0;
    for (int64_t w : won) m += double(w);
    m /= double(won.size());
    double v = 0;
    for (int64_t w : won) v += (double(w) - m) * (double(w) - m);
    v /= double(won.size() - 1);
    CHECK(std::abs(m - mean) < 4 * std::sqrt(variance / double(won.size())));
    CHECK(std::abs(v / variance - 1) < 0.05);
    // The result's mean is the same average, rounded to the cent.
    ForecastResult r = forecast_result(run.value);
    CHECK(std::abs(double(r.mean.minor) - m) <= 0.5);
}

TEST_CASE("the same seed gives the same figures, in one go or a few trials at a time") {
    std::vector<Deal> deals;
    for (int i = 0; i < 150; ++i) deals.push_back(deal(1'000 + i * 37, 25 + i % 75, 50));
    ForecastSettings f = by_review(3'001);
    f.seed = 42;
    ForecastResult whole = must_forecast(deals, undated(50'000), f);
    auto run = start_forecast(deals, lead_pipeline, undated(50'000), f);
    REQUIRE(run.ok());
    while (!run.value.done()) continue_forecast(run.value, 7);
    ForecastResult chunked = forecast_result(run.value);
    CHECK(chunked.p10 == whole.p10);
    CHECK(chunked.p50 == whole.p50);
    CHECK(chunked.p90 == whole.p90);
    CHECK(chunked.mean == whole.mean);
    CHECK(chunked.chance_to_reach_quota.value == whole.chance_to_reach_quota.value);
    // Pinned figures: the WASM build runs this test too, so native and WASM agree to the cent.
    CHECK(whole.p50.minor == 18689800);
    CHECK(whole.mean.minor == 18712748);
    f.seed = 43;
    CHECK(must_forecast(deals, undated(50'000), f).mean != whole.mean);
}

TEST_CASE("a close date slips by a whole number of days from -N to +N, each equally likely") {
    const PeriodRange q4{{2026, 10, 1}, {2026, 12, 31}};
    const PeriodRange q1{{2027, 1, 1}, {2027, 3, 31}};
    const CivilDate dec_1{2026, 12, 1};
    // Closing 31 December, +-10 days: the 11 slips -10..0 stay in Q4, the 10 later ones leave it.
    CHECK(chance_in_period({2026, 12, 31}, dec_1, q4, SlipKind::Uniform, 10) == doctest::Approx(11.0 / 21));
    CHECK(chance_in_period({2026, 12, 31}, dec_1, q4, SlipKind::None, 10) == 1.0);
    // Overdue (20 November): an earlier date closes on 1 December, a later one by 30 November: all in Q4.
    CHECK(chance_in_period({2026, 11, 20}, dec_1, q4, SlipKind::Uniform, 10) == 1.0);
    // Closing 5 January, forecasting Q1: slips -4..+10 stay in it, 15 of 21.
    CHECK(chance_in_period({2027, 1, 5}, dec_1, q1, SlipKind::Uniform, 10) == doctest::Approx(15.0 / 21));
    CHECK(chance_in_period({2026, 12, 31}, dec_1, q1, SlipKind::None, 0) == 0.0);
}

TEST_CASE("dated forecast: the period's won deals are booked, later deals wait for their period") {
    Deal won = deal(40'000, 100, 100, {2026, 11, 5});
    won.state = DealState::Won;
    Deal won_last_quarter = deal(99'000, 100, 100, {2026, 9, 30});
    won_last_quarter.state = DealState::Won;
    Deal lost = deal(77'000, 100, 100, {2026, 12, 3});
    lost.state = DealState::Lost;
    std::vector<Deal> deals{won, won_last_quarter, lost, deal(10'000, 100, 100, {2026, 12, 20}),
                            deal(5'000, 100, 100, {2027, 2, 1})};
    // This quarter: 40,000 booked + the 10,000 deal closing 20 December.
    ForecastResult q4 = must_forecast(deals, q4_on_dec_1(100'000), by_review(10));
    CHECK(q4.booked == dollars(40'000));
    CHECK(q4.p50 == dollars(50'000));
    CHECK(q4.deals_in_play == 1);
    // Next quarter: only the 5,000 deal closing in February.
    ForecastSettings next = by_review(10);
    next.period = ForecastPeriod::NextPeriod;
    ForecastResult q1 = must_forecast(deals, q4_on_dec_1(100'000), next);
    CHECK(q1.booked == dollars(0));
    CHECK(q1.p50 == dollars(5'000));
    CHECK(q1.period.first == CivilDate{2027, 1, 1});
    // Without a day there is no next period to speak of.
    auto r = forecast(deals, lead_pipeline, undated(100'000), next);
    CHECK(std::string(r.problem.code) == "next_period_undated");
}

TEST_CASE("the haircut takes its share off every open deal, rounded once to the cent") {
    // 100.01 less 10%: 90.009, rounded to 90.01. The won deal keeps its amount.
    Deal open = deal(0, 100, 100);
    open.amount = Money{100'01, usd};
    Deal won = deal(1'000, 100, 100);
    won.state = DealState::Won;
    ForecastSettings f = by_review(10);
    f.haircut_percent = 10;
    ForecastResult r = must_forecast({open, won}, undated(1'000), f);
    CHECK(r.p50 == Money{1'000'00 + 90'01, usd});
}

TEST_CASE("stage win rates: the funnel's rate for the deal's stage, nothing for a stage it lacks") {
    // Lead pipeline, converting 50 %, 40 %, 50 %, 50 %, 25 % to the next stage: a stage's win rate
    // is the product of the rates from it on, Opportunity 0.25, SQL 0.125 ... and Won 1.
    auto rates = stage_win_rates(lead_pipeline);
    REQUIRE(rates.ok());
    Deal in_won_stage = deal(10'000, 25, 25);
    in_won_stage.stage = "won";
    Deal unknown = deal(10'000, 99, 99);
    unknown.stage = "Signed";
    CHECK(deal_win_probability(in_won_stage, ProbabilitySource::StageWinRate, lead_pipeline, rates.value) == 1.0);
    CHECK(deal_win_probability(unknown, ProbabilitySource::StageWinRate, lead_pipeline, rates.value) == 0.0);
    CHECK(deal_win_probability(unknown, ProbabilitySource::Review, lead_pipeline, rates.value) ==
          doctest::Approx(0.9801));
    ForecastSettings f;
    f.trials = 10;
    auto r = forecast({in_won_stage, unknown}, lead_pipeline, undated(10'000), f);
    REQUIRE(r.ok());
    CHECK(r.value.deals_in_play == 1);
    CHECK(r.value.p10 == dollars(10'000));
}

TEST_CASE("CRM probability: the imported chance; without one the stage's; unreviewed deals never get the invented review") {
    // Lead pipeline: Opportunity's win rate is its own 25 % (the last stage before Won).
    auto rates = stage_win_rates(lead_pipeline);
    REQUIRE(rates.ok());
    Deal imported = deal(10'000, 25, 50);       // fund 25 %, competition 50 %: the defaults nobody set
    imported.stage = "Opportunity";
    imported.reviewed = false;
    imported.probability = 80;
    Deal bare = imported;
    bare.probability.reset();
    CHECK(deal_win_probability(imported, ProbabilitySource::Crm, lead_pipeline, rates.value) == doctest::Approx(0.80));
    CHECK(deal_win_probability(bare, ProbabilitySource::Crm, lead_pipeline, rates.value) == doctest::Approx(0.25));
    // Under the review source an unreviewed deal is not 25 % x 50 % = 12.5 %.
    CHECK(deal_win_probability(imported, ProbabilitySource::Review, lead_pipeline, rates.value) == doctest::Approx(0.80));
    CHECK(deal_win_probability(bare, ProbabilitySource::Review, lead_pipeline, rates.value) == doctest::Approx(0.25));
    // Reviewed, the review decides whatever the CRM said: 25 % x 50 % = 12.5 %.
    imported.reviewed = true;
    CHECK(deal_win_probability(imported, ProbabilitySource::Review, lead_pipeline, rates.value) == doctest::Approx(0.125));
    // A deal with no amount yet is out of play.
    Deal no_amount = bare;
    no_amount.amount_known = false;
    no_amount.amount.minor = 0;
    ForecastSettings f;
    f.trials = 10;
    f.source = ProbabilitySource::Crm;
    auto r = forecast({no_amount}, lead_pipeline, undated(10'000), f);
    REQUIRE(r.ok());
    CHECK(r.value.deals_in_play == 0);
}

TEST_CASE("forecast settings out of range are refused with the field at fault") {
    ForecastSettings f;
    f.trials = 0;
    CHECK(std::string(check_forecast_settings(f).code) == "trials_out_of_range");
    f = {};
    f.slip_days = 366;
    CHECK(std::string(check_forecast_settings(f).field) == "slip_days");
    f = {};
    f.haircut_percent = 101;
    CHECK(std::string(check_forecast_settings(f).code) == "haircut_out_of_range");
    Deal bad = deal(-5, 50, 50);
    auto r = forecast({bad}, lead_pipeline, undated(10), ForecastSettings{});
    CHECK(r.problem.field == "deals[0].amount");
}
