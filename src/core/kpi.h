// Sales and SaaS KPIs (DOMAIN.md section 3): a catalog of definitions, each declaring its inputs
// (id, unit, valid range), its result's unit, the formula in words and what it means, and one
// evaluation that returns the value and the formula worked through with the user's numbers.
//
// Inputs are shared by id: CAC and CAC payback both read "sales_marketing_spend", so the user
// types it once. Conventions (the same in the UI, the CLI and saved documents):
// - money inputs are amounts in major units (dollars); each becomes Money (integer minor units)
//   once, by the product's one rounding rule (to_minor_units), and so does every money result;
// - rates are fractions (0.15 = 15%), from 0 to 1; a markup is a fraction too but may exceed 1;
// - counts (customers, deals, answers) may be fractional averages, never negative.
//
// Index
// [SECTION] Units, groups and inputs
// [SECTION] Results and definitions
// [SECTION] The user's inputs
// [SECTION] Catalog and evaluation
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>
#include "format.h"
#include "money.h"
#include "outcome.h"
#include "unknown_members.h"

namespace quotient {

// [SECTION] Units, groups and inputs

enum class KpiUnit {
    Money,          // an amount in the inputs' currency
    MoneyPerDay,    // an amount earned per day (sales velocity)
    Count,          // customers, deals, answers
    Fraction,       // a share, shown as a percentage (0.08 -> 8%); results may exceed 1 (NRR)
    Multiple,       // a ratio shown as "3.00×" (LTV:CAC, pipeline coverage)
    Days,
    Months,
    Years,
    Score,          // NPS, from -100 to 100
    ScoreList,      // a list of survey answers from 0 to 10 (input only)
};

// Stable, untranslated unit ids for the CLI: "money", "fraction", "score_list"...
const char* kpi_unit_id(KpiUnit unit);
// The word written after a value of this unit ("months", "per day"), or nullptr when the
// formatted value already says its unit ("$10.00", "8%").
const char* kpi_unit_word(KpiUnit unit);

enum class KpiGroup { Acquisition, Revenue, Retention, Efficiency, Satisfaction, Count };
const char* kpi_group_id(KpiGroup group);     // "acquisition"... (stable)
const char* kpi_group_name(KpiGroup group);   // "Acquisition"... (English, a translation key)

struct KpiInput {
    const char* id = "";            // stable, shared by every KPI reading it: "new_customers"
    const char* label = "";         // English, a translation key: "New customers"
    KpiUnit unit = KpiUnit::Count;
    double min = 0;                 // valid range, in the unit as entered (money: major units;
    double max = 0;                 // fractions: 0..1; score lists: each answer)
    // Left empty, the input counts as 0: a movement that did not happen (no expansion MRR), an
    // answer nobody gave. A KPI needs its other inputs, or one of these when all are optional.
    bool optional = false;
    // Problem reported outside the range; nullptr = the unit's usual code and sentence.
    const char* range_code = nullptr;
    const char* range_message = nullptr;
    // The only values accepted, when the input is a choice rather than a range (a billing period
    // of 1, 3 or 12 months); empty = any value in [min, max]. Another value is refused with the
    // range problem above.
    std::vector<double> choices{};
};

// [SECTION] Results and definitions

// One line of the worked formula: "CAC" = "$500,000.00 / 50 = $10,000.00".
struct KpiStep {
    const char* label = "";         // what this line computes (English, a translation key)
    std::string expression;         // the user's numbers, formatted, ending in "= result"
};

struct KpiResult {
    double value = 0;               // in the KPI's unit: major units for money, 0.08 for 8%
    Money money{};                  // the value as Money (Money and MoneyPerDay units only)
    std::string text;               // the value formatted in the locale: "$10,000.00", "8%", "0.67×"
    std::vector<KpiStep> steps;     // the formula with the user's numbers; the last gives the value
    // How the value reads, in words: against the rule of thumb, or a sign worth naming (net
    // negative churn); nullptr when there is nothing to say.
    const char* verdict = nullptr;
};

struct KpiArgs;                     // what a KPI's compute function reads (kpi_args.h)

struct KpiDef {
    const char* id = "";            // stable: "cac", "ltv_to_cac"
    const char* name = "";          // English, a translation key: "Customer acquisition cost (CAC)"
    KpiGroup group = KpiGroup::Acquisition;
    std::vector<const KpiInput*> inputs;
    KpiUnit unit = KpiUnit::Money;  // of the result
    const char* formula = "";       // in words: "CAC = sales and marketing spend / new customers"
    const char* meaning = "";       // one line: what the number tells you
    const char* rule_of_thumb = nullptr;   // a common benchmark, labelled as such; nullptr if none
    const char* glossary_id = "";   // the term the Glossary explains ("cac")
    // The KPI's own arithmetic; evaluate_kpi() calls it once every input is present and valid.
    Outcome<KpiResult> (*compute)(const KpiArgs&) = nullptr;
};

// [SECTION] The user's inputs

// Values by input id, only those the user has set (an absent id is "not entered yet").
struct KpiInputs {
    Currency currency{};                                    // of every money input and result
    std::map<std::string, double, std::less<>> values;      // money in major units, rates as fractions
    std::map<std::string, std::vector<double>, std::less<>> lists;   // ScoreList inputs
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const KpiInputs&) const = default;
};

// [SECTION] Catalog and evaluation

const std::vector<KpiInput>& kpi_inputs();     // every input, each once
const std::vector<KpiDef>& kpi_catalog();      // every KPI, grouped, in display order
const KpiInput* find_kpi_input(std::string_view id);   // nullptr when unknown
const KpiDef* find_kpi(std::string_view id);           // nullptr when unknown

// The first problem with one value of `input`: NaN, outside [min, max], or not one of its
// choices. Field = input id.
Problem validate_kpi_input(const KpiInput& input, double value);
// The same for a list input; field = "scores[3]" for the fourth answer.
Problem validate_kpi_list(const KpiInput& input, const std::vector<double>& values);

// Whether `inputs` has what `kpi` needs (valid or not): every required input, and at least one
// input when all of them are optional.
bool kpi_inputs_present(const KpiDef& kpi, const KpiInputs& inputs);

// Evaluates `kpi` on the user's inputs; numbers in the result are written the way `loc` writes
// them. Fails with "missing_input" (field = the first absent required input), a range problem,
// or the reason the KPI is undefined for these inputs ("no_new_customers", "no_churn"...).
// Never returns NaN or infinity.
Outcome<KpiResult> evaluate_kpi(const KpiDef& kpi, const KpiInputs& inputs, const Locale& loc);
// By id; fails with "unknown_kpi" (field "kpi") when no KPI has that id.
Outcome<KpiResult> evaluate_kpi(std::string_view id, const KpiInputs& inputs, const Locale& loc);

// Survey answers typed as text, "9 10, 7; 3": whole numbers from 0 to 10 separated by spaces,
// commas or semicolons. Fails with "score_out_of_range", field "scores[i]", at the first bad one.
Outcome<std::vector<double>> parse_scores(std::string_view text);

} // namespace quotient
