// The user's whole document. It grows with each calculator (pipeline, KPIs, commission,
// forecast); the versioned JSON form arrives with the document release.
#pragma once
#include "format.h"
#include "funnel.h"
#include "commission_plan.h"
#include "i18n.h"
#include "ideal_funnel.h"
#include "kpi.h"
#include "pipeline.h"
#include "sales_formula.h"

namespace quotient {

// What the funnel must deliver: the revenue target (quota) per period. The reverse funnel works
// back from it; the ideal funnel plans the pipeline that meets it every period.
struct FunnelGoal {
    Money target{100'000'00, currency_from_code("USD")};
    Period period = Period::Quarter;
    bool operator==(const FunnelGoal&) const = default;
};

struct Scenario {
    Funnel funnel = funnel_preset(FunnelPreset::LeadPipeline);
    FunnelGoal goal{};
    SalesFormula sales_formula{};
    std::vector<Deal> deals = sample_deals();
    PipelineSettings pipeline{};
    KpiInputs kpi{};                // KPI inputs by id, only those the user has set
    CommissionBook commission = commission_example();   // plans compared, closed deals, the rep
    LocaleId locale = LocaleId::en_US;
    Language language = Language::English;
    // Whole-document comparison: the app notices an edit (for undo and autosave) by comparing.
    bool operator==(const Scenario&) const = default;
};

} // namespace quotient
