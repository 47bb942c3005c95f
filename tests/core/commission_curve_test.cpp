// The attainment payout curve (DOMAIN.md section 4): threshold (nothing below X%), decelerator
// below 100%, accelerator steps above 100%, and caps on payout or on attainment. Quota $200,000
// throughout, so 1% of attainment is $2,000 of bookings.
#include <doctest/doctest.h>
#include <cmath>
#include "core/commission_curve.h"

using namespace quotient;

namespace {
const int64_t quota = 20'000'000;   // cents
const Locale en = locale_for(LocaleId::en_US);
const auto upper = BoundaryOwner::UpperTier;
const auto lower = BoundaryOwner::LowerTier;

int64_t at(double attainment) { return std::llround(attainment * double(quota)); }
double factor(const PayoutCurve& c, double attainment, BoundaryOwner owner = upper) {
    return payout_factor(c, owner, at(attainment), quota);
}
PayoutCurve accelerated() {
    PayoutCurve c;
    c.accelerators = {Accelerator{1.0, 1.5}, Accelerator{1.5, 2.0}};
    return c;
}
} // namespace

TEST_CASE("curve: with no threshold, decelerator or accelerator, 62.5% attainment pays 62.5%") {
    PayoutCurve c;
    CHECK(factor(c, 0.625) == doctest::Approx(0.625));
    CHECK(factor(c, 0) == 0);
    CHECK(factor(c, 1) == 1);
    CHECK(payout_factor_working(c, upper, at(0.625), quota, en) == "62.5%");
}

TEST_CASE("curve: below a 50% threshold nothing is paid; at 50% the whole 50% is") {
    PayoutCurve c;
    c.threshold = 0.5;
    CHECK(factor(c, 0.4999995) == 0);   // $99,999.90
    CHECK(payout_factor(c, upper, at(0.5) - 1, quota) == 0);   // one cent short
    CHECK(factor(c, 0.5) == doctest::Approx(0.5));
    CHECK(payout_factor_working(c, upper, at(0.4), quota, en) == "0%");
}

TEST_CASE("curve: exactly on the threshold, the boundary setting decides (upper pays, lower does not)") {
    PayoutCurve c;
    c.threshold = 0.5;
    CHECK(factor(c, 0.5, upper) == doctest::Approx(0.5));
    CHECK(factor(c, 0.5, lower) == 0);
    CHECK(payout_factor(c, lower, at(0.5) + 1, quota) == doctest::Approx(0.50000005));
}

TEST_CASE("curve: a decelerator of 80% pays 90% x (80% + 20% x 90%) = 88.2% at 90% attainment") {
    // No threshold, so the rate moves from 80% at 0% to 100% at quota: at 90% it is
    // 0.8 + 0.2 x 0.9 = 0.98, and 0.9 x 0.98 = 0.882. At 50%: 0.5 x (0.8 + 0.2 x 0.5) = 0.45.
    PayoutCurve c;
    c.decelerator = 0.8;
    CHECK(factor(c, 0.9) == doctest::Approx(0.882));
    CHECK(factor(c, 0.5) == doctest::Approx(0.45));
    CHECK(payout_factor_working(c, upper, at(0.9), quota, en) == "90% \u00D7 (80% + 20% \u00D7 90%)");
}

TEST_CASE("curve: with a 50% threshold the decelerated rate runs from 80% at 50% to 100% at quota") {
    // At 50%: 0.5 x 0.8 = 0.4 (what the threshold pays, as before). At 75%: along = (0.75 - 0.5) /
    // 0.5 = 0.5, rate 0.8 + 0.2 x 0.5 = 0.9, factor 0.75 x 0.9 = 0.675.
    PayoutCurve c;
    c.threshold = 0.5;
    c.decelerator = 0.8;
    CHECK(factor(c, 0.5) == doctest::Approx(0.4));
    CHECK(factor(c, 0.75) == doctest::Approx(0.675));
    CHECK(payout_factor_working(c, upper, at(0.75), quota, en) == "75% \u00D7 (80% + 20% \u00D7 50%)");
}

TEST_CASE("curve: exactly at 100% a decelerated curve pays 100% under either owner; no jump either side") {
    // Quota $200,000, so one cent is 1/20,000,000 = 0.00000005 of attainment.
    // One cent short: a = 0.99999995, rate = 0.8 + 0.2 x 0.99999995 = 0.99999999,
    //   factor = 0.99999995 x 0.99999999 = 0.9999999400000005.
    // Exactly $200,000: rate 1, factor 1 (upper and lower alike).
    // One cent over, accelerator 1.5 from 100%: 1 + 0.00000005 x 1.5 = 1.000000075.
    PayoutCurve c;
    c.decelerator = 0.8;
    c.accelerators = {Accelerator{1.0, 1.5}};
    for (BoundaryOwner owner : {upper, lower}) {
        CHECK(payout_factor(c, owner, quota - 1, quota) == doctest::Approx(0.99999994).epsilon(1e-12));
        CHECK(payout_factor(c, owner, quota, quota) == 1.0);
        CHECK(payout_factor(c, owner, quota + 1, quota) == doctest::Approx(1.000000075).epsilon(1e-12));
    }
}

