// The attainment payout curve (PayoutCurve in commission_plan.h): the share of the target
// incentive paid for the bookings credited against a quota. Expects a curve and a quota (> 0)
// that passed validate_plan.
#pragma once
#include <string>
#include "commission_plan.h"
#include "format.h"

namespace quotient {

// Bookings (minor units) at which `attainment` of `quota` is reached, rounded by the money rule.
// Steps compare whole minor units with these edges, so "exactly 100%" is exact.
int64_t attainment_edge(double attainment, int64_t quota);

// The factor paid (1.0 = the whole target incentive) on `credited` bookings:
//   attainment cap: credited bookings count up to the cap's edge only;
//   below the threshold: 0;
//   below 100%: attainment x (d + (1 - d) x (a - t) / (1 - t)), reaching 1 at 100%;
//     with a cliff: d x attainment;
//   at 100%: 1;
//   above 100%: 1 + each step's multiplier x the attainment inside the step (1 until the first);
//   payout cap: at most cap_at.
// `owner` decides whether bookings exactly on the threshold, or on a cliff at 100%, count as
// reaching it; without a cliff 100% pays 1 under either owner.
double payout_factor(const PayoutCurve& c, BoundaryOwner owner, int64_t credited, int64_t quota);

// The working of payout_factor with the numbers, without the result: "0%" below the threshold,
// "90% × (80% + 20% × 90%)" (decelerated), "80% × 62.5%" (decelerated with a cliff),
// "100% + 20% × 1.5 + 10% × 2" (accelerated),
// "min(100% + 50% × 1.5 + 50% × 2, 200%)" (payout cap).
std::string payout_factor_working(const PayoutCurve& c, BoundaryOwner owner, int64_t credited, int64_t quota,
                                  const Locale& loc);

} // namespace quotient
