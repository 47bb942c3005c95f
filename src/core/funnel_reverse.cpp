#include "funnel_reverse.h"
#include <cmath>
#include <cstring>

namespace quotient {

double whole_prospects(double exact) {
    const double dust = 1e-9 * std::max(1.0, std::fabs(exact));
    return std::ceil(exact - dust);
}

// Deals the target needs, shared by the reverse funnel and goal seek.
static Outcome<double> deals_for_target(const Funnel& f, Money target) {
    if (Problem p = validate_funnel(f); p.code) return Outcome<double>{0, p};
    if (std::strcmp(target.currency.code, f.average_deal.currency.code) != 0)
        return fail<double>("currency_mismatch", "revenue_target",
                            "The target and the average deal must be in the same currency.");
    if (target.minor < 0)
        return fail<double>("target_negative", "revenue_target", "The revenue target must be zero or more.");
    if (target.minor > max_minor_units)
        return fail<double>("target_too_large", "revenue_target", "The revenue target is too large.");
    if (f.average_deal.minor <= 0)
        return fail<double>("deal_zero", "average_deal",
                            "The average deal size must be more than zero to work back from revenue.");
    return Outcome<double>{double(target.minor) / double(f.average_deal.minor), {}};
}

Outcome<ReverseFunnel> reverse_funnel(const Funnel& f, Money revenue_target) {
    Outcome<double> deals = deals_for_target(f, revenue_target);
    if (!deals.ok()) return Outcome<ReverseFunnel>{{}, deals.problem};

    ReverseFunnel out;
    out.deals_needed = deals.value;
    const size_t n = f.stages.size();
    out.required.assign(n, 0.0);
    out.required_whole.assign(n, 0.0);
    double need = deals.value;
    for (size_t i = n; i-- > 0;) {
        if (i + 1 < n && need > 0) {
            const double rate = f.stages[i].rate_to_next;
            if (rate <= 0)
                return fail<ReverseFunnel>("stage_converts_nobody",
                                           "stages[" + std::to_string(i) + "].rate_to_next",
                                           "This stage converts nobody, so no number of prospects reaches the target.");
            need /= rate;
        }
        if (need > max_required_count)
            return fail<ReverseFunnel>("target_unreachable", "revenue_target",
                                       "The target needs an unrealistic number of prospects (over 10^15).");
        out.required[i] = need;
        out.required_whole[i] = whole_prospects(need);
    }
    return Outcome<ReverseFunnel>{std::move(out), {}};
}

Outcome<GoalSeek> goal_seek_rate(const Funnel& f, size_t stage, Money revenue_target) {
    Outcome<double> deals = deals_for_target(f, revenue_target);
    if (!deals.ok()) return Outcome<GoalSeek>{{}, deals.problem};
    if (stage + 1 >= f.stages.size())
        return fail<GoalSeek>("no_rate_for_last_stage", "stage",
                              "The last stage converts to nothing: choose an earlier stage.");

    // won = top x product of all rates, so the missing rate = deals / (top x the other rates).
    double others = f.top_volume;
    for (size_t i = 0; i + 1 < f.stages.size(); ++i)
        if (i != stage) others *= f.stages[i].rate_to_next;
    if (deals.value == 0) return Outcome<GoalSeek>{GoalSeek{0.0, true}, {}};
    if (others <= 0)
        return fail<GoalSeek>("unreachable", "stage",
                              "No prospects reach this stage (none enter, or another stage converts nobody).");
    const double needed = deals.value / others;
    if (needed > max_required_count)
        return fail<GoalSeek>("target_unreachable", "revenue_target",
                              "The target needs an unrealistic conversion rate.");
    return Outcome<GoalSeek>{GoalSeek{needed, needed <= 1.0}, {}};
}

} // namespace quotient
