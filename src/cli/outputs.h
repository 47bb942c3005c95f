// The JSON the commands print for the core's results. Each builder is shared by the command that
// introduced it and by `eval`, which prints every figure of a saved scenario, so the two always
// print a figure the same way. Each is defined in the file of its command.
#pragma once
#include <vector>
#include "core/commission_statement.h"
#include "core/funnel.h"
#include "core/funnel_reverse.h"
#include "core/ideal_funnel.h"
#include "core/kpi.h"
#include "core/pipeline.h"
#include "core/sales_formula.h"
#include "json_io.h"

namespace quotient::cli {

// Texts and formulas inside the output write numbers the en-US way, like the JSON around them,
// whatever locale a scenario was saved in.
inline const Locale cli_locale = locale_for(LocaleId::en_US);

// [SECTION] funnel_command.cpp

// {"stages": [{"name", "count", "drop_off", "drop_off_rate"}...], "won", "overall_conversion",
//  "bottleneck", "revenue"}
Json forward_funnel_json(const Funnel& f, const ForwardFunnel& ff);
// {"deals_needed", "stages": [{"name", "required", "required_whole"}...]}
Json reverse_funnel_json(const Funnel& f, const ReverseFunnel& r);
// {"deals_to_close", "period_days", "stages": [{"name", "days_in_stage", "win_rate", "entering",
//  "holding", "holding_value"}...]}
Json ideal_funnel_json(const Funnel& f, const IdealFunnel& ideal, double days);
// {"gross_profit", "levers": [{"lever", "plus_point", "plus_ten_percent"}...], "best_point_lever"}
Json sales_formula_json(const SalesFormulaResult& r);

// [SECTION] pipeline_command.cpp

// {"deals": [...], "totals": {...}}; each placement's "time_share" only `with_time_shares` (the
// pipeline command's input may leave the seller's hours out).
Json pipeline_json(const std::vector<Deal>& deals, const PipelineResult& r, int sales_cycle_days,
                   bool with_time_shares);

// [SECTION] kpi_command.cpp

// {"id", "name", "unit", "value", "amount" (money units), "text", "formula", "steps",
//  "rule_of_thumb", "verdict"}
Json kpi_result_json(const KpiDef& kpi, const KpiResult& r);

// [SECTION] commission_command.cpp

// {"name", "period", "currency", "base_salary", "target_incentive", "ote", "pay_mix", "quota", "boundary"}
Json plan_json(const CommissionPlan& p);
// {"period", "deals", "bookings", "margin", "attainment", "lines", "subtotals", "commission", ...}
Json statement_json(const CommissionPlan& p, const std::vector<ClosedDeal>& deals, const Statement& s);

} // namespace quotient::cli
