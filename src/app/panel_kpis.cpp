// The KPIs panel: every KPI of core/kpi as a card with its inputs, result, the formula worked
// through with the user's numbers, what it means and a link to its glossary entry. Cards are
// grouped (Acquisition, Revenue, Retention, Efficiency, Satisfaction) and a search box filters
// them. Inputs live in the scenario by id, so a value shared by several KPIs (the spend behind
// CAC, CAC payback and LTV:CAC) is typed once and every card reading it follows.
//
// Index
// [SECTION] Inputs
// [SECTION] One card
// [SECTION] Panel
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>
#include "app/panels.h"
#include "app/ui.h"
#include "core/format.h"
#include "core/kpi.h"
#include "core/parse_number.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace quotient {

// [SECTION] Inputs

// The field's label with the unit it is typed in: money in the scenario's currency, rates in
// percent (the core keeps fractions; the UI shows percentages).
static std::string input_label(const KpiInput& in, const Currency& currency) {
    std::string label = T(in.label);
    if (in.unit == KpiUnit::Money) return label + " (" + currency_symbol(currency) + ")";
    if (in.unit == KpiUnit::Fraction) return label + " (%)";
    return label;
}

// What a KPI input shows: empty until entered, then the value as the locale writes its unit.
static std::string kpi_value_text(const KpiInput& in, const KpiInputs& kpi, const Locale& loc) {
    auto it = kpi.values.find(in.id);
    if (it == kpi.values.end()) return "";
    const double v = it->second;
    switch (in.unit) {
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay:
        if (auto m = money_from_major(v, kpi.currency); m.ok()) return format_money(m.value, loc);
        break;
    case KpiUnit::Fraction: return format_percent(v, loc, decimals_needed(v * 100.0, 4));
    default: break;
    }
    return format_count(v, loc, decimals_needed(v, 2));
}

// The typed text as a value of the input's unit: money exactly in the inputs' currency, rates
// from a percentage, counts whole, durations with up to two decimals.
static Outcome<double> read_kpi_value(const KpiInput& in, const std::string& text, const Currency& currency,
                                      const Locale& loc) {
    switch (in.unit) {
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay: {
        Outcome<Money> m = parse_money(text, currency, loc, Sign::Any);
        return Outcome<double>{m.ok() ? to_major(m.value) : 0.0, m.problem};
    }
    case KpiUnit::Fraction: return parse_percent(text, loc, 4, Sign::Any);
    case KpiUnit::Days:
    case KpiUnit::Months:
    case KpiUnit::Years: return parse_decimal(text, loc, 2, Sign::Any);
    default: {
        Outcome<int64_t> n = parse_count(text, loc, Sign::Any);
        return Outcome<double>{double(n.value), n.problem};
    }
    }
}

// A number input, through the shared checked field (ui.h). Until the user types, the field is
// empty and the input absent from the document ("not entered yet"); emptying it removes the
// input again. A value the core's range check refuses is not stored, and its reason shows under
// the field (the sign is left to that check: a gross profit may be a loss).
static void kpi_value_input(AppState& app, const KpiInput& in, const char* probe_id) {
    KpiInputs& kpi = app.scenario.kpi;
    const Locale loc = locale_for(app.scenario.locale);
    entry_field(app, "##value", kpi_value_text(in, kpi, loc), ImGui::CalcItemWidth(), [&](const std::string& text) {
        Outcome<double> typed = read_kpi_value(in, text, kpi.currency, loc);
        if (is_empty_entry(typed.problem)) {
            kpi.values.erase(in.id);
            return Problem{};
        }
        if (typed.ok()) typed.problem = validate_kpi_input(in, typed.value);
        if (typed.ok()) kpi.values[in.id] = typed.value;
        return typed.problem;
    });
    auto it = kpi.values.find(in.id);
    const bool set = it != kpi.values.end();
    probe_item(app.probes, probe_id, set ? it->second : 0.0, kpi_value_text(in, kpi, loc));
    // A value out of range that came with a document (typed ones never are) is reported here.
    if (show_entry_problem(app, "##value", probe_id) || !set) return;
    const Problem p = validate_kpi_input(in, it->second);
    if (field_error(p, "")) probe_item(app.probes, (std::string(probe_id) + ".error").c_str(), 0, T(p.message));
}