TEST_CASE("curve: with a cliff, 80% x a up to 100%, and exactly 100% belongs to the owner (upper 100%, lower 80%)") {
    // One cent short: 0.8 x 0.99999995 = 0.79999996. Exactly: upper reaches quota and pays 1;
    // lower leaves it below: 0.8 x 1 = 0.8. One cent over: 1 + 0.00000005 x 1.5 = 1.000000075.
    PayoutCurve c;
    c.decelerator = 0.8;
    c.cliff = true;
    c.accelerators = {Accelerator{1.0, 1.5}};
    CHECK(factor(c, 0.9) == doctest::Approx(0.72));   // 0.8 x 0.9
    CHECK(payout_factor_working(c, upper, at(0.9), quota, en) == "80% \u00D7 90%");
    for (BoundaryOwner owner : {upper, lower})
        CHECK(payout_factor(c, owner, quota - 1, quota) == doctest::Approx(0.79999996).epsilon(1e-12));
    CHECK(payout_factor(c, upper, quota, quota) == 1.0);
    CHECK(payout_factor(c, lower, quota, quota) == doctest::Approx(0.8));
    for (BoundaryOwner owner : {upper, lower})
        CHECK(payout_factor(c, owner, quota + 1, quota) == doctest::Approx(1.000000075).epsilon(1e-12));
}

TEST_CASE("curve: accelerators 1.5x from 100% and 2x from 150%: 120% pays 1 + 0.2 x 1.5 = 130%") {
    CHECK(factor(accelerated(), 1.2) == doctest::Approx(1.3));
    CHECK(payout_factor_working(accelerated(), upper, at(1.2), quota, en) == "100% + 20% \u00D7 1.5");
}

TEST_CASE("curve: 200% pays 1 + 0.5 x 1.5 + 0.5 x 2 = 275%; the steps join without a jump at 150%") {
    CHECK(factor(accelerated(), 2.0) == doctest::Approx(2.75));
    CHECK(payout_factor_working(accelerated(), upper, at(2.0), quota, en) == "100% + 50% \u00D7 1.5 + 50% \u00D7 2");
    CHECK(factor(accelerated(), 1.5, upper) == doctest::Approx(1.75));
    CHECK(factor(accelerated(), 1.5, lower) == doctest::Approx(1.75));
}

TEST_CASE("curve: a first step at 120% leaves 100-120% at 1x: 130% pays 1 + 0.2 + 0.1 x 1.5 = 135%") {
    PayoutCurve c;
    c.accelerators = {Accelerator{1.2, 1.5}};
    CHECK(factor(c, 1.3) == doctest::Approx(1.35));
    CHECK(payout_factor_working(c, upper, at(1.3), quota, en) == "100% + 20% \u00D7 1 + 10% \u00D7 1.5");
}

TEST_CASE("curve: a payout cap of 200% turns 275% into 200% and leaves 130% alone") {
    PayoutCurve c = accelerated();
    c.cap = CapKind::Payout;
    c.cap_at = 2.0;
    CHECK(factor(c, 2.0) == 2.0);
    CHECK(factor(c, 1.2) == doctest::Approx(1.3));
    CHECK(payout_factor_working(c, upper, at(2.0), quota, en) ==
          "min(100% + 50% \u00D7 1.5 + 50% \u00D7 2, 200%)");
}

TEST_CASE("curve: an attainment cap of 150% counts 200% as 150%, paying 175%") {
    PayoutCurve c = accelerated();
    c.cap = CapKind::Attainment;
    c.cap_at = 1.5;
    CHECK(factor(c, 2.0) == doctest::Approx(1.75));
    CHECK(factor(c, 1.5) == doctest::Approx(1.75));   // exactly at the cap
    CHECK(factor(c, 1.4) == doctest::Approx(1.6));    // below the cap: 1 + 0.4 x 1.5
}

TEST_CASE("curve: the attainment edge is rounded to whole cents") {
    CHECK(attainment_edge(0.5, quota) == 10'000'000);
    CHECK(attainment_edge(1.0 / 3.0, 100) == 33);
    CHECK(attainment_edge(0.125, 100) == 12);   // 12.5 cents, half to even
}

TEST_CASE("curve: huge attainment stays finite") {
    PayoutCurve c = accelerated();
    const double f = payout_factor(c, upper, max_minor_units, 1);
    CHECK(std::isfinite(f));
    CHECK(f > 1e17);
}
