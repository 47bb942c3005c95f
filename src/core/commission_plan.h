// Commission plans (DOMAIN.md section 4): what a plan contains, the deals it pays on, and the
// checks that refuse a plan or a deal nobody could be paid on.
//
// Conventions kept by every commission file:
// - Amounts are Money (integer minor units). Plan amounts (base salary, target incentive, quota,
//   draw) are per plan period.
// - Rates and shares are fractions (0.15 = 15%); attainment is credited bookings / quota
//   (1.0 = 100%).
// - One rounding rule (money.h: nearest minor unit, halves to even), applied once per statement
//   line. A tiered or curve line is the difference of two rounded cumulative payouts, so the
//   lines of a component add up exactly to its rounded payout on the period total.
//
// Index
// [SECTION] Pay: base salary, target incentive, OTE and pay mix
// [SECTION] Components: flat rate, tiers, attainment payout curve
// [SECTION] Per-deal multipliers, SPIFFs, draw
// [SECTION] Plan
// [SECTION] Deals and split credit
// [SECTION] Validation
// [SECTION] Ids of the choices
// [SECTION] The commission part of a scenario
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "civil_date.h"
#include "enum_ids.h"
#include "money.h"
#include "outcome.h"
#include "period_calendar.h"
#include "unknown_members.h"

namespace quotient {

// [SECTION] Pay: base salary, target incentive, OTE and pay mix
// OTE = base salary + target incentive; pay mix = base salary / OTE (60/40 is a base share of 0.6).
// Any two figures give the other two.

enum class PayFigure { BaseSalary, TargetIncentive, Ote, PayMix };

struct PayFigures {
    Money base_salary{};
    Money target_incentive{};
    Money ote{};
    double base_share = 0.6;        // the pay mix, as the base salary's share of OTE
};

// Completes `given` from the two figures named `known_a` and `known_b`. An amount derived from a
// share is rounded by the money rule; the remaining one is the exact difference, so base +
// incentive = OTE to the minor unit. Fails with "pay_negative", "rate_out_of_range",
// "base_above_ote", "ote_zero" (no mix without an OTE), "pay_mix_undefined" (a 0% or 100% base
// share cannot give the OTE) or "pay_figures_same".
Outcome<PayFigures> complete_pay(const PayFigures& given, PayFigure known_a, PayFigure known_b);

// [SECTION] Components: flat rate, tiers, attainment payout curve

enum class ComponentKind { Flat, Tiered, Curve };
enum class PaidOn { Bookings, GrossMargin };    // what a flat or tiered component is paid on

// How tier rates apply to the period's cumulative amount:
// Marginal     each slice at its own tier's rate, like tax brackets;
// Retroactive  the whole amount at the rate of the tier reached;
// Interpolated the rate moves linearly from one tier's start to the next tier's start (the last
//              tier's rate holds beyond its start), and the whole amount is paid at that rate.
enum class TierMethod { Marginal, Retroactive, Interpolated };

// Who owns an amount exactly on a boundary: the tier that starts there (Upper) or the one that
// ends there (Lower). It decides every step in a plan: retroactive tiers, the threshold (is
// exactly 50% "below 50%"?) and a curve's cliff at 100%. Marginal and interpolated tiers, the
// decelerated curve without a cliff and the accelerator steps are continuous, so the setting
// cannot change them.
enum class BoundaryOwner { UpperTier, LowerTier };

struct Tier {
    Money from{};                   // the tier covers cumulative amounts from here...
    Money to{};                     // ...to here (ignored when open_ended)
    bool open_ended = false;        // only the last tier may have no upper end; a closed last
                                    // tier pays nothing above its end (commission_tiers.h)
    double rate = 0;                // 0..1
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Tier&) const = default;
};

enum class CapKind { None, Payout, Attainment };

// Above 100% attainment each further point pays `multiplier` points of target incentive, from
// `from_attainment` until the next step (between 100% and the first step the multiplier is 1).
struct Accelerator {
    double from_attainment = 1.0;   // >= 1.0
    double multiplier = 1.5;        // 0..100
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Accelerator&) const = default;
};

