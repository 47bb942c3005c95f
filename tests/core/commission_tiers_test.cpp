// Tiered rates (DOMAIN.md section 4): marginal (tax brackets), retroactive (whole amount at the
// tier reached) and interpolated (rate moving linearly between tier starts), and who owns an
// amount exactly on a boundary. Tiers used throughout: $0-100,000 at 8%, $100,000-200,000 at 12%,
// $200,000 and up at 15%.
#include <doctest/doctest.h>
#include <cmath>
#include <vector>
#include "core/commission_tiers.h"

using namespace quotient;

namespace {
const Currency usd_currency = currency_from_code("USD");
Money usd(double dollars) { return Money{int64_t(std::llround(dollars * 100)), usd_currency}; }
const std::vector<Tier> tiers = {Tier{usd(0), usd(100'000), false, 0.08}, Tier{usd(100'000), usd(200'000), false, 0.12},
                                 Tier{usd(200'000), {}, true, 0.15}};
const Locale en = locale_for(LocaleId::en_US);
const auto upper = BoundaryOwner::UpperTier;
const auto lower = BoundaryOwner::LowerTier;

// Payout in cents on an amount in dollars.
double payout(TierMethod m, double dollars, BoundaryOwner owner = upper) {
    return tier_payout(tiers, m, owner, usd(dollars).minor);
}
} // namespace

TEST_CASE("marginal tiers: $150,000 pays 100,000 x 8% + 50,000 x 12% = $14,000") {
    CHECK(payout(TierMethod::Marginal, 150'000) == doctest::Approx(1'400'000));
    CHECK(tier_working(tiers, TierMethod::Marginal, upper, usd(150'000), en) ==
          "$100,000.00 \u00D7 8% + $50,000.00 \u00D7 12%");
}

TEST_CASE("marginal tiers: $250,000 pays 8,000 + 12,000 + 50,000 x 15% = $27,500") {
    CHECK(payout(TierMethod::Marginal, 250'000) == doctest::Approx(2'750'000));
}

TEST_CASE("marginal tiers: exactly on the $100,000 boundary both owners give 100,000 x 8% = $8,000") {
    CHECK(payout(TierMethod::Marginal, 100'000, upper) == doctest::Approx(800'000));
    CHECK(payout(TierMethod::Marginal, 100'000, lower) == doctest::Approx(800'000));
    // One cent more is paid at 12%: 800,000 + 0.12 cents.
    CHECK(payout(TierMethod::Marginal, 100'000.01) == doctest::Approx(800'000.12));
}

TEST_CASE("retroactive tiers: $150,000 is all paid at the 12% reached, $18,000") {
    CHECK(payout(TierMethod::Retroactive, 150'000) == doctest::Approx(1'800'000));
    CHECK(tier_working(tiers, TierMethod::Retroactive, upper, usd(150'000), en) == "$150,000.00 \u00D7 12%");
}

TEST_CASE("retroactive tiers: exactly $100,000 is 12% ($12,000) when the upper tier owns the boundary, 8% ($8,000) "
          "when the lower does") {
    CHECK(payout(TierMethod::Retroactive, 100'000, upper) == doctest::Approx(1'200'000));
    CHECK(payout(TierMethod::Retroactive, 100'000, lower) == doctest::Approx(800'000));
    CHECK(tier_holding(tiers, upper, usd(100'000).minor) == 1);
    CHECK(tier_holding(tiers, lower, usd(100'000).minor) == 0);
    // One cent either side, the owner does not matter.
    CHECK(payout(TierMethod::Retroactive, 99'999.99, upper) == doctest::Approx(9'999'999 * 0.08));
    CHECK(payout(TierMethod::Retroactive, 100'000.01, lower) == doctest::Approx(10'000'001 * 0.12));
    // And at $200,000: 15% (upper) or 12% (lower).
    CHECK(payout(TierMethod::Retroactive, 200'000, upper) == doctest::Approx(3'000'000));
    CHECK(payout(TierMethod::Retroactive, 200'000, lower) == doctest::Approx(2'400'000));
}

TEST_CASE("retroactive tiers: zero is in the first tier and pays nothing") {
    CHECK(payout(TierMethod::Retroactive, 0, upper) == 0);
    CHECK(payout(TierMethod::Retroactive, 0, lower) == 0);
    CHECK(tier_holding(tiers, lower, 0) == 0);
}

TEST_CASE("interpolated tiers: at $150,000 the rate is halfway from 12% to 15%, 13.5%: $20,250") {
    CHECK(interpolated_rate(tiers, usd(150'000).minor) == doctest::Approx(0.135));
    CHECK(payout(TierMethod::Interpolated, 150'000) == doctest::Approx(2'025'000));
    CHECK(tier_working(tiers, TierMethod::Interpolated, upper, usd(150'000), en) == "$150,000.00 \u00D7 13.5%");
}

TEST_CASE("interpolated tiers: $50,000 at 10% is $5,000; past the last start the rate stays 15%") {
    // Halfway from 8% (at 0) to 12% (at 100,000) is 10%.
    CHECK(payout(TierMethod::Interpolated, 50'000) == doctest::Approx(500'000));
    CHECK(payout(TierMethod::Interpolated, 250'000) == doctest::Approx(3'750'000));
}

TEST_CASE("interpolated tiers: continuous at a boundary, so the owner does not matter ($100,000 at 12%)") {
    CHECK(payout(TierMethod::Interpolated, 100'000, upper) == doctest::Approx(1'200'000));
    CHECK(payout(TierMethod::Interpolated, 100'000, lower) == doctest::Approx(1'200'000));
}

TEST_CASE("tiers: the same $150,000 pays $14,000 marginal, $18,000 retroactive, $20,250 interpolated") {
    CHECK(payout(TierMethod::Marginal, 150'000) == doctest::Approx(1'400'000));
    CHECK(payout(TierMethod::Retroactive, 150'000) == doctest::Approx(1'800'000));
    CHECK(payout(TierMethod::Interpolated, 150'000) == doctest::Approx(2'025'000));
}

TEST_CASE("tiers: one open tier at 15% is a flat rate, $100,000 earns $15,000 every way") {
    const std::vector<Tier> one = {Tier{usd(0), {}, true, 0.15}};
    for (TierMethod m : {TierMethod::Marginal, TierMethod::Retroactive, TierMethod::Interpolated})
        CHECK(tier_payout(one, m, upper, usd(100'000).minor) == doctest::Approx(1'500'000));
}

TEST_CASE("tiers: zero pays zero and is worked as the first tier") {
    for (TierMethod m : {TierMethod::Marginal, TierMethod::Retroactive, TierMethod::Interpolated})
        CHECK(payout(m, 0) == 0);
    CHECK(tier_working(tiers, TierMethod::Marginal, upper, usd(0), en) == "$0.00 \u00D7 8%");
}

TEST_CASE("tiers: a huge amount gives a finite payout") {
    for (TierMethod m : {TierMethod::Marginal, TierMethod::Retroactive, TierMethod::Interpolated}) {
        const double p = tier_payout(tiers, m, upper, max_minor_units);
        CHECK(std::isfinite(p));
        CHECK(p > 0);
    }
}

TEST_CASE("tiers: the working follows the locale (French)") {
    const Locale fr = locale_for(LocaleId::fr_FR);
    CHECK(tier_working(tiers, TierMethod::Retroactive, upper, usd(150'000), fr) ==
          "150\u202F000,00\u00A0$ \u00D7 12\u202F%");
}

// [SECTION] A closed last tier, as published: 5% to $100,000, 7% from $100,000 to $250,000

TEST_CASE("closed last tier: amounts above $250,000 earn nothing under every method") {
    const std::vector<Tier> closed = {Tier{usd(0), usd(100'000), false, 0.05},
                                      Tier{usd(100'000), usd(250'000), false, 0.07}};
    CHECK(covered_amount(closed, usd(300'000).minor) == usd(250'000).minor);
    CHECK(covered_amount(closed, usd(200'000).minor) == usd(200'000).minor);
    CHECK(covered_amount(tiers, usd(300'000).minor) == usd(300'000).minor);   // open: all covered
    // Marginal: 100,000 x 5% + 150,000 x 7% = 5,000 + 10,500 = $15,500, at $250,000 and at $300,000.
    CHECK(tier_payout(closed, TierMethod::Marginal, upper, usd(250'000).minor) == doctest::Approx(1'550'000));
    CHECK(tier_payout(closed, TierMethod::Marginal, upper, usd(300'000).minor) == doctest::Approx(1'550'000));
    CHECK(tier_working(closed, TierMethod::Marginal, upper, usd(300'000), en) ==
          "$100,000.00 \u00D7 5% + $150,000.00 \u00D7 7%");
    // Retroactive: the covered $250,000 at the 7% reached = $17,500 (either owner: 250,000 is the
    // end of the last tier, inside it).
    CHECK(tier_payout(closed, TierMethod::Retroactive, upper, usd(300'000).minor) == doctest::Approx(1'750'000));
    CHECK(tier_payout(closed, TierMethod::Retroactive, lower, usd(300'000).minor) == doctest::Approx(1'750'000));
    CHECK(tier_working(closed, TierMethod::Retroactive, upper, usd(300'000), en) == "$250,000.00 \u00D7 7%");
    // Interpolated: from 5% at 0 to 7% at 100,000, then 7% to the end: 250,000 x 7% = $17,500.
    CHECK(tier_payout(closed, TierMethod::Interpolated, upper, usd(300'000).minor) == doctest::Approx(1'750'000));
    // Below the end nothing changes: $200,000 marginal is 5,000 + 100,000 x 7% = $12,000.
    CHECK(tier_payout(closed, TierMethod::Marginal, upper, usd(200'000).minor) == doctest::Approx(1'200'000));
}
