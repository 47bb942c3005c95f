// The pipeline: open deals, each placed above, in or in the best few of the funnel by its
// Fund % + Competition %, with its expected value, its weighted value (from the funnel's stage
// win rates), and the totals a sales manager reviews: open pipeline, weighted pipeline, coverage
// of quota, sales velocity, and where the seller's week goes. DOMAIN.md sections 1 and 2.
//
// Index
// [SECTION] Deals and pipeline settings
// [SECTION] Placement (above / in / best few)
// [SECTION] Per-deal values
// [SECTION] Pipeline KPIs (coverage, velocity)
// [SECTION] Time allocation
// [SECTION] Validation
// [SECTION] Evaluating a whole pipeline
// The review sheet's parts (buying influences, competitors, actions, scales): deal_review.h.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "civil_date.h"
#include "deal_review.h"
#include "funnel.h"
#include "money.h"
#include "outcome.h"
#include "period_calendar.h"
#include "unknown_members.h"

namespace quotient {

// [SECTION] Deals and pipeline settings

// A deal is one record from open to won or lost. Open deals are the pipeline; won deals are
// bookings (the commission's, credited to their owner) and lost deals history.
enum class DealState { Open, Won, Lost };
inline constexpr EnumId<DealState> deal_state_ids[] = {
    {DealState::Open, "open"}, {DealState::Won, "won"}, {DealState::Lost, "lost"}};

// Members in the order evaluate_pipeline reads them: it runs every frame over thousands of
// deals, so the fields it needs share as few cache lines as possible.
struct Deal {
    Money amount{};                 // proposed amount
    Money budget{};                 // the customer's budget for it; 0 = not known
    CivilDate close_date{};
    int fund = 25;                  // Fund %: chance the customer buys at all, 0..100
    int competition = 50;           // Competition %: chance we win if they buy, 0..100
    int position = 1;               // how the seller feels, -5..+5, never 0
    DealState state = DealState::Open;   // won and lost deals keep their close date as the day it happened
    // A CRM export often holds deals not worked out yet (a "Prospecting" row has neither): such a
    // deal is kept, counted, and flagged, and its 0 amount or placeholder date is never summed
    // or placed in a period as if it were known.
    bool amount_known = true;
    bool close_date_known = true;
    // False until the rep has set fund % and competition % (an imported deal): its placement is
    // "not reviewed" and its expected value comes from the CRM's probability or the stage.
    bool reviewed = true;
    std::optional<int> probability;       // the CRM's win probability, whole percent 0..100
    std::optional<CivilDate> created;     // the day the CRM opened the opportunity
    // The stage's name as the CRM writes it; matched to the funnel's stages ignoring case and
    // surrounding spaces, so that an imported "  opportunity" finds "Opportunity".
    std::string stage;
    std::vector<BuyingInfluence> influences;
    std::vector<ActionItem> actions;
    std::string name;
    std::string account;
    std::string owner;
    std::string products;
    std::vector<Competitor> competitors;
    std::vector<std::string> strengths;
    std::vector<std::string> red_flags;   // the seller's own; derived ones are DealFlags
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Deal&) const = default;
};

enum class Placement { AboveFunnel, InFunnel, BestFew, Count };
inline constexpr size_t placement_count = size_t(Placement::Count);
inline constexpr Placement all_placements[] = {Placement::AboveFunnel, Placement::InFunnel, Placement::BestFew};

// When an open deal is expected to close, against the plan's calendar on a given day: past its
// close date (it has slipped), in this period, the next, or later.
enum class CloseWhen { Overdue, ThisPeriod, NextPeriod, Later, Count };
inline constexpr size_t close_when_count = size_t(CloseWhen::Count);
inline constexpr EnumId<CloseWhen> close_when_ids[] = {{CloseWhen::Overdue, "overdue"},
                                                       {CloseWhen::ThisPeriod, "this_period"},
                                                       {CloseWhen::NextPeriod, "next_period"},
                                                       {CloseWhen::Later, "later"}};

struct PipelineSettings {
    Money quota{300'000'00, currency_from_code("USD")};   // quota of the period the deals close in
    int sales_cycle_days = 90;      // average days from opportunity to close, for velocity
    // The day the pipeline is looked at and the plan's period calendar. Undated (the CLI without
    // "as_of"), every open deal counts as closing this period, as a single-period plan would.
    bool dated = false;
    CivilDate as_of{};
    PlanPeriod period = PlanPeriod::Quarter;
    int fiscal_year_start = 1;
    // Hours a week the seller spends on accounts above / in / in the best few of the funnel.
    std::array<double, placement_count> weekly_hours{6, 10, 14};
    bool operator==(const PipelineSettings&) const = default;
};

