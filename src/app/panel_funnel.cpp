// The Funnel panel: the shared inputs, a tab per way of looking at the funnel, and the forward
// view. Reverse and goal seek: funnel_reverse_view.cpp; ideal funnel: funnel_ideal_view.cpp;
// sales formula: sales_formula_view.cpp. Every number comes from the core.
#include <algorithm>
#include <cstdio>
#include "app/funnel_views.h"
#include "app/ui.h"
#include "core/funnel.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace quotient {

struct PresetChoice {
    FunnelPreset preset;
    const char* name;
};
static const PresetChoice presets[] = {
    {FunnelPreset::LeadPipeline, "Lead pipeline"},
    {FunnelPreset::B2B5, "B2B, 5 stages"},
    {FunnelPreset::BuyerJourney6, "Buyer journey, 6 stages"},
    {FunnelPreset::Classic4, "Classic, 4 stages"},
};

std::string stage_field(size_t i, const char* member) {
    return "stages[" + std::to_string(i) + "]." + member;
}

// [SECTION] Shared inputs

void draw_funnel_inputs(AppState& app, const Problem& problem) {
    Funnel& f = app.scenario.funnel;
    const float field_w = 150 * app.ui_scale;
    const FunnelMode mode = app.funnel_view.mode;

    begin_labelled("Start from", field_w * 1.3f);
    ImGui::SetNextItemWidth(field_w * 1.3f);
    if (ImGui::BeginCombo("##preset", T("Choose a preset..."))) {
        for (const PresetChoice& p : presets)
            if (ImGui::Selectable(T(p.name))) {
                Funnel fresh = funnel_preset(p.preset);
                fresh.top_volume = f.top_volume;
                fresh.average_deal = f.average_deal;
                f = fresh;
            }
        ImGui::EndCombo();
    }
    end_labelled();

    if (mode == FunnelMode::Forward || mode == FunnelMode::Reverse) {
        begin_labelled("Prospects entering", field_w);
        number_input(app, "##funnel.top_volume", f.top_volume, 0, field_w);
        field_error(problem, "top_volume");
        end_labelled();
    }
    if (mode == FunnelMode::Reverse || mode == FunnelMode::Ideal) {
        // The quota is the sales plan's, edited here as in the Plan panel; a what-if target is
        // the funnel's own and says so.
        Scenario& sc = app.scenario;
        FunnelTarget& own = sc.funnel_target;
        begin_labelled(own.own ? "Funnel target (what-if)" : mode == FunnelMode::Ideal ? "Quota per period" : "Revenue target: your quota",
                       field_w);
        money_input(app, "##funnel.target", own.own ? own.target : sc.plan.quota, field_w);
        if (!own.own) apply_sales_plan(sc);
        field_error(problem, "revenue_target");
        field_error(problem, "quota");
        if (ImGui::Checkbox(T("What-if target"), &own.own) && own.own) {
            own.target = sc.plan.quota;
            own.period = sc.plan.period;
        }
        probe_item(app.probes, "funnel.own_target", own.own ? 1 : 0);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", T("Work the funnel back from another amount than your quota, without changing the quota."));
        end_labelled();
    }
    begin_labelled("Average deal", field_w);
    money_input(app, "##funnel.average_deal", f.average_deal, field_w);
    field_error(problem, "average_deal");
    ImGui::EndGroup();
}

// [SECTION] Stage rows shared by the forward and reverse tables

void draw_stage_name_and_rate(AppState& app, size_t i, const Problem& problem) {
    Funnel& f = app.scenario.funnel;
    Stage& s = f.stages[i];
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##name", &s.name);
    char id[48];
    std::snprintf(id, sizeof id, "funnel.name.%zu", i);
    probe_item(app.probes, id, 0, s.name);

    ImGui::TableNextColumn();
    if (i + 1 == f.stages.size()) {
        note("won deals");
        return;
    }
    rate_slider(app, "##rate", s.rate_to_next, -1);
    std::snprintf(id, sizeof id, "funnel.rate.%zu", i);
    probe_item(app.probes, id, s.rate_to_next);
    show_entry_problem(app, "##rate", id);
    if (field_error(problem, stage_field(i, "rate_to_next").c_str())) {
        std::snprintf(id, sizeof id, "funnel.rate_error.%zu", i);
        probe_item(app.probes, id, 0, T(problem.message));
    }
}

