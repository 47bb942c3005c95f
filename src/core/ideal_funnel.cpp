#include "ideal_funnel.h"
#include <cmath>
#include <cstring>

namespace quotient {

Outcome<IdealFunnel> ideal_funnel(const Funnel& f, Money quota, double days_per_period) {
    Outcome<std::vector<double>> win = stage_win_rates(f);
    if (!win.ok()) return Outcome<IdealFunnel>{{}, win.problem};
    if (std::strcmp(quota.currency.code, f.average_deal.currency.code) != 0)
        return fail<IdealFunnel>("currency_mismatch", "quota", "The quota and the average deal must be in the same currency.");
    if (quota.minor < 0) return fail<IdealFunnel>("quota_negative", "quota", "The quota must be zero or more.");
    if (quota.minor > max_minor_units) return fail<IdealFunnel>("quota_too_large", "quota", "The quota is too large.");
    if (f.average_deal.minor <= 0)
        return fail<IdealFunnel>("deal_zero", "average_deal", "The average deal size must be more than zero to plan from a quota.");
    if (!std::isfinite(days_per_period) || days_per_period <= 0 || days_per_period > 3660)
        return fail<IdealFunnel>("period_invalid", "period_days", "The period must last between 1 and 3660 days.");

    IdealFunnel out;
    out.deals_to_close = double(quota.minor) / double(f.average_deal.minor);
    out.stages.resize(f.stages.size());
    out.pipeline_value = Money{0, f.average_deal.currency};
    for (size_t i = 0; i < f.stages.size(); ++i) {
        IdealStage& s = out.stages[i];
        s.win_rate = win.value[i];
        if (out.deals_to_close > 0 && s.win_rate <= 0)
            return fail<IdealFunnel>("stage_never_wins", "stages[" + std::to_string(i) + "].rate_to_next",
                                     "No deal in this stage is ever won (a later stage converts nobody).");
        s.entering = out.deals_to_close > 0 ? out.deals_to_close / s.win_rate : 0.0;
        s.holding = s.entering * f.stages[i].days_in_stage / days_per_period;
        Outcome<int64_t> value = to_minor_units(s.holding * s.win_rate * double(f.average_deal.minor));
        if (!value.ok()) return Outcome<IdealFunnel>{{}, value.problem};
        s.holding_value = Money{value.value, f.average_deal.currency};
        out.pipeline_value.minor += value.value;
    }
    return Outcome<IdealFunnel>{std::move(out), {}};
}

} // namespace quotient