// A few realistic deals in the stages of the lead-pipeline preset, so that a new document's
// Pipeline panel shows what it does; they close from 3 weeks to 10 months after `today`.
std::vector<Deal> sample_deals(const CivilDate& today);

// Limits that keep every sum of a pipeline far inside Money's range:
// 100,000 deals x 1,000,000,000 (major units) = 10^14 < max_minor_units.
inline constexpr int64_t max_deal_minor_units = max_minor_units / 1'000'000;
inline constexpr size_t max_pipeline_deals = 100'000;
inline constexpr int max_sales_cycle_days = 3650;
inline constexpr double hours_per_week = 168;

// [SECTION] Placement

// By Fund % + Competition %: below 75 above the funnel (decision more than 6 months away),
// 75 to 124 in the funnel (3 to 6 months), 125 and above the best few (within 3 months).
Placement placement_for(int fund, int competition);
const char* placement_id(Placement p);        // "above-funnel", "in-funnel", "best-few"
const char* placement_name(Placement p);      // "Above the funnel", "In the funnel", "Best few"
const char* placement_horizon(Placement p);   // "Decision more than 6 months away." ...
// A deal's placement as shown: "not-reviewed" / "Not reviewed" until the rep has reviewed it.
struct DealResult;
const char* deal_placement_id(const DealResult& r);
const char* deal_placement_name(const DealResult& r);

// [SECTION] Per-deal values

// Expected value = amount x fund% x competition%, rounded once by the money rule.
// Fails for an amount or percent the deal checks refuse.
Outcome<Money> expected_value(const Money& amount, int fund, int competition);
// A deal's expected value as the pipeline shows it. Reviewed: the formula above. Not reviewed
// (nobody has judged fund and competition): amount x the CRM's probability when it has one
// (the same formula with competition 100 %), else the stage's weighted value.
Money deal_expected_value(const Deal& d, const Money& weighted);
// Weighted value = amount x the stage's win rate, rounded once by the money rule.
Outcome<Money> weighted_value(const Money& amount, double win_rate);
// Index of the funnel stage named `stage` (ASCII case and surrounding spaces ignored), or -1.
int find_stage(const Funnel& f, std::string_view stage);
// Open deals in each funnel stage (won and lost deals, and deals whose stage is not in the
// funnel, are not counted):
// the actual pipeline the ideal funnel is compared with.
std::vector<int> deals_per_stage(const Funnel& f, const std::vector<Deal>& deals);

// Red flags derived from a deal, as bits (the seller's own red flags are text in the Deal).
enum DealFlag : unsigned {
    flag_no_coach = 1u << 0,                // no buying influence holds the coach role
    flag_economic_buyer_not_met = 1u << 1,  // nobody with the economic-buyer role has been met
    flag_stage_not_in_funnel = 1u << 2,     // the stage is unknown: left out of the weighted pipeline
    flag_slipped = 1u << 3,                 // open, and its close date has passed
    flag_no_amount = 1u << 4,               // the CRM has no amount for it yet
    flag_no_close_date = 1u << 5,           // the CRM has no close date for it yet
};
struct DealFlagInfo {
    DealFlag flag;
    const char* code;               // stable id for the CLI
    const char* message;            // English, also the translation key
};
inline constexpr DealFlagInfo deal_flags[] = {
    {flag_no_coach, "no_coach", "No coach: nobody inside the account guides us through this sale."},
    {flag_economic_buyer_not_met, "economic_buyer_not_met",
     "Economic buyer not met: nobody who can release the money has been met."},
    {flag_stage_not_in_funnel, "stage_not_in_funnel",
     "The stage is not in the funnel, so the deal is left out of the weighted pipeline."},
    {flag_slipped, "slipped", "Slipped: the close date has passed and the deal is still open. Give it a new date."},
    {flag_no_amount, "no_amount", "No amount yet: counted as a deal, left out of every money total."},
    {flag_no_close_date, "no_close_date", "No close date yet: in no period, so left out of coverage."},
};

// [SECTION] Pipeline KPIs
// Small free functions so that the KPI panel can share them.

