// KPI inputs, their validation, evaluation and the formatting of worked formulas. The KPIs
// themselves (definitions and arithmetic) are in kpi_catalog.cpp.
//
// Index
// [SECTION] Units and groups
// [SECTION] Inputs
// [SECTION] Validation
// [SECTION] Evaluation
// [SECTION] Survey answers as text
#include "kpi.h"
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include "kpi_args.h"

namespace quotient {

// [SECTION] Units and groups

const char* kpi_unit_id(KpiUnit unit) {
    switch (unit) {
    case KpiUnit::Money: return "money";
    case KpiUnit::MoneyPerDay: return "money_per_day";
    case KpiUnit::Count: return "count";
    case KpiUnit::Fraction: return "fraction";
    case KpiUnit::Multiple: return "multiple";
    case KpiUnit::Days: return "days";
    case KpiUnit::Months: return "months";
    case KpiUnit::Years: return "years";
    case KpiUnit::Score: return "score";
    case KpiUnit::ScoreList: return "score_list";
    }
    return "";
}

const char* kpi_unit_word(KpiUnit unit) {
    switch (unit) {
    case KpiUnit::MoneyPerDay: return "per day";
    case KpiUnit::Days: return "days";
    case KpiUnit::Months: return "months";
    case KpiUnit::Years: return "years";
    default: return nullptr;
    }
}

const char* kpi_group_id(KpiGroup group) {
    switch (group) {
    case KpiGroup::Acquisition: return "acquisition";
    case KpiGroup::Revenue: return "revenue";
    case KpiGroup::Retention: return "retention";
    case KpiGroup::Efficiency: return "efficiency";
    case KpiGroup::Satisfaction: return "satisfaction";
    case KpiGroup::Count: break;
    }
    return "";
}

const char* kpi_group_name(KpiGroup group) {
    switch (group) {
    case KpiGroup::Acquisition: return "Acquisition";
    case KpiGroup::Revenue: return "Revenue";
    case KpiGroup::Retention: return "Retention";
    case KpiGroup::Efficiency: return "Efficiency";
    case KpiGroup::Satisfaction: return "Satisfaction";
    case KpiGroup::Count: break;
    }
    return "";
}

// [SECTION] Inputs

// Money's limit: 10^17 minor units are 10^15 major units in a currency with cents.
static constexpr double max_amount = 1e15;
// Beyond this no real count of customers, deals or answers exists.
static constexpr double max_count = 1e12;

// Every input once; KPIs that read the same quantity share its id, so the user types it once.
static std::vector<KpiInput> make_inputs() {
    using U = KpiUnit;
    return {
        // Acquisition
        {"sales_marketing_spend", "Sales and marketing spend", U::Money, 0, max_amount},
        {"new_customers", "New customers", U::Count, 0, max_count},
        {"visitors", "Visitors (or entrants)", U::Count, 0, max_count},
        {"conversions", "Conversions", U::Count, 0, max_count},
        {"opportunities_worked", "Opportunities worked", U::Count, 0, max_count},
        {"deals_won", "Deals won", U::Count, 0, max_count},
        {"deals_lost", "Deals lost", U::Count, 0, max_count},
        // Revenue
        {"total_contract_value", "Total contract value", U::Money, 0, max_amount},
        {"contract_years", "Contract length (years)", U::Years, 0, 100},
        {"recurring_fees_per_year", "Recurring fees per year", U::Money, 0, max_amount},
        {"one_time_fees", "One-time fees, if any", U::Money, 0, max_amount, true},
        {"starting_mrr", "MRR at the start of the period", U::Money, 0, max_amount},
        {"new_mrr", "New MRR, if any", U::Money, 0, max_amount, true},
        {"expansion_mrr", "Expansion MRR, if any", U::Money, 0, max_amount, true},
        {"contraction_mrr", "Contraction MRR, if any", U::Money, 0, max_amount, true},
        {"churned_mrr", "Churned MRR, if any", U::Money, 0, max_amount, true},
        {"current_mrr", "Monthly recurring revenue (MRR)", U::Money, 0, max_amount},
        {"paying_customers", "Paying customers", U::Count, 0, max_count},
        {"won_revenue", "Revenue from won deals", U::Money, 0, max_amount},
        {"bookings", "Bookings in the period", U::Money, 0, max_amount},
        {"quota", "Quota for the period", U::Money, 0, max_amount},
        {"sale_amount", "Sale amount", U::Money, 0, max_amount},
        {"commission_rate", "Commission rate", U::Fraction, 0, 1},
        // Retention
        {"customers_at_start", "Customers at the start of the period", U::Count, 0, max_count},
        {"customers_lost", "Customers lost in the period", U::Count, 0, max_count},
        {"arpa", "ARPA: revenue per account per month", U::Money, 0, max_amount},
        {"gross_margin", "Gross margin", U::Fraction, 0, 1},
        {"monthly_churn_rate", "Monthly customer churn rate", U::Fraction, 0, 1},
        {"monthly_discount_rate", "Monthly discount rate", U::Fraction, 0, 1},
        // Efficiency
        {"revenue", "Revenue", U::Money, 0, max_amount},
        // A loss is a negative gross profit.
        {"gross_profit", "Gross profit", U::Money, -max_amount, max_amount},
        {"cost_of_goods_sold", "Cost of goods sold", U::Money, 0, max_amount},
        {"unit_cost", "Cost", U::Money, 0, max_amount},
        {"selling_price", "Selling price", U::Money, 0, max_amount},
        // A markup is a fraction of cost and may exceed 1 (1.5 = 150%).
        {"markup", "Markup", U::Fraction, 0, 100, false, "markup_out_of_range", "A markup must be between 0% and 10,000%."},
        {"margin", "Margin", U::Fraction, 0, 1},
        {"open_pipeline", "Open pipeline value", U::Money, 0, max_amount},
        {"open_opportunities", "Open opportunities", U::Count, 0, max_count},
        {"expected_win_rate", "Win rate of open opportunities", U::Fraction, 0, 1},
        {"average_deal", "Average deal size", U::Money, 0, max_amount},
        {"sales_cycle_days", "Sales cycle (days)", U::Days, 0, 36'500},
        {"total_days_to_close", "Days to close, summed over won deals", U::Days, 0, max_count},
        {"sales_cost", "Cost of the sales effort", U::Money, 0, max_amount},
        // Satisfaction: how many people gave each answer (none if left empty), and a list of answers.
        {"answers_0", "Answered 0", U::Count, 0, max_count, true},
        {"answers_1", "Answered 1", U::Count, 0, max_count, true},
        {"answers_2", "Answered 2", U::Count, 0, max_count, true},
        {"answers_3", "Answered 3", U::Count, 0, max_count, true},
        {"answers_4", "Answered 4", U::Count, 0, max_count, true},
        {"answers_5", "Answered 5", U::Count, 0, max_count, true},
        {"answers_6", "Answered 6", U::Count, 0, max_count, true},
        {"answers_7", "Answered 7", U::Count, 0, max_count, true},
        {"answers_8", "Answered 8", U::Count, 0, max_count, true},
        {"answers_9", "Answered 9", U::Count, 0, max_count, true},
        {"answers_10", "Answered 10", U::Count, 0, max_count, true},
        {"scores", "Answers from 0 to 10", U::ScoreList, 0, 10},
        // Inputs added since come last: tests/core/vectors gives each input a value by its place
        // in this list, and appending keeps every earlier KPI's committed vector.
        // Net profit: after every cost, interest and tax; a loss is negative.
        {"net_profit", "Net profit", U::Money, -max_amount, max_amount},
        // MRR from a plan's price. Monthly, quarterly and yearly plans, as issue 10 asks: another
        // number of months is refused with a message rather than quietly divided by.
        {"plan_price", "Price per billing period", U::Money, 0, max_amount},
        {"billing_period_months", "Months per billing period (1, 3 or 12)", U::Months, 1, 12, false,
         "billing_period_out_of_range", "A billing period must be 1, 3 or 12 months.", {1, 3, 12}},
        // The magic number.
        {"this_quarter_revenue", "Revenue this quarter", U::Money, 0, max_amount},
        {"last_quarter_revenue", "Revenue last quarter", U::Money, 0, max_amount},
        {"last_quarter_sales_marketing_spend", "Sales and marketing spend last quarter", U::Money, 0, max_amount},
    };
}

const std::vector<KpiInput>& kpi_inputs() {
    static const std::vector<KpiInput> inputs = make_inputs();
    return inputs;
}

const KpiInput* find_kpi_input(std::string_view id) {
    for (const KpiInput& in : kpi_inputs())
        if (id == in.id) return &in;
    return nullptr;
}

const KpiDef* find_kpi(std::string_view id) {
    for (const KpiDef& k : kpi_catalog())
        if (id == k.id) return &k;
    return nullptr;
}

// [SECTION] Validation

static const char* const score_message = "Each answer must be a whole number from 0 to 10.";

// The usual problem for a value of `unit` below its minimum (`below`) or above its maximum.
static Problem range_problem(const KpiInput& in, bool below) {
    if (in.range_code) return {in.range_code, in.id, in.range_message};
    // Below a negative minimum is a magnitude problem, like above the maximum.
    const bool negative = below && in.min == 0;
    switch (in.unit) {
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay:
        return negative ? Problem{"amount_negative", in.id, "An amount must be zero or more."}
                        : Problem{"amount_too_large", in.id, "The amount is too large."};
    case KpiUnit::Fraction:
        return {"rate_out_of_range", in.id, "A rate must be between 0% and 100%."};
    case KpiUnit::Days:
    case KpiUnit::Months:
    case KpiUnit::Years:
        return negative ? Problem{"duration_negative", in.id, "A duration must be zero or more."}
                        : Problem{"duration_too_large", in.id, "The duration is too large."};
    case KpiUnit::ScoreList:
        return {"score_out_of_range", in.id, score_message};
    default:
        return negative ? Problem{"count_negative", in.id, "A count must be zero or more."}
                        : Problem{"count_too_large", in.id, "The count is too large."};
    }
}

Problem validate_kpi_input(const KpiInput& in, double value) {
    if (std::isnan(value)) return {"not_a_number", in.id, "The value is not a number."};
    if (value < in.min) return range_problem(in, true);
    if (value > in.max) return range_problem(in, false);
    if (!in.choices.empty() && std::find(in.choices.begin(), in.choices.end(), value) == in.choices.end())
        return range_problem(in, false);
    return {};
}

Problem validate_kpi_list(const KpiInput& in, const std::vector<double>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!(v >= in.min && v <= in.max && v == std::floor(v)))
            return {"score_out_of_range", std::string(in.id) + "[" + std::to_string(i) + "]", score_message};
    }
    return {};
}

