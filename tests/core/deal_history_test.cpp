// History from closed deals (deal_history.h), on figures worked by hand.
#include <doctest/doctest.h>
#include "core/deal_history.h"

using namespace quotient;

namespace {

const Currency usd = currency_from_code("USD");
Money dollars(int64_t d) { return Money{d * 100, usd}; }

Deal closed(DealState state, int64_t amount, CivilDate created, CivilDate close, const char* owner = "Ana") {
    Deal d;
    d.state = state;
    d.amount = dollars(amount);
    d.created = created;
    d.close_date = close;
    d.owner = owner;
    return d;
}

// Six won deals of 10, 20, 30, 40, 50 and 70 thousand, created 10, 20 ... 60 days before their
// close; four lost deals of 10 thousand; one open deal, which is not history.
std::vector<Deal> team() {
    return {
        closed(DealState::Won, 10'000, {2026, 1, 5}, {2026, 1, 15}),    // 10 days
        closed(DealState::Won, 20'000, {2025, 12, 31}, {2026, 1, 20}),  // 20 days
        closed(DealState::Won, 30'000, {2026, 2, 1}, {2026, 3, 3}),     // 30 days
        closed(DealState::Won, 40'000, {2026, 1, 29}, {2026, 3, 10}),   // 40 days
        closed(DealState::Won, 50'000, {2026, 2, 10}, {2026, 4, 1}, "Bo"),   // 50 days
        closed(DealState::Won, 70'000, {2026, 2, 1}, {2026, 4, 2}, "Bo"),    // 60 days
        closed(DealState::Lost, 10'000, {2026, 1, 1}, {2026, 2, 1}),
        closed(DealState::Lost, 10'000, {2026, 1, 1}, {2026, 2, 2}),
        closed(DealState::Lost, 10'000, {2026, 1, 1}, {2026, 2, 3}, "Bo"),
        closed(DealState::Lost, 10'000, {2026, 1, 1}, {2026, 2, 4}, "Bo"),
        closed(DealState::Open, 99'000, {2026, 1, 1}, {2026, 6, 1}),
    };
}

} // namespace

TEST_CASE("win rates, won deal size, sales cycle and bookings per month of ten closed deals") {
    const DealHistory h = deal_history(team(), usd);
    CHECK(h.all.won == DealCount{6, dollars(220'000)});
    CHECK(h.all.lost == DealCount{4, dollars(40'000)});
    CHECK(h.all.win_rate_by_count.value == doctest::Approx(0.6));                  // 6 / 10
    CHECK(h.all.win_rate_by_value.value == doctest::Approx(220.0 / 260.0));        // 0.846...
    CHECK(h.all.average_won.value == Money{3'666'667, usd});   // 220,000 / 6 = 36,666.666... -> 36,666.67
    CHECK(h.all.median_won.value == dollars(35'000));          // (30,000 + 40,000) / 2
    // Cycles 10, 20, 30, 40, 50, 60: mean 35, median between 30 and 40, 80th percentile at rank
    // 0.8 x 5 = 4, the fifth: 50.
    CHECK(h.all.cycle_deals == 6);
    CHECK(h.all.cycle_mean_days.value == doctest::Approx(35));
    CHECK(h.all.cycle_median_days.value == doctest::Approx(35));
    CHECK(h.all.cycle_p80_days.value == doctest::Approx(50));
    // January 10 + 20, February nothing won (shown, empty), March 30 + 40, April 50 + 70.
    REQUIRE(h.all.by_month.size() == 4);
    CHECK(h.all.by_month[0].month == 1);
    CHECK(h.all.by_month[0].won == DealCount{2, dollars(30'000)});
    CHECK(h.all.by_month[1].month == 2);
    CHECK(h.all.by_month[1].won.deals == 0);
    CHECK(h.all.by_month[2].won == DealCount{2, dollars(70'000)});
    CHECK(h.all.by_month[3].won == DealCount{2, dollars(120'000)});
}

TEST_CASE("per owner: Ana's six closed deals have a win rate; Bo's two won deals make no median") {
    const DealHistory h = deal_history(team(), usd);
    REQUIRE(h.by_owner.size() == 2);
    CHECK(h.by_owner[0].key == "Ana");
    // Ana: 4 won (10, 20, 30, 40 thousand), 2 lost: 6 closed, 4 / 6.
    CHECK(h.by_owner[0].figures.win_rate_by_count.value == doctest::Approx(4.0 / 6.0));
    CHECK(h.by_owner[0].figures.median_won.problem.code == std::string("too_few_deals"));   // 4 won < 5
    CHECK(h.by_owner[1].key == "Bo");
    CHECK(h.by_owner[1].figures.win_rate_by_count.problem.code == std::string("too_few_deals"));   // 4 closed
    CHECK(h.by_owner[1].figures.won == DealCount{2, dollars(120'000)});
}

TEST_CASE("no history: every figure withheld, with its reason, and nothing divided by zero") {
    const DealHistory h = deal_history({closed(DealState::Open, 5'000, {2026, 1, 1}, {2026, 2, 1})}, usd);
    CHECK(h.all.won.deals == 0);
    CHECK_FALSE(h.all.win_rate_by_count.ok());
    CHECK_FALSE(h.all.average_won.ok());
    CHECK_FALSE(h.all.cycle_median_days.ok());
    CHECK(h.all.by_month.empty());
    CHECK(h.by_owner.empty());
}

TEST_CASE("a won deal without an amount or a creation date is left out of what it cannot tell") {
    std::vector<Deal> deals = team();
    deals[0].amount_known = false;      // the 10,000 deal: out of the counts and money
    deals[1].created.reset();           // the 20-day deal: out of the cycle
    const DealHistory h = deal_history(deals, usd);
    CHECK(h.all.won == DealCount{5, dollars(210'000)});
    CHECK(h.all.cycle_deals == 4);      // 30, 40, 50, 60: too few
    CHECK(h.all.cycle_median_days.problem.code == std::string("too_few_deals"));
}

TEST_CASE("calibrate: the last stage converts at the win rate, the average deal is the average won, the cycle the median") {
    const Funnel lead = funnel_preset(FunnelPreset::LeadPipeline);   // Opportunity -> Won at 25 %, deals of 5,000
    const Calibration c = calibrate(lead, 90, deal_history(team(), usd).all);
    CHECK(c.changed == 3);
    CHECK(c.funnel.stages[c.funnel.stages.size() - 2].rate_to_next == 0.6);
    CHECK(c.funnel.average_deal == Money{3'666'667, usd});
    CHECK(c.sales_cycle_days == 35);
    // The stages before it are as they were.
    CHECK(c.funnel.stages[0].rate_to_next == lead.stages[0].rate_to_next);
    // Withheld figures change nothing.
    const Calibration none = calibrate(lead, 90, deal_history({}, usd).all);
    CHECK(none.changed == 0);
    CHECK(none.funnel == lead);
    CHECK(none.sales_cycle_days == 90);
}

TEST_CASE("calibrate keeps the cycle within what the sales plan accepts; an average rounds halves to even") {
    // Five won deals created in 1990 and closed in 2026: a median of about 13,000 days is more
    // than the plan's 3,650 days, so calibration stops there.
    std::vector<Deal> old;
    for (int i = 0; i < 5; ++i) old.push_back(closed(DealState::Won, 1, {1990, 1, 1}, {2026, 1, 1 + i}));
    // Amounts 0.01 x 4 and 0.03: 0.07 / 5 = 0.014, rounded to 0.01 (exactly, in integers).
    old[4].amount = Money{3, usd};
    for (int i = 0; i < 4; ++i) old[size_t(i)].amount = Money{1, usd};
    const DealHistory h = deal_history(old, usd);
    CHECK(calibrate(funnel_preset(FunnelPreset::LeadPipeline), 90, h.all).sales_cycle_days == max_sales_cycle_days);
    CHECK(h.all.average_won.value == Money{1, usd});
    // Halves go to the even cent, for the median of an even count and for the average alike.
    std::vector<Deal> two_halves = old;
    for (int i = 0; i < 5; ++i) two_halves[size_t(i)].amount = Money{i == 4 ? 3 : 2, usd};   // sum 11 / 5 = 2.2 -> 2
    two_halves.push_back(closed(DealState::Won, 0, {2026, 1, 1}, {2026, 1, 2}));
    two_halves.back().amount = Money{4, usd};   // six deals: 2, 2, 2, 2, 3, 4; median (2 + 3) / 2 = 2.5 -> 2
    const DealHistory e = deal_history(two_halves, usd);
    CHECK(e.all.median_won.value == Money{2, usd});
    CHECK(e.all.average_won.value == Money{2, usd});   // 15 / 6 = 2.5 -> 2, halves to even
}
