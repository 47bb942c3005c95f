// Commission statements (DOMAIN.md section 4): for a rep, a plan and a list of deals, every line
// with the formula that produced it, so the rep can check the number by hand; subtotals per
// component; clawback and draw lines; total payout, attainment and effective rate. A multi-period
// run carries the draw balance forward.
//
// How a deal's commission is worked out: deals credited to the rep in the period are taken in
// close-date order (input order on the same day). A flat line is credit x rate, rounded. A tiered
// or curve line is the deal's marginal effect on the period's cumulative payout,
// P(cumulative with the deal) - P(cumulative without it), each P rounded by the money rule, so
// the lines of a component add up exactly to its rounded payout on the period total.
//
// Index
// [SECTION] Lines and statement
// [SECTION] Building statements
#pragma once
#include <string>
#include <vector>
#include "commission_plan.h"
#include "format.h"

namespace quotient {

// [SECTION] Lines and statement

enum class LineKind {
    Commission,     // one per deal and component
    Multiplier,     // the deal's commission x (product of matching multipliers - 1)
    Spiff,          // a SPIFF's amount x the rep's share
    Clawback,       // minus what a deal earned, when its customer churned within the window
    DrawAdvance,    // recoverable draw: paid now, owed
    Guarantee,      // non-recoverable draw: topped up to the guaranteed minimum
    DrawRecovery,   // earnings above the draw kept to repay the balance
};
const char* line_kind_id(LineKind k);   // "commission", "multiplier", "spiff", "clawback", "draw_advance"...

struct StatementLine {
    LineKind kind = LineKind::Commission;
    int deal = -1;                  // index in the deal list; -1 for draw lines
    int source = -1;                // Commission: plan.components index; Spiff: plan.spiffs index
    Money credit{};                 // the rep's bookings credit on the deal
    Money basis{};                  // what the rate applies to (the credit paid on, a commission, a draw...)
    double rate = 0;                // amount = basis x rate, rounded; tiered and curve lines show the
                                    // deal's effective rate (amount / basis), clawbacks -1
    std::string formula;            // the working with the numbers: "$100,000.00 × 15% = $15,000.00"
    Money amount{};
    int days = 0;                   // Clawback: days from the close to the churn
};

struct StatementSubtotal {
    LineKind kind = LineKind::Commission;
    int source = -1;                // Commission: the component
    Money amount{};                 // sum of the kind's (and component's) lines
    std::string formula;            // tiered and curve components: the payout on the period total,
                                    // worked out ("$100,000.00 × 8% + $25,000.00 × 12% = $11,000.00")
};

struct StatementRequest {
    std::string rep;
    CivilDate period_date{};        // any day of the (first) period
    Money draw_balance{};           // owed by the rep at the start (recoverable draw)
    Locale locale{};                // how formulas write numbers
    bool formulas = true;           // false leaves the formula texts empty (bulk runs)
};

struct Statement {
    std::string rep;
    PeriodRange period{};
    int deals = 0;                  // deals credited to the rep that closed in the period
    Money bookings{};               // the rep's credited bookings
    Money margin{};                 // the rep's credited gross margin
    Outcome<double> attainment{};   // bookings / quota ("no_quota" when the plan has none)
    std::vector<StatementLine> lines;
    std::vector<StatementSubtotal> subtotals;   // per component, then multipliers, SPIFFs, clawbacks, draw
    Money commission{};             // component, multiplier and SPIFF lines
    Money clawbacks{};
    Money earned{};                 // commission + clawbacks
    Money draw{};                   // draw lines: advance or guarantee, minus recovery
    Money total_payout{};           // earned + draw
    Money draw_balance_before{};
    Money draw_balance_after{};
    Money base_salary{};
    Money total_pay{};              // base salary + total payout
    Outcome<double> effective_rate{};   // earned / bookings ("no_bookings" when there are none)
};

// What one deal earned the rep in a statement: its commission, multiplier and SPIFF lines.
Money deal_earnings(const Statement& s, int deal);

// [SECTION] Building statements

// Fails with validate_plan's or validate_deals' problem, "rep_missing", "invalid_date" (field
// "period"), "amount_negative" / "currency_mismatch" (field "draw_balance"), or
// "payout_too_large" when an amount leaves Money's range.
Outcome<Statement> build_statement(const CommissionPlan& plan, const std::vector<ClosedDeal>& deals,
                                   const StatementRequest& request);

// `periods` consecutive statements from the period of request.period_date, each starting with
// the draw balance the previous one left. Fails like build_statement, and with
// "periods_out_of_range" outside 1..120.
Outcome<std::vector<Statement>> run_periods(const CommissionPlan& plan, const std::vector<ClosedDeal>& deals,
                                            const StatementRequest& first, int periods);

} // namespace quotient