static bool is_list(const KpiInput& in) { return in.unit == KpiUnit::ScoreList; }

static bool is_present(const KpiInput& in, const KpiInputs& inputs) {
    return is_list(in) ? inputs.lists.count(in.id) > 0 : inputs.values.count(in.id) > 0;
}

bool kpi_inputs_present(const KpiDef& kpi, const KpiInputs& inputs) {
    bool any_required = false, any_given = false;
    for (const KpiInput* in : kpi.inputs) {
        const bool present = is_present(*in, inputs);
        if (!in->optional && !present) return false;
        any_required = any_required || !in->optional;
        any_given = any_given || present;
    }
    return any_required || any_given;
}

// [SECTION] Evaluation

Outcome<KpiResult> undefined(const char* code, const char* field, const char* message) {
    return fail<KpiResult>(code, field, message);
}

double KpiArgs::number(const char* id) const {
    auto it = inputs.values.find(id);
    return it != inputs.values.end() ? it->second : 0.0;   // an optional input left empty
}

Money KpiArgs::money(const char* id) const {
    // Validation kept the amount within Money's range, so the conversion cannot fail.
    return money_from_major(number(id), inputs.currency).value;
}

const std::vector<double>& KpiArgs::list(const char* id) const { return inputs.lists.find(id)->second; }

