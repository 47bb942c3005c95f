// Working the funnel backwards: "how many leads do I need?" and "what must this stage
// convert?". DOMAIN.md section 1 (Reverse).
#pragma once
#include <vector>
#include "funnel.h"

namespace quotient {

struct ReverseFunnel {
    double deals_needed = 0;            // revenue target / average deal (exact)
    std::vector<double> required;       // exact count each stage must hold, top first
    std::vector<double> required_whole; // the same, rounded up to whole prospects
};

// Largest count a reverse funnel may ask for; beyond it the target is not a plan.
inline constexpr double max_required_count = 1e15;

// deals_needed = target / average deal; required[last] = deals_needed;
// required[i] = required[i+1] / rate_to_next[i]. Fails when the average deal is zero, the target
// is negative or in another currency, a stage converts nobody while deals are needed
// ("stage_converts_nobody", naming that stage), or the counts exceed max_required_count.
Outcome<ReverseFunnel> reverse_funnel(const Funnel& f, Money revenue_target);

// Rounds a count of prospects up to a whole one, ignoring floating-point dust (100.0000000001
// prospects are 100, not 101).
double whole_prospects(double exact);

struct GoalSeek {
    double rate_needed = 0;             // conversion rate stage must reach, may exceed 1
    bool achievable = false;            // rate_needed <= 100%
};

// The conversion rate stage `stage` needs so that the funnel, other rates unchanged, reaches the
// revenue target. Fails for the last stage (it converts to nothing) and when no rate could help
// (no prospects enter, or another stage converts nobody).
Outcome<GoalSeek> goal_seek_rate(const Funnel& f, size_t stage, Money revenue_target);

} // namespace quotient
