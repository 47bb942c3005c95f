// The user's whole document: the sales plan every panel reads, and each calculator's inputs.
// Saved as versioned JSON by scenario_json.h.
#pragma once
#include "format.h"
#include "funnel.h"
#include "commission_plan.h"
#include "i18n.h"
#include "ideal_funnel.h"
#include "kpi.h"
#include "pipeline.h"
#include "sales_formula.h"
#include "sales_plan.h"
#include "unknown_members.h"

namespace quotient {

// A revenue target for the funnel other than the quota: a what-if ("what would 150,000 take?"),
// or the goal a schema 1 document held when it differed from its quota. Shown as "Funnel target",
// never as the quota. Off, the funnel works back from the sales plan's quota per period.
struct FunnelTarget {
    bool own = false;
    Money target{100'000'00, Currency{}};
    PlanPeriod period = PlanPeriod::Quarter;
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const FunnelTarget&) const = default;
};

// What the Pipeline panel keeps besides the deals.
struct PipelineSetup {
    // A manager's team quota for coverage, named as such; zero = the sales plan's quota.
    Money team_quota{0, Currency{}};
    // Hours a week the seller spends on accounts above / in / in the best few of the funnel.
    std::array<double, placement_count> weekly_hours{6, 10, 14};
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const PipelineSetup&) const = default;
};

// The day the example data of a default-constructed scenario is dated from. The app makes new
// scenarios with example_scenario(today), so that their deals and commission period are current.
inline constexpr CivilDate example_date{2026, 12, 1};

struct Scenario {
    SalesPlan plan{};
    Funnel funnel = funnel_preset(FunnelPreset::LeadPipeline);
    FunnelTarget funnel_target{};
    SalesFormula sales_formula{};
    std::vector<Deal> deals = sample_deals(example_date);
    PipelineSetup pipeline{};
    KpiInputs kpi{};                // KPI inputs by id, only those the user has set
    CommissionBook commission = commission_example(example_date);   // plans compared, closed deals, the rep
    LocaleId locale = LocaleId::en_US;
    Language language = Language::English;
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    // Whole-document comparison: the app notices an edit (for undo and autosave) by comparing.
    bool operator==(const Scenario&) const = default;
};

// A new scenario's example data (pipeline deals, the commission period and its closed deals)
// dated around `today`.
Scenario example_scenario(const CivilDate& today);

// [SECTION] What each calculator reads from the sales plan

// The commission plans and the KPI inputs hold copies of the plan's quota, period calendar and
// currency, because the commission engine and the KPI catalog also run alone (the CLI). This
// puts the plan's values into them; the reader calls it on every document it loads and the app
// whenever the plan changes, so the copies never disagree with the plan.
void apply_sales_plan(Scenario& s);

// The funnel's revenue target per period and its period: the funnel target when the scenario
// has one, else the quota.
Money funnel_revenue_target(const Scenario& s);
PlanPeriod funnel_period(const Scenario& s);
// The pipeline's evaluation settings: the team quota if set (else the plan's quota), the plan's
// sales cycle and calendar as of `as_of` (deals closing this period, next, later, slipped), the
// seller's hours. Without a day, every open deal counts as this period's.
PipelineSettings pipeline_settings(const Scenario& s);
PipelineSettings pipeline_settings(const Scenario& s, const CivilDate& as_of);
// The commission's bookings: the deals entered in the Commission panel, and every won pipeline
// deal, credited in full to its owner (to the rep when it has none; the pipeline has no splits).
// The pipeline keeps no gross margin, so a won deal's margin is 0 until it is entered in the
// Commission panel. A won deal is typed once.
std::vector<ClosedDeal> commission_bookings(const Scenario& s);
// The KPI inputs with the plan's quota, sales cycle and currency filled in.
KpiInputs kpi_inputs_of(const Scenario& s);
// KPI inputs that are the sales plan's, not the KPI panel's own: "quota", "sales_cycle_days".
bool kpi_input_from_plan(std::string_view id);

// Every amount of the scenario in `to`: the plan's currency and each amount's. Amounts keep
// their value in major units, re-rounded by the money rule when `to` has fewer minor digits
// (12.50 USD -> 12 JPY: halves to even). Fails, changing nothing, with "amount_too_large" when
// an amount would leave Money's range.
Problem change_currency(Scenario& s, const Currency& to);

} // namespace quotient
