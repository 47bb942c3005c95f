// Commission statements (DOMAIN.md section 4): for a rep, a plan and a list of deals, every line
// with the formula that produced it, so the rep can check the number by hand; subtotals per
// component; clawback and draw lines; total payout, attainment and effective rate. A multi-period
// run carries the draw balance forward.
//
// How a deal's commission is worked out: deals credited to the rep in the period are listed in
// close-date order (input order on the same day), but what they earn does not depend on that
// order. Each component is paid once on the period's totals, P(total), rounded by the money rule
// (and cut to the component's cap, if it has one); each deal's line is its share of P(total) in
// proportion to what the component pays on (its bookings or gross-margin credit), so every deal
// earns the period's blended rate: P(total) x credit / total. The minor units left over by
// rounding the shares down go one each to the largest remainders, ties to the deal id that sorts
// first (then input order), so a component's lines add up exactly to its rounded payout. A flat
// component's lines are simply credit x rate, each rounded (the same rate on every deal), unless
// its cap applies; then they share the capped payout like the others. Multipliers scale a deal's
// share: with 10% to $100,000 and 20% above, two $100,000 deals pay P = $30,000, $15,000 each,
// and a 1.5x new logo among them earns $22,500 whichever closes first.
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
    // Notes: lines of amount 0 that say, with the numbers, why a figure is what it is.
    CapApplied,     // a component's cap cut its period payout (basis: the payout before the cap)
    AboveLastTier,  // bookings above a closed last tier's end earn nothing (basis: the amount above)
    ClawbackCarried,    // non-recoverable draw: the clawback the guarantee covered, carried to be
                        // recovered from later earnings above the draw (basis: the amount carried)
};
const char* line_kind_id(LineKind k);   // "commission", "multiplier", "spiff", "clawback", "draw_advance"...
bool is_note(LineKind k);               // CapApplied, AboveLastTier, ClawbackCarried
// Whether a line's `source` is a plan component: commission lines and the notes about one.
bool of_component(LineKind k);

struct StatementLine {
    LineKind kind = LineKind::Commission;
    int deal = -1;                  // index in the deal list; -1 for draw lines and notes
    int source = -1;                // Commission, CapApplied, AboveLastTier: plan.components index;
                                    // Spiff: plan.spiffs index
    Money credit{};                 // the rep's bookings credit on the deal
    Money basis{};                  // what the rate applies to (the credit paid on, a commission, a draw...)
    double rate = 0;                // amount = basis x rate, rounded; lines that share a payout show
                                    // the period's blended rate (amount / basis), clawbacks -1
    std::string formula;            // the working with the numbers: "$100,000.00 × 15% = $15,000.00"
    Money amount{};
    int days = 0;                   // Clawback: days from the close to the churn
};

struct StatementSubtotal {
    LineKind kind = LineKind::Commission;
    int source = -1;                // Commission: the component
    Money amount{};                 // sum of the kind's (and component's) lines
    std::string formula;            // components whose lines share the payout (tiered, curve, a flat one
                                    // whose cap applied): the payout on the period total, worked out
                                    // ("$100,000.00 × 8% + $25,000.00 × 12% = $11,000.00")
};

struct StatementRequest {
    std::string rep;
    CivilDate period_date{};        // any day of the (first) period
    Money draw_balance{};           // owed by the rep at the start (a recoverable draw, or clawbacks
                                    // carried under a non-recoverable one)
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
                                                // (notes have none)
    Money commission{};             // component, multiplier and SPIFF lines
    Money clawbacks{};
    Money earned{};                 // commission + clawbacks
    Money draw{};                   // draw lines: advance or guarantee, minus recovery
    Money total_payout{};           // earned + draw
    Money draw_balance_before{};    // owed at the start: recoverable draw advances, carried clawbacks
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
