#include "commission_tiers.h"
#include <algorithm>
#include "commission_format.h"

namespace quotient {

int64_t covered_amount(const std::vector<Tier>& tiers, int64_t amount) {
    if (tiers.empty() || tiers.back().open_ended) return amount;
    return std::min(amount, tiers.back().to.minor);
}

size_t tier_holding(const std::vector<Tier>& tiers, BoundaryOwner owner, int64_t amount) {
    size_t held = 0;
    for (size_t j = 1; j < tiers.size(); ++j) {
        const int64_t start = tiers[j].from.minor;
        if (owner == BoundaryOwner::UpperTier ? amount >= start : amount > start) held = j;
    }
    return held;
}

double interpolated_rate(const std::vector<Tier>& tiers, int64_t amount) {
    // Which tier the amount is in does not matter here: the rate is continuous at every start.
    const size_t j = tier_holding(tiers, BoundaryOwner::UpperTier, amount);
    if (j + 1 >= tiers.size()) return tiers[j].rate;
    const double start = double(tiers[j].from.minor), next = double(tiers[j + 1].from.minor);
    const double along = (double(amount) - start) / (next - start);
    return tiers[j].rate + (tiers[j + 1].rate - tiers[j].rate) * along;
}

// The part of `amount` inside tier t.
static int64_t slice(const Tier& t, int64_t amount) {
    const int64_t top = t.open_ended ? amount : std::min(amount, t.to.minor);
    return std::max<int64_t>(0, top - t.from.minor);
}

double tier_payout(const std::vector<Tier>& tiers, TierMethod method, BoundaryOwner owner, int64_t amount) {
    if (tiers.empty()) return 0;
    amount = covered_amount(tiers, amount);
    switch (method) {
    case TierMethod::Marginal: {
        double sum = 0;
        for (const Tier& t : tiers) sum += double(slice(t, amount)) * t.rate;
        return sum;
    }
    case TierMethod::Retroactive: return double(amount) * tiers[tier_holding(tiers, owner, amount)].rate;
    case TierMethod::Interpolated: return double(amount) * interpolated_rate(tiers, amount);
    }
    return 0;
}

std::string tier_working(const std::vector<Tier>& tiers, TierMethod method, BoundaryOwner owner,
                         const Money& paid_on, const Locale& loc) {
    if (tiers.empty()) return format_money(Money{0, paid_on.currency}, loc);
    const Money amount{covered_amount(tiers, paid_on.minor), paid_on.currency};
    double rate = 0;
    switch (method) {
    case TierMethod::Marginal: {
        std::string out;
        for (const Tier& t : tiers) {
            const int64_t part = slice(t, amount.minor);
            if (part == 0 && !out.empty()) continue;
            if (!out.empty()) out += " + ";
            out += format_money(Money{part, amount.currency}, loc) + " \u00D7 " + format_rate(t.rate, loc);
            if (part == 0) break;   // a zero amount: show its first tier only
        }
        return out;
    }
    case TierMethod::Retroactive: rate = tiers[tier_holding(tiers, owner, amount.minor)].rate; break;
    case TierMethod::Interpolated: rate = interpolated_rate(tiers, amount.minor); break;
    }
    return format_money(amount, loc) + " \u00D7 " + format_rate(rate, loc);
}

} // namespace quotient