// Payout of the target incentive as a function of attainment a (threshold t, decelerator d):
//   below the threshold: 0;
//   from the threshold to 100%: a x rate, the rate moving linearly from d at the threshold to
//     100% at quota, rate = d + (1 - d) x (a - t) / (1 - t), like interpolated tiers; so the
//     target incentive is paid in full at exactly 100% whoever owns the boundary, and the curve
//     has no jump there (d = 1 is the plain line: a);
//   with a cliff: d x a below 100% and 1 from 100%, a step that the boundary owner decides (the
//     plan that really wants reps below quota to lose the rest of the decelerated pay);
//   above 100%: 1 plus each accelerator step's multiplier x the attainment within that step.
// A cap limits either the factor (Payout: 2.0 = at most 200% of target incentive) or the
// attainment counted (Attainment: 2.0 = attainment beyond 200% pays nothing more).
struct PayoutCurve {
    double threshold = 0;           // 0..1; nothing is paid below it
    double decelerator = 1;         // 0..1; the rate paid on attainment at the threshold (at 0% without one)
    bool cliff = false;             // true: d x a up to 100%, then a step to 1
    std::vector<Accelerator> accelerators;   // ascending from_attainment
    CapKind cap = CapKind::None;
    double cap_at = 2.0;            // > 0, as a factor (1.0 = 100%)
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const PayoutCurve&) const = default;
};

struct PlanComponent {
    std::string name;
    ComponentKind kind = ComponentKind::Flat;
    PaidOn paid_on = PaidOn::Bookings;         // Flat and Tiered (a Curve always uses bookings)
    double rate = 0.1;                           // Flat: 0..1
    TierMethod method = TierMethod::Marginal;    // Tiered
    std::vector<Tier> tiers;                     // Tiered: contiguous, from 0, ascending
    PayoutCurve curve{};                         // Curve: pays target incentive x factor(attainment)
    bool capped = false;                         // Flat and Tiered: the period's payout is at most
    Money cap{};                                 // `cap` (a Curve caps with curve.cap)
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const PlanComponent&) const = default;
};

// [SECTION] Per-deal multipliers, SPIFFs, draw

// A multiplier scales a deal's commission (the sum of its component lines): MultiYear applies to
// contracts of two years or more, NewLogo to new customers, Product to deals of that product.
// When several apply they multiply.
enum class MultiplierKind { MultiYear, NewLogo, Product };
struct DealMultiplier {
    MultiplierKind kind = MultiplierKind::MultiYear;
    std::string product;            // Product only
    double factor = 1.2;            // 0..100
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const DealMultiplier&) const = default;
};

// A fixed bonus per qualifying deal, times the rep's split share.
struct Spiff {
    std::string name;
    Money amount{};
    std::string product;            // "" = any product
    bool new_logo_only = false;
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Spiff&) const = default;
};

// Recoverable: when earnings fall short of the draw the rep is paid the draw and owes the
// difference, repaid from later earnings above the draw. NonRecoverable: a guaranteed minimum,
// never repaid.
enum class DrawKind { None, Recoverable, NonRecoverable };

// What a non-recoverable draw does with a clawback that the guarantee would cover (the period's
// earnings, clawbacks taken off, fall below the guarantee). The guarantee protects earnings, not
// commission already paid on a customer who left, so by default the covered part of the
// clawback is carried and recovered from later earnings above the guarantee, the way a
// recoverable draw is repaid. Forgiven: the guarantee covers it and nothing is carried.
// (A recoverable draw owes any shortfall anyway; without a draw a clawback lowers the payout.)
enum class DrawClawback { ReducesFuture, Forgiven };

struct Draw {
    DrawKind kind = DrawKind::None;
    Money amount{};                 // per period
    DrawClawback clawback = DrawClawback::ReducesFuture;   // NonRecoverable only
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Draw&) const = default;
};

// [SECTION] Plan

struct CommissionPlan {
    std::string name = "Plan";
    // In a scenario these four come from its sales plan (sales_plan.h: plan_under); the CLI's
    // commission command takes them with the plan.
    PlanPeriod period = PlanPeriod::Quarter;
    int fiscal_year_start = 1;      // month 1..12 the periods count from
    Currency currency{};            // every amount of the plan and its deals
    Money base_salary{};            // per period
    Money target_incentive{};       // per period, paid in full at 100% by a Curve component
    Money quota{};                  // bookings per period (the sales plan's quota)
    BoundaryOwner boundary = BoundaryOwner::UpperTier;
    std::vector<PlanComponent> components;
    std::vector<DealMultiplier> multipliers;
    std::vector<Spiff> spiffs;
    int clawback_days = 0;          // commission on a customer churning within this many days of
                                    // the close is taken back; 0 = no clawback
    Draw draw{};
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const CommissionPlan&) const = default;
};