// The quota and the sales cycle are the sales plan's: shown and edited here as in the Plan panel.
static void plan_input(AppState& app, const KpiInput& in, const char* probe_id) {
    SalesPlan& plan = app.scenario.plan;
    if (std::string_view(in.id) == "quota") {
        if (money_input(app, "##plan.quota", plan.quota, ImGui::CalcItemWidth())) apply_sales_plan(app.scenario);
        probe_item(app.probes, probe_id, to_major(plan.quota), "plan");
    } else {
        count_input(app, "##plan.cycle", plan.sales_cycle_days, ImGui::CalcItemWidth(), check_sales_cycle_days);
        probe_item(app.probes, probe_id, plan.sales_cycle_days, "plan");
    }
    note("From your sales plan");
}

// Survey answers typed as a list ("9 10 7 3"). Text the core cannot read is refused: the reason
// stays under the field until an edit is accepted, and the field shows the answers it holds.
static void scores_input(AppState& app, const KpiInput& in, const char* probe_id) {
    auto& lists = app.scenario.kpi.lists;
    std::string text;
    if (auto it = lists.find(in.id); it != lists.end())
        for (double s : it->second) {
            if (!text.empty()) text += ' ';
            text += std::to_string(int(s));
        }
    if (ImGui::InputTextWithHint("##scores", T("For example: 9 10 7 3"), &text)) {
        Outcome<std::vector<double>> parsed = parse_scores(text);
        app.entry_problems[probe_id] = parsed.problem;
        if (parsed.ok()) lists[in.id] = parsed.value;
    }
    auto it = lists.find(in.id);
    probe_item(app.probes, probe_id, it != lists.end() ? double(it->second.size()) : 0.0, text);
    if (auto bad = app.entry_problems.find(probe_id); bad != app.entry_problems.end()) field_error(bad->second, "");
}

// The card's inputs in a grid: two to a row, four for the eleven NPS answer counts. Each cell is
// placed explicitly (SameLine would lower a label to the baseline of the field beside it), and
// a row is as tall as its tallest cell, so a label wrapping onto two lines keeps rows aligned.
static void draw_inputs(AppState& app, const KpiDef& kpi) {
    const float card_w = ImGui::GetContentRegionAvail().x;
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    const int wanted = kpi.inputs.size() > 6 ? 4 : 2;
    const int columns = std::max(1, std::min(wanted, int(card_w / (110 * app.ui_scale))));
    const float column_w = (card_w - 2 * spacing.x * float(columns - 1)) / float(columns);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    float row_top = start.y, row_bottom = start.y;
    char probe_id[96];
    for (size_t i = 0; i < kpi.inputs.size(); ++i) {
        const KpiInput& in = *kpi.inputs[i];
        const int column = int(i % size_t(columns));
        if (column == 0 && i > 0) row_top = row_bottom + spacing.y;
        ImGui::SetCursorScreenPos(ImVec2(start.x + float(column) * (column_w + 2 * spacing.x), row_top));
        ImGui::PushID(in.id);
        ImGui::BeginGroup();
        ImGui::PushItemWidth(column_w);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_w);
        ImGui::TextDisabled("%s", input_label(in, app.scenario.plan.currency).c_str());
        std::snprintf(probe_id, sizeof probe_id, "kpi.%s.%s", kpi.id, in.id);
        if (in.unit == KpiUnit::ScoreList) scores_input(app, in, probe_id);
        else if (kpi_input_from_plan(in.id)) plan_input(app, in, probe_id);
        else kpi_value_input(app, in, probe_id);
        ImGui::PopTextWrapPos();
        ImGui::PopItemWidth();
        ImGui::EndGroup();
        ImGui::PopID();
        row_bottom = std::max(row_bottom, ImGui::GetItemRectMax().y);
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x, row_bottom + spacing.y));
}

// [SECTION] One card

// Whether `p` is an input's own range problem, already shown under that input.
static bool shown_at_input(const KpiDef& kpi, const KpiInputs& inputs, const Problem& p) {
    for (const KpiInput* in : kpi.inputs) {
        if (p.field != in->id || in->unit == KpiUnit::ScoreList) continue;
        auto it = inputs.values.find(in->id);
        return it != inputs.values.end() && validate_kpi_input(*in, it->second).code != nullptr;
    }
    return false;
}

