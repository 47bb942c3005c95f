// The basic sales formula (DOMAIN.md section 1): gross profit = customer base x first-meeting
// rate x closing efficiency x average order value x gross-margin rate. Each factor is a lever;
// the result says which lever is worth most.
#pragma once
#include <array>
#include "money.h"
#include "outcome.h"
#include "unknown_members.h"

namespace quotient {

struct SalesFormula {
    double customer_base = 2000;        // prospects the team can reach in the period
    double first_meeting_rate = 0.20;   // share of the base that accepts a first meeting, 0..1
    double closing_efficiency = 0.25;   // share of first meetings that become orders, 0..1
    Money average_order{2'500'00, currency_from_code("USD")};
    double gross_margin_rate = 0.40;    // gross margin on an order, 0..1
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const SalesFormula&) const = default;
};

enum class Lever { CustomerBase, FirstMeetingRate, ClosingEfficiency, AverageOrder, GrossMargin, Count };
inline constexpr size_t lever_count = size_t(Lever::Count);

struct LeverGain {
    bool has_point = false;             // "+1 point" applies to the three rates only
    bool point_possible = false;        // false when the rate is already above 99%
    Money profit_plus_point{};          // gross profit with this rate 1 percentage point higher
    Money profit_plus_ten_percent{};    // gross profit with this lever 10% higher (rates capped at 100%)
};

struct SalesFormulaResult {
    Money gross_profit{};
    std::array<LeverGain, lever_count> levers{};
    int best_point_lever = -1;          // rate lever whose +1 point adds most profit (-1: none can move)
};

Outcome<SalesFormulaResult> evaluate_sales_formula(const SalesFormula& s);

} // namespace quotient