// Coverage = open pipeline value closing in the period / quota of the period (3x is a common rule).
// Fails with "no_quota" when the quota is zero or less, "currency_mismatch" across currencies.
Outcome<double> pipeline_coverage(const Money& open_pipeline, const Money& quota);
// Sales velocity = open opportunities x win rate x average deal / sales-cycle days: the value
// the pipeline turns into orders per day, rounded once by the money rule.
Outcome<Money> sales_velocity(double open_opportunities, double win_rate, const Money& average_deal,
                              double sales_cycle_days);

// [SECTION] Time allocation

// One entry: 0..168 hours a week (field "weekly_hours").
Problem check_hours(double hours);
// Each entry 0..168 and their total at most a week's 168 hours (a total of 0 is allowed here:
// the hours are simply not entered yet).
Problem check_weekly_hours(const std::array<double, placement_count>& weekly_hours);
// Each kind of account's share of the hours: hours[i] / total hours.
// Fails with check_weekly_hours' problem, or "no_hours" when the total is zero.
Outcome<std::array<double, placement_count>> time_shares(const std::array<double, placement_count>& weekly_hours);

// [SECTION] Validation
// The first problem found; fields are named like the Deal's members ("amount",
// "influences[1].rating", "actions[0].due"), prefixed "deals[3]." by validate_pipeline.

constexpr bool is_valid_deal_amount(int64_t minor) { return minor >= 0 && minor <= max_deal_minor_units; }
Problem check_deal_amount(const Money& amount);      // 0 .. max_deal_minor_units
Problem check_budget(const Money& budget);           // 0 (not known) .. max_deal_minor_units
Problem check_quota(const Money& quota);             // 0 .. max_minor_units / 1000
Problem check_sales_cycle_days(int days);            // 1 .. max_sales_cycle_days
Problem validate_deal(const Deal& d, const Currency& currency);   // amounts must be in `currency`
Problem validate_pipeline(const std::vector<Deal>& deals, const PipelineSettings& settings);

// [SECTION] Evaluating a whole pipeline

struct DealResult {
    DealState state = DealState::Open;
    CloseWhen when = CloseWhen::ThisPeriod;   // open deals with a close date only
    bool reviewed = true;           // false: `placement` is not shown nor counted ("Not reviewed")
    Placement placement = Placement::AboveFunnel;
    int stage = -1;                 // funnel stage index; -1 = not in the funnel
    double win_rate = 0;            // the stage's win rate (0 when not in the funnel)
    Money expected{};               // deal_expected_value
    Money weighted{};               // amount x win rate (0 when not in the funnel)
    unsigned flags = 0;             // DealFlag bits
};

struct BucketTotal {
    int deals = 0;
    Money amount{};
    Money expected{};
    double value_share = 0;         // amount / open pipeline (0 for an empty pipeline)
};

// Deals and their amounts.
struct DealCount {
    int deals = 0;
    Money amount{};
    bool operator==(const DealCount&) const = default;
};

// Every total but `won`, `lost` and `by_close` counts the open deals only. Deals with no
// amount yet count in the counts and add nothing to the money.
struct PipelineTotals {
    int deals = 0;                  // open deals
    int deals_outside_funnel = 0;   // open deals whose stage the funnel does not have
    int deals_without_amount = 0;   // open deals with no amount yet
    DealCount not_reviewed{};       // open deals not reviewed: in no placement bucket
    Money open{};                   // sum of amounts
    Money weighted{};               // sum of the deals' weighted values
    Money expected{};               // sum of the deals' expected values
    std::array<BucketTotal, placement_count> buckets{};
    // Velocity's factors, over the deals in the funnel (a deal without a stage win rate has no
    // place in it): their count, their mean stage win rate, their mean amount (rounded once).
    int velocity_deals = 0;
    double win_rate = 0;
    Money average_deal{};
    // Open deals with a close date, by when they close; coverage counts those closing this period.
    std::array<DealCount, close_when_count> by_close{};
    DealCount won_this_period{};    // won with a close date in this period (all won when undated)
    DealCount won{};                // every won deal
    DealCount lost{};
    Outcome<double> coverage{};     // this period's open deals / quota; fails without a quota
    Outcome<Money> velocity{};      // per day
    Outcome<std::array<double, placement_count>> time_shares{};   // fails without hours
};

struct PipelineResult {
    std::vector<DealResult> deals;  // one per deal, in the input's order
    PipelineTotals totals;
};

// Totals are sums of the per-deal values shown, so a column adds up to its total by hand.
// Fails with validate_pipeline's problem, or the funnel's own problem (field "funnel.…").
Outcome<PipelineResult> evaluate_pipeline(const std::vector<Deal>& deals, const Funnel& funnel,
                                          const PipelineSettings& settings);

} // namespace quotient