// Move up, move down, remove: small buttons at the end of a stage row.
static void draw_stage_edit_buttons(AppState& app, size_t i) {
    Funnel& f = app.scenario.funnel;
    ImGui::TableNextColumn();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::SmallButton("\u2191")) move_stage(f, i, i - 1);
    ImGui::EndDisabled();
    ImGui::SameLine(0, 2 * app.ui_scale);
    ImGui::BeginDisabled(i + 1 == f.stages.size());
    if (ImGui::SmallButton("\u2193")) move_stage(f, i, i + 1);
    ImGui::EndDisabled();
    ImGui::SameLine(0, 2 * app.ui_scale);
    ImGui::BeginDisabled(f.stages.size() <= 1);
    if (ImGui::SmallButton("\u00D7")) remove_stage(f, i);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("Remove this stage"));
}

// [SECTION] Forward view

static void draw_forward_table(AppState& app, const Problem& problem, const ForwardFunnel* flow) {
    Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    if (!begin_stage_table(app, "##forward", 3, 600)) return;
    ImGui::TableSetupColumn(T("In stage"), ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn(T("Lost"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("##edit", ImGuiTableColumnFlags_WidthFixed, 74 * app.ui_scale);
    ImGui::TableHeadersRow();

    char id[48];
    for (size_t i = 0; i < f.stages.size(); ++i) {
        begin_stage_row(app, i, problem);
        ImGui::TableNextColumn();
        if (flow) {
            std::string count = format_quantity(flow->stages[i].count, loc);
            ImGui::TextUnformatted(count.c_str());
            std::snprintf(id, sizeof id, "funnel.count.%zu", i);
            probe_item(app.probes, id, flow->stages[i].count, count);
        }
        ImGui::TableNextColumn();
        if (flow && i + 1 < f.stages.size()) {
            std::string lost = format_quantity(flow->stages[i].drop_off, loc);
            ImGui::Text("%s (%s)", lost.c_str(), format_percent(flow->stages[i].drop_off_rate, loc, 0).c_str());
        }
        draw_stage_edit_buttons(app, i);
        ImGui::PopID();
    }
    ImGui::EndTable();
    ImGui::BeginDisabled(f.stages.size() >= size_t(max_funnel_stages));
    if (ImGui::Button(T("+ Add stage"))) insert_stage(f, f.stages.size() - 1, T("New stage"));
    probe_item(app.probes, "funnel.add_stage", double(f.stages.size()));
    ImGui::EndDisabled();
}

static ChartBands forward_bands(const AppState& app, const ForwardFunnel& flow) {
    const Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    ChartBands b;
    b.highlight = flow.bottleneck;
    for (size_t i = 0; i < flow.stages.size(); ++i) {
        b.counts.push_back(flow.stages[i].count);
        b.labels.push_back(format_quantity(flow.stages[i].count, loc));
        if (i == 0)
            b.working.push_back(std::string(T("Prospects entering")) + " = " + b.labels.back());
        else
            b.working.push_back(format_count(flow.stages[i - 1].count, loc, 2) + " \u00D7 " +
                                format_percent(f.stages[i - 1].rate_to_next, loc, 1) + " = " +
                                format_count(flow.stages[i].count, loc, 2));
    }
    b.highlight_note = T("Bottleneck: the stage that lets the smallest share through.");
    return b;
}

static void draw_forward_summary(AppState& app, const ForwardFunnel& flow) {
    const Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    std::string won = format_quantity(flow.won, loc);
    std::string overall = format_percent(flow.overall_conversion, loc, 2);
    std::string revenue = format_money(flow.revenue, loc);
    std::string bottleneck = flow.bottleneck >= 0 ? f.stages[size_t(flow.bottleneck)].name : T("none");

    FigureRow row = figure_row(4);
    figure(app, row, "Won deals", won);
    probe_item(app.probes, "funnel.won", flow.won, won);
    // The card rounds a fractional count to a tenth, as the chart does; the revenue is worked on
    // the exact count, shown here so the two can be checked against each other.
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s \u00D7 %s = %s", format_count(flow.won, loc, decimals_needed(flow.won, 6)).c_str(),
                          format_money(f.average_deal, loc).c_str(), revenue.c_str());
    figure(app, row, "Overall conversion", overall);
    probe_item(app.probes, "funnel.overall", flow.overall_conversion, overall);
    figure(app, row, "Revenue", revenue);
    probe_item(app.probes, "funnel.revenue", double(flow.revenue.minor), revenue);
    figure(app, row, "Bottleneck", bottleneck);
    probe_item(app.probes, "funnel.bottleneck", flow.bottleneck, bottleneck);
}

static bool draw_forward_view(AppState& app) {
    Outcome<ForwardFunnel> result = forward_funnel(app.scenario.funnel);
    draw_funnel_inputs(app, result.problem);
    ImGui::Spacing();
    return draw_table_chart_summary(
        app, result.problem, [&] { draw_forward_table(app, result.problem, result.ok() ? &result.value : nullptr); },
        result.ok() ? forward_bands(app, result.value) : ChartBands{},
        [&] { draw_forward_summary(app, result.value); });
}

// [SECTION] Layout shared by the views: table and chart side by side, summary below

bool begin_stage_table(const AppState& app, const char* id, int extra_columns, float min_width) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!begin_readable_table(app, id, 2 + extra_columns, flags, min_width, app.scenario.funnel.stages.size()))
        return false;
    ImGui::TableSetupColumn(T("Stage"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(T("Converts to next"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    return true;
}

void begin_stage_row(AppState& app, size_t i, const Problem& problem) {
    ImGui::TableNextRow();
    ImGui::PushID(int(i));
    draw_stage_name_and_rate(app, i, problem);
}

bool draw_table_chart_summary(AppState& app, const Problem& problem, const std::function<void()>& table,
                              const ChartBands& bands, const std::function<void()>& summary) {
    // Side by side on a wide screen, in their own scrolling areas; on a narrower one (a laptop at
    // 200 % zoom, a projector at 1024 x 768, a phone) the chart goes under the table and the
    // panel scrolls as a whole: the chart never disappears.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float s = app.ui_scale;
    const bool side_by_side = avail.x > 860 * s;
    bool animating = false;
    auto draw_chart = [&](ImVec2 size) {   // the chart, and under it the button that saves it
        animating = draw_funnel_chart(app, bands, size.x, size.y - ImGui::GetFrameHeightWithSpacing());
        if (ImGui::SmallButton(T("Save the chart as PNG"))) app.requests.chart_png = true;
        probe_item(app.probes, "funnel.chart.png", 0);
    };
    if (side_by_side) {
        const float top_h = avail.y * 0.70f;
        ImGui::BeginChild("##table", ImVec2(avail.x * 0.55f, top_h), false);
        table();
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##chart", ImVec2(0, top_h), false);
        if (problem.code == nullptr) draw_chart(ImGui::GetContentRegionAvail());
        ImGui::EndChild();
    } else {
        table();
        if (problem.code == nullptr) {
            ImGui::Spacing();
            draw_chart(ImVec2(avail.x, std::clamp(avail.x * 0.7f, 220 * s, 420 * s)));
        }
    }
    ImGui::Separator();
    ImGui::Spacing();
    if (problem.code == nullptr) summary();
    else if (field_error(problem, "")) probe_item(app.probes, "funnel.error", 0, T(problem.message));
    return animating;
}

// [SECTION] The panel

struct ModeTab {
    FunnelMode mode;
    const char* name;
    const char* test_id;
};
static const ModeTab mode_tabs[] = {
    {FunnelMode::Forward, "Forward", "funnel.mode.forward"},
    {FunnelMode::Reverse, "Reverse: leads needed", "funnel.mode.reverse"},
    {FunnelMode::Ideal, "Ideal funnel", "funnel.mode.ideal"},
    {FunnelMode::SalesFormula, "Sales formula", "funnel.mode.formula"},
};

bool draw_funnel_panel(AppState& app) {
    panel_header(app, "Funnel",
                 "How prospects become customers, stage by stage. Drag a rate, or Ctrl+click it to type; "
                 "hover the funnel to see how each number is worked out.");
    if (ImGui::BeginTabBar("##funnel_modes")) {
        for (const ModeTab& t : mode_tabs) {
            const bool open = ImGui::BeginTabItem(T(t.name));
            probe_item(app.probes, t.test_id, app.funnel_view.mode == t.mode ? 1 : 0, T(t.name));
            if (open) {
                app.funnel_view.mode = t.mode;
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    switch (app.funnel_view.mode) {
    case FunnelMode::Forward: return draw_forward_view(app);
    case FunnelMode::Reverse: return draw_reverse_view(app);
    case FunnelMode::Ideal: return draw_ideal_view(app);
    case FunnelMode::SalesFormula: return draw_sales_formula_view(app);
    }
    return false;
}

} // namespace quotient