static void draw_result(AppState& app, const KpiDef& kpi, const Outcome<KpiResult>& r) {
    char probe_id[96];
    if (!r.ok()) {
        std::snprintf(probe_id, sizeof probe_id, "kpi.%s.problem", kpi.id);
        // Not entered yet is an invitation, not an error (an NPS with no answers typed yet).
        const char* waiting = T("Enter the inputs above to see the result.");
        if (!kpi_inputs_present(kpi, kpi_inputs_of(app.scenario))) {
            ImGui::TextDisabled("%s", waiting);
            probe_item(app.probes, probe_id, 0, waiting);
            return;
        }
        if (shown_at_input(kpi, kpi_inputs_of(app.scenario), r.problem)) ImGui::TextDisabled("\u2014");
        else field_error(r.problem, "");
        probe_item(app.probes, probe_id, 0, T(r.problem.message));
        return;
    }
    const KpiResult& result = r.value;
    const char* word = kpi_unit_word(kpi.unit);
    const std::string text = word ? result.text + " " + T(word) : result.text;
    ImGui::PushFont(app.fonts.figure);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
    std::snprintf(probe_id, sizeof probe_id, "kpi.%s.result", kpi.id);
    probe_item(app.probes, probe_id, result.value, result.text);
    if (result.verdict) ImGui::TextWrapped("%s", T(result.verdict));
    for (const KpiStep& s : result.steps) ImGui::TextWrapped("%s = %s", T(s.label), s.expression.c_str());
}

static void draw_kpi_card(AppState& app, const KpiDef& kpi) {
    ImGui::PushID(kpi.id);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(T(kpi.name));
    ImGui::TextDisabled("%s", T(kpi.meaning));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    draw_inputs(app, kpi);
    ImGui::Spacing();

    draw_result(app, kpi, evaluate_kpi(kpi, kpi_inputs_of(app.scenario), locale_for(app.scenario.locale)));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", T(kpi.formula));
    if (kpi.rule_of_thumb) ImGui::TextDisabled("%s", T(kpi.rule_of_thumb));
    ImGui::PopTextWrapPos();

    // The Glossary panel arrives in 0.5; the link already leads there and says so.
    if (ImGui::SmallButton(T("Glossary entry"))) app.panel = Panel::Glossary;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("Opens this term in the Glossary (arrives in release 0.5)."));
    char probe_id[96];
    std::snprintf(probe_id, sizeof probe_id, "kpi.%s.glossary", kpi.id);
    probe_item(app.probes, probe_id, 0, kpi.glossary_id);
    ImGui::PopID();
}

// [SECTION] Panel

// What the search box matches: the KPI's name, id, group and meaning, in the UI's language.
static bool matches(const ImGuiTextFilter& filter, const KpiDef& kpi) {
    std::string text = std::string(T(kpi.name)) + " " + kpi.id + " " + T(kpi_group_name(kpi.group)) + " " + T(kpi.meaning);
    return filter.PassFilter(text.c_str());
}

bool draw_kpis_panel(AppState& app) {
    panel_header(app, "KPIs",
                 "Each KPI on your own numbers, with its formula worked through. Inputs shared by several KPIs "
                 "are typed once; rates are typed as percentages.");

    // What the user is looking for is view state, not part of the document.
    static ImGuiTextFilter filter;
    std::vector<const KpiDef*> shown;
    for (const KpiDef& k : kpi_catalog())
        if (matches(filter, k)) shown.push_back(&k);

    ImGui::SetNextItemWidth(320 * app.ui_scale);
    if (ImGui::InputTextWithHint("##search", T("Search: churn, CAC, margin..."), filter.InputBuf,
                                 IM_ARRAYSIZE(filter.InputBuf)))
        filter.Build();
    probe_item(app.probes, "kpi.search", double(shown.size()), filter.InputBuf);
    ImGui::Spacing();

    ImGui::BeginChild("##kpi_cards", ImVec2(0, 0), false);
    if (shown.empty()) note("No KPI matches the search.");
    const int columns = std::max(1, std::min(3, int(ImGui::GetContentRegionAvail().x / (400 * app.ui_scale))));
    for (int g = 0; g < int(KpiGroup::Count); ++g) {
        std::vector<const KpiDef*> cards;
        for (const KpiDef* k : shown)
            if (int(k->group) == g) cards.push_back(k);
        if (cards.empty()) continue;
        ImGui::PushFont(app.fonts.heading);
        ImGui::TextUnformatted(T(kpi_group_name(KpiGroup(g))));
        ImGui::PopFont();
        ImGui::PushID(g);
        const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_BordersInner |
                                      ImGuiTableFlags_PadOuterX;
        ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10 * app.ui_scale, 8 * app.ui_scale));
        if (ImGui::BeginTable("##cards", columns, flags)) {
            for (const KpiDef* k : cards) {
                ImGui::TableNextColumn();
                draw_kpi_card(app, *k);
            }
            ImGui::EndTable();
        }
        ImGui::PopStyleVar();
        ImGui::PopID();
        ImGui::Spacing();
    }
    ImGui::EndChild();
    return false;
}

} // namespace quotient
