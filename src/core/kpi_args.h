// What a KPI's compute function reads, and the helpers it writes its result with. Private to
// src/core/kpi*.cpp: callers use evaluate_kpi() in kpi.h.
#pragma once
#include <string>
#include <vector>
#include "kpi.h"

namespace quotient {

struct KpiArgs {
    const KpiDef& kpi;
    const KpiInputs& inputs;
    Locale locale;

    // Inputs of `kpi`, valid when compute runs; an optional input left empty reads as 0.
    double number(const char* id) const;                     // counts, fractions, durations
    Money money(const char* id) const;                       // rounded to minor units, once
    const std::vector<double>& list(const char* id) const;   // score lists

    // The user's numbers as the locale writes them.
    std::string show(const Money& m) const;                  // $500,000.00
    std::string show_count(double v) const;                  // 50, 12.5
    std::string show_rate(double fraction) const;            // 8%, 12.5%, 66.67%
    std::string show_value(KpiUnit unit, double v) const;    // any non-money unit

    // A computed amount in minor units as Money, rounded once by the money rule; fails with
    // "result_too_large" beyond Money's range.
    Outcome<Money> round_money(double minor) const;

    // The result: `value` in the KPI's unit (money units: minor units, not yet rounded), and its
    // last step "label = expression = value", after the `steps` already worked out.
    Outcome<KpiResult> finish(double value, const char* label, const std::string& expression,
                              std::vector<KpiStep> steps = {}) const;
    // A money result already rounded, whose steps (the last ending in "= amount") are complete.
    Outcome<KpiResult> finish(const Money& amount, std::vector<KpiStep> steps) const;
};

// The reason a KPI has no value for these inputs.
Outcome<KpiResult> undefined(const char* code, const char* field, const char* message);

} // namespace quotient