Money plan_ote(const CommissionPlan& p);      // base salary + target incentive

// [SECTION] Deals and split credit

struct SplitShare {
    std::string rep;
    double share = 1.0;             // 0..1; a deal's shares total 1
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const SplitShare&) const = default;
};

struct ClosedDeal {
    std::string id;
    CivilDate close_date{};
    Money amount{};                 // bookings
    Money margin{};                 // gross margin, 0..amount
    int contract_years = 1;
    bool new_logo = false;
    std::string product;
    std::vector<SplitShare> splits; // who is credited, and how much
    bool churned = false;
    CivilDate churn_date{};         // when churned
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const ClosedDeal&) const = default;
};

// The largest deal and the most deals we accept: their sum stays within Money's range.
inline constexpr int64_t max_deal_minor = max_minor_units / 1'000'000;
inline constexpr size_t max_deals = 1'000'000;
inline constexpr int max_clawback_days = 3660;

// Index of `rep` in the deal's splits, or -1.
int split_index(const ClosedDeal& d, const std::string& rep);
// The credit of split `index` on `amount`: every share but the last is rounded by the money
// rule; the last gets what is left, so the credits always add up to the amount to the minor unit
// (a three-way 33.33/33.33/33.34 split of $100,000.00 is $33,330.00 + $33,330.00 + $33,340.00).
Money split_credit(const Money& amount, const std::vector<SplitShare>& splits, size_t index);

// [SECTION] Validation
// The first problem found names its field as the CLI input does ("components[1].tiers[2].from",
// "deals[4].splits").

Problem validate_plan(const CommissionPlan& p);
Problem validate_deals(const std::vector<ClosedDeal>& deals, const Currency& currency);

// [SECTION] Ids of the choices
// Stable, untranslated names of each enum's values, as the CLI and saved documents spell them.

inline constexpr EnumId<ComponentKind> component_kind_ids[] = {
    {ComponentKind::Flat, "flat"}, {ComponentKind::Tiered, "tiered"}, {ComponentKind::Curve, "curve"}};
inline constexpr EnumId<PaidOn> paid_on_ids[] = {{PaidOn::Bookings, "bookings"}, {PaidOn::GrossMargin, "gross_margin"}};
inline constexpr EnumId<TierMethod> tier_method_ids[] = {{TierMethod::Marginal, "marginal"},
                                                         {TierMethod::Retroactive, "retroactive"},
                                                         {TierMethod::Interpolated, "interpolated"}};
inline constexpr EnumId<BoundaryOwner> boundary_owner_ids[] = {
    {BoundaryOwner::UpperTier, "upper"}, {BoundaryOwner::LowerTier, "lower"}};
inline constexpr EnumId<CapKind> cap_kind_ids[] = {
    {CapKind::None, "none"}, {CapKind::Payout, "payout"}, {CapKind::Attainment, "attainment"}};
inline constexpr EnumId<MultiplierKind> multiplier_kind_ids[] = {{MultiplierKind::MultiYear, "multi_year"},
                                                                 {MultiplierKind::NewLogo, "new_logo"},
                                                                 {MultiplierKind::Product, "product"}};
inline constexpr EnumId<DrawKind> draw_kind_ids[] = {
    {DrawKind::None, "none"}, {DrawKind::Recoverable, "recoverable"}, {DrawKind::NonRecoverable, "non_recoverable"}};
inline constexpr EnumId<DrawClawback> draw_clawback_ids[] = {{DrawClawback::ReducesFuture, "reduces_future"},
                                                             {DrawClawback::Forgiven, "forgiven"}};

// [SECTION] The commission part of a scenario

struct CommissionBook {
    std::vector<CommissionPlan> plans;        // plans[0] is the rep's plan; plans[1] the one to compare with
    std::vector<ClosedDeal> deals;
    std::string rep = "You";
    CivilDate period_date{};        // any day of the period shown
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const CommissionBook&) const = default;
};

// A quarterly plan ($30,000 base, $20,000 target incentive, $200,000 quota, marginal tiers) and a
// proposed alternative (an attainment curve with accelerators), with three deals closed in
// today's quarter (64, 44 and 10 days before `today`, none before the quarter's first day),
// showing that quarter. The default is the day the tests' figures
// were worked on: three deals in the first quarter of 2024.
CommissionBook commission_example(const CivilDate& today = {2024, 3, 22});

} // namespace quotient
