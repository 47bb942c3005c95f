// Ideal funnel view: the pipeline each stage must hold to meet the quota every period
// (Little's law), from the stage rates and the days deals spend in each stage.
#include <cstdio>
#include "app/funnel_views.h"
#include "app/ui.h"
#include "core/ideal_funnel.h"
#include "core/pipeline.h"
#include "imgui.h"

namespace quotient {

static void draw_ideal_table(AppState& app, const Problem& problem, const IdealFunnel* ideal) {
    Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    if (!begin_stage_table(app, "##ideal", 6, 820)) return;
    const std::vector<int> actual = deals_per_stage(f, app.scenario.deals);
    ImGui::TableSetupColumn(T("Days"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(T("Win rate"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn(T("Enter"), ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn(T("Hold"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn(T("Actual"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn(T("Gap"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    char id[48];
    for (size_t i = 0; i < f.stages.size(); ++i) {
        begin_stage_row(app, i, problem);
        ImGui::TableNextColumn();
        std::snprintf(id, sizeof id, "##funnel.days.%zu", i);
        number_input(app, id, f.stages[i].days_in_stage, 1, -1);
        field_error(problem, stage_field(i, "days_in_stage").c_str());
        if (ideal) {
            const IdealStage& s = ideal->stages[i];
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_percent(s.win_rate, loc, 1).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_quantity(s.entering, loc).c_str());
            ImGui::TableNextColumn();
            std::string hold = format_quantity(s.holding, loc);
            ImGui::TextUnformatted(hold.c_str());
            std::snprintf(id, sizeof id, "funnel.hold.%zu", i);
            probe_item(app.probes, id, s.holding, hold);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s \u00D7 %s / %s = %s\n%s %s", format_quantity(s.entering, loc).c_str(),
                                  format_count(f.stages[i].days_in_stage, loc).c_str(),
                                  format_count(average_period_days(funnel_period(app.scenario)), loc, 2).c_str(), hold.c_str(),
                                  T("worth"), format_money(s.holding_value, loc).c_str());
            // The actual pipeline (open deals in this stage) and how far it is from the ideal:
            // a negative gap is where to act.
            ImGui::TableNextColumn();
            std::snprintf(id, sizeof id, "funnel.actual.%zu", i);
            ImGui::Text("%d", actual[i]);
            probe_item(app.probes, id, actual[i]);
            ImGui::TableNextColumn();
            const double gap = double(actual[i]) - s.holding;
            std::string gap_text = (gap > 0 ? "+" : "") + format_quantity(gap, loc);
            if (gap < -0.05) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", gap_text.c_str());
            else ImGui::TextUnformatted(gap_text.c_str());
            std::snprintf(id, sizeof id, "funnel.gap.%zu", i);
            probe_item(app.probes, id, gap, gap_text);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

static ChartBands ideal_bands(const AppState& app, const IdealFunnel& ideal) {
    const Locale loc = locale_for(app.scenario.locale);
    ChartBands b;
    for (const IdealStage& s : ideal.stages) {
        b.counts.push_back(s.entering);
        b.labels.push_back(format_quantity(s.entering, loc));
        b.working.push_back(format_quantity(ideal.deals_to_close, loc) + " \u00F7 " + format_percent(s.win_rate, loc, 1) +
                            " = " + b.labels.back() + " " + T("enter per period"));
    }
    return b;
}

static void draw_ideal_summary(AppState& app, const IdealFunnel& ideal) {
    const Locale loc = locale_for(app.scenario.locale);
    FigureRow row = figure_row(3);
    std::string deals = format_quantity(ideal.deals_to_close, loc);
    figure(app, row, "Deals to close per period", deals);
    probe_item(app.probes, "funnel.deals_to_close", ideal.deals_to_close, deals);
    const std::string held = format_money(ideal.pipeline_value, loc);
    figure(app, row, "Weighted pipeline to hold", held);
    probe_item(app.probes, "funnel.pipeline_to_hold", double(ideal.pipeline_value.minor), held);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", T("Each deal held counts at its stage's win rate x the average deal, as a weighted "
                                  "pipeline does."));
    // The period is the sales plan's (or the what-if target's): one calendar for every panel.
    Scenario& sc = app.scenario;
    PlanPeriod& period = sc.funnel_target.own ? sc.funnel_target.period : sc.plan.period;
    const PlanPeriod periods[] = {PlanPeriod::Month, PlanPeriod::Quarter, PlanPeriod::Year};
    const ImGuiStyle& style = ImGui::GetStyle();
    float radios_w = 0;
    for (PlanPeriod p : periods)
        radios_w += ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(T(period_name(p))).x +
                    style.ItemSpacing.x;
    next_in_row(row, radios_w);
    ImGui::BeginGroup();
    note("Period");
    for (PlanPeriod p : periods) {
        if (ImGui::RadioButton(T(period_name(p)), period == p)) {
            period = p;
            apply_sales_plan(sc);
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::EndGroup();
    note("Little's law: deals held in a stage = deals entering it per period x days in the "
                                "stage / days in the period. Actual: open deals in the Pipeline panel at that stage.");
}

bool draw_ideal_view(AppState& app) {
    Outcome<IdealFunnel> result = ideal_funnel(app.scenario.funnel, funnel_revenue_target(app.scenario),
                                               average_period_days(funnel_period(app.scenario)));
    draw_funnel_inputs(app, result.problem);
    ImGui::Spacing();
    return draw_table_chart_summary(
        app, result.problem, [&] { draw_ideal_table(app, result.problem, result.ok() ? &result.value : nullptr); },
        result.ok() ? ideal_bands(app, result.value) : ChartBands{},
        [&] { draw_ideal_summary(app, result.value); });
}

} // namespace quotient
