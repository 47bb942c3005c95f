// Tiered rates on a period's cumulative amount (DOMAIN.md section 4), the three ways plans use
// them (TierMethod in commission_plan.h), and which tier holds an amount exactly on a boundary.
// Functions here expect tiers that passed validate_plan: contiguous, from 0, ascending. The last
// tier may be closed, as published ("7% from 100,000 to 250,000"): amounts above its end earn
// nothing under every method.
#pragma once
#include <string>
#include <vector>
#include "commission_plan.h"
#include "format.h"

namespace quotient {

// The part of `amount` the tiers cover: the amount itself, or a closed last tier's end when the
// amount goes beyond it.
int64_t covered_amount(const std::vector<Tier>& tiers, int64_t amount);

// Index of the tier holding `amount` (minor units, >= 0): with UpperTier the tier starting at a
// boundary holds it, with LowerTier the tier ending there. Zero is always in the first tier.
size_t tier_holding(const std::vector<Tier>& tiers, BoundaryOwner owner, int64_t amount);

// The interpolated rate at `amount`: tier j's rate at its start, moving linearly to tier j+1's
// rate at tier j+1's start; the last tier's rate from its start on.
double interpolated_rate(const std::vector<Tier>& tiers, int64_t amount);

// Payout on the cumulative `amount`, in minor units, before rounding, with c = covered_amount:
//   marginal      sum over tiers of rate x (the part of the amount inside the tier)
//   retroactive   c x rate of the tier holding c
//   interpolated  c x interpolated_rate(c)
double tier_payout(const std::vector<Tier>& tiers, TierMethod method, BoundaryOwner owner, int64_t amount);

// The working of tier_payout with the numbers, without the result:
// "$100,000.00 × 8% + $20,000.00 × 12%" (marginal), "$120,000.00 × 12%" (retroactive),
// "$120,000.00 × 12.6%" (interpolated; the rate shown to at most four decimals). Above a closed
// last tier the covered amount is shown.
std::string tier_working(const std::vector<Tier>& tiers, TierMethod method, BoundaryOwner owner,
                         const Money& amount, const Locale& loc);

} // namespace quotient
