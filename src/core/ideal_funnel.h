// The ideal funnel: the pipeline a team must hold, stage by stage, to hit quota every period.
// DOMAIN.md section 1 (Ideal funnel), by Little's law: the number of deals sitting in a stage
// in steady state = deals entering it per period x (time spent in it / period length).
#pragma once
#include <vector>
#include "funnel.h"
#include "period_calendar.h"

namespace quotient {

struct IdealStage {
    double win_rate = 0;            // chance a deal in this stage is won (product of remaining rates)
    double entering = 0;            // deals that must enter this stage per period
    double holding = 0;             // deals the stage holds in steady state
    // What the deals held are worth to the pipeline: holding x win rate x average deal, the
    // weighted value, as a weighted pipeline counts it. A stage of leads holds many deals, each
    // worth only its chance of becoming an order; counting every lead at the full average deal
    // would make a 100,000 quota ask for a pipeline of millions.
    Money holding_value{};
};

struct IdealFunnel {
    double deals_to_close = 0;      // quota / average deal, per period
    std::vector<IdealStage> stages;
    // The sum of the stages' holding values. Each stage's is deals_to_close x days in stage /
    // period x average deal, so the whole is quota x (sum of stage days / period days): a team
    // with a 90-day cycle and a 91.25-day quarter holds about one quarter's quota, weighted.
    Money pipeline_value{};
};

// entering[i] = deals_to_close / win_rate[i]; holding[i] = entering[i] x days_in_stage[i] / period.
// Fails for a zero average deal, a negative quota, a period of no days, or a stage from which no
// deal is ever won while deals are needed.
Outcome<IdealFunnel> ideal_funnel(const Funnel& f, Money quota, double days_per_period);

} // namespace quotient