std::string KpiArgs::show(const Money& m) const { return format_money(m, locale); }

// The fewest decimals, up to `most`, that write `v` without rounding it away.
static int decimals_for(double v, int most) {
    double scaled = v;
    for (int d = 0; d < most; ++d, scaled *= 10)
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled))) return d;
    return most;
}

std::string KpiArgs::show_count(double v) const { return format_count(v, locale, decimals_for(v, 2)); }

std::string KpiArgs::show_rate(double fraction) const {
    return format_percent(fraction, locale, decimals_for(fraction * 100, 2));
}

std::string KpiArgs::show_value(KpiUnit unit, double v) const {
    switch (unit) {
    case KpiUnit::Fraction: return show_rate(v);
    // Ratios read best at a fixed two decimals: 0.67×, 3.00×.
    case KpiUnit::Multiple: return format_count(v, locale, 2) + "\u00D7";
    case KpiUnit::Days:
    case KpiUnit::Months:
    case KpiUnit::Years:
    case KpiUnit::Score: return format_count(v, locale, decimals_for(v, 1));
    default: return show_count(v);
    }
}

Outcome<Money> KpiArgs::round_money(double minor) const {
    auto rounded = to_minor_units(minor);
    if (!rounded.ok()) return fail<Money>("result_too_large", "", "The result is too large.");
    return Outcome<Money>{Money{rounded.value, inputs.currency}, {}};
}

