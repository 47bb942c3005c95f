// The ideal funnel: the pipeline a team must hold, stage by stage, to hit quota every period.
// DOMAIN.md section 1 (Ideal funnel), by Little's law: the number of deals sitting in a stage
// in steady state = deals entering it per period x (time spent in it / period length).
#pragma once
#include <vector>
#include "enum_ids.h"
#include "funnel.h"

namespace quotient {

enum class Period { Month, Quarter, Year };
double period_days(Period p);       // 365/12, 365/4, 365
inline constexpr EnumId<Period> period_ids[] = {
    {Period::Month, "month"}, {Period::Quarter, "quarter"}, {Period::Year, "year"}};

struct IdealStage {
    double win_rate = 0;            // chance a deal in this stage is won (product of remaining rates)
    double entering = 0;            // deals that must enter this stage per period
    double holding = 0;             // deals the stage holds in steady state
    Money holding_value{};          // holding x average deal
};

struct IdealFunnel {
    double deals_to_close = 0;      // quota / average deal, per period
    std::vector<IdealStage> stages;
};

// entering[i] = deals_to_close / win_rate[i]; holding[i] = entering[i] x days_in_stage[i] / period.
// Fails for a zero average deal, a negative quota, a period of no days, or a stage from which no
// deal is ever won while deals are needed.
Outcome<IdealFunnel> ideal_funnel(const Funnel& f, Money quota, double days_per_period);

} // namespace quotient