Outcome<KpiResult> KpiArgs::finish(double value, const char* label, const std::string& expression,
                                   std::vector<KpiStep> steps) const {
    KpiResult r;
    if (kpi.unit == KpiUnit::Money || kpi.unit == KpiUnit::MoneyPerDay) {
        auto amount = round_money(value);
        if (!amount.ok()) return Outcome<KpiResult>{{}, amount.problem};
        r.money = amount.value;
        r.value = to_major(r.money);
        r.text = show(r.money);
    } else {
        if (!std::isfinite(value)) return undefined("result_too_large", "", "The result is too large.");
        r.value = value == 0 ? 0.0 : value;   // -0.0 would print as "-0"
        r.text = show_value(kpi.unit, r.value);
    }
    steps.push_back({label, expression + " = " + r.text});
    r.steps = std::move(steps);
    return Outcome<KpiResult>{std::move(r), {}};
}

Outcome<KpiResult> KpiArgs::finish(const Money& amount, std::vector<KpiStep> steps) const {
    KpiResult r;
    r.money = amount;
    r.value = to_major(amount);
    r.text = show(amount);
    r.steps = std::move(steps);
    return Outcome<KpiResult>{std::move(r), {}};
}

Outcome<KpiResult> evaluate_kpi(const KpiDef& kpi, const KpiInputs& inputs, const Locale& loc) {
    for (const KpiInput* in : kpi.inputs) {
        Problem p;
        if (is_list(*in)) {
            auto it = inputs.lists.find(in->id);
            if (it == inputs.lists.end()) return undefined("missing_input", in->id, "Enter every input to see the result.");
            p = validate_kpi_list(*in, it->second);
        } else {
            auto it = inputs.values.find(in->id);
            if (it != inputs.values.end()) p = validate_kpi_input(*in, it->second);
            else if (!in->optional) return undefined("missing_input", in->id, "Enter every input to see the result.");
        }
        if (p.code) return Outcome<KpiResult>{{}, p};
    }
    return kpi.compute(KpiArgs{kpi, inputs, loc});
}

Outcome<KpiResult> evaluate_kpi(std::string_view id, const KpiInputs& inputs, const Locale& loc) {
    if (const KpiDef* kpi = find_kpi(id)) return evaluate_kpi(*kpi, inputs, loc);
    return undefined("unknown_kpi", "kpi", "Unknown KPI: the list of KPIs gives every id.");
}

// [SECTION] Survey answers as text

Outcome<std::vector<double>> parse_scores(std::string_view text) {
    std::vector<double> scores;
    size_t i = 0;
    auto separator = [](char c) { return c == ' ' || c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < text.size()) {
        if (separator(text[i])) { ++i; continue; }
        size_t end = i;
        while (end < text.size() && !separator(text[end])) ++end;
        std::string token(text.substr(i, end - i));
        // Whole numbers only: at most two digits, so "7.5", "1e1" and "100" are refused.
        bool digits = token.size() <= 2 && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        double v = digits ? std::strtod(token.c_str(), nullptr) : -1;
        if (v < 0 || v > 10)
            return fail<std::vector<double>>("score_out_of_range", "scores[" + std::to_string(scores.size()) + "]",
                                             score_message);
        scores.push_back(v);
        i = end;
    }
    return Outcome<std::vector<double>>{std::move(scores), {}};
}

} // namespace quotient
