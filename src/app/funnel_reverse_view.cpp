// Reverse view: from the revenue target back to the prospects each stage needs, and goal seek
// ("what must this stage convert to hit the target with today's volume?").
#include <cstdio>
#include "app/funnel_views.h"
#include "app/ui.h"
#include "core/funnel_reverse.h"
#include "imgui.h"

namespace quotient {

static void draw_reverse_table(AppState& app, const Problem& problem, const ReverseFunnel* rev) {
    const Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    if (!begin_stage_table(app, "##reverse", 1, 380)) return;
    ImGui::TableSetupColumn(T("Needed"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    char id[48];
    for (size_t i = 0; i < f.stages.size(); ++i) {
        begin_stage_row(app, i, problem);
        ImGui::TableNextColumn();
        if (rev) {
            std::string needed = format_count(rev->required_whole[i], loc);
            ImGui::TextUnformatted(needed.c_str());
            std::snprintf(id, sizeof id, "funnel.needed.%zu", i);
            probe_item(app.probes, id, rev->required_whole[i], needed);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s %s", T("Exactly"), format_count(rev->required[i], loc, 2).c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

static ChartBands reverse_bands(const AppState& app, const ReverseFunnel& rev) {
    const Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    ChartBands b;
    const size_t n = rev.required.size();
    for (size_t i = 0; i < n; ++i) {
        b.counts.push_back(rev.required[i]);
        b.labels.push_back(format_count(rev.required_whole[i], loc));
        if (i + 1 == n)
            b.working.push_back(format_money(funnel_revenue_target(app.scenario), loc) + " \u00F7 " +
                                format_money(f.average_deal, loc) + " = " + format_count(rev.required[i], loc, 2));
        else
            b.working.push_back(format_count(rev.required[i + 1], loc, 2) + " \u00F7 " +
                                format_percent(f.stages[i].rate_to_next, loc, 1) + " = " +
                                format_count(rev.required[i], loc, 2) + " \u2192 " + b.labels.back());
    }
    return b;
}

// Goal seek for one stage's rate, with today's top volume.
static void draw_goal_seek(AppState& app) {
    const Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    if (f.stages.size() < 2) return;
    int& stage = app.funnel_view.goal_seek_stage;
    if (stage < 0 || size_t(stage) + 1 >= f.stages.size()) stage = 0;

    ImGui::TextUnformatted(T("Goal seek: with today's prospects, what must this stage convert?"));
    ImGui::SetNextItemWidth(220 * app.ui_scale);
    if (ImGui::BeginCombo("##goal_stage", f.stages[size_t(stage)].name.c_str())) {
        for (size_t i = 0; i + 1 < f.stages.size(); ++i) {
            ImGui::PushID(int(i));
            if (ImGui::Selectable(f.stages[i].name.c_str(), int(i) == stage)) stage = int(i);
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    Outcome<GoalSeek> g = goal_seek_rate(f, size_t(stage), funnel_revenue_target(app.scenario));
    std::string answer;
    if (!g.ok()) answer = T(g.problem.message);
    else if (g.value.achievable)
        answer = std::string(T("needs")) + " " + format_percent(g.value.rate_needed, loc, 1) + " (" + T("today") +
                 " " + format_percent(f.stages[size_t(stage)].rate_to_next, loc, 1) + ")";
    else
        answer = std::string(T("impossible: it would need")) + " " + format_percent(g.value.rate_needed, loc, 0);
    ImGui::TextUnformatted(answer.c_str());
    probe_item(app.probes, "funnel.goal_seek", g.ok() ? g.value.rate_needed : 0, answer);
}

static void draw_reverse_summary(AppState& app, const ReverseFunnel& rev) {
    const Locale loc = locale_for(app.scenario.locale);
    FigureRow row = figure_row(3);
    std::string deals = format_count(whole_prospects(rev.deals_needed), loc);
    figure(app, row, "Deals to win", deals);
    probe_item(app.probes, "funnel.deals_needed", rev.deals_needed, deals);
    std::string top = format_count(rev.required_whole.front(), loc);
    figure(app, row, "Prospects to find", top);
    probe_item(app.probes, "funnel.prospects_needed", rev.required_whole.front(), top);
    const double today = app.scenario.funnel.top_volume;
    std::string gap = format_count(rev.required_whole.front() - today, loc);
    figure(app, row, rev.required_whole.front() > today ? "More than today" : "Fewer than today",
           rev.required_whole.front() > today ? gap : format_count(today - rev.required_whole.front(), loc));
    ImGui::Spacing();
    draw_goal_seek(app);
}

bool draw_reverse_view(AppState& app) {
    Outcome<ReverseFunnel> result = reverse_funnel(app.scenario.funnel, funnel_revenue_target(app.scenario));
    draw_funnel_inputs(app, result.problem);
    ImGui::Spacing();
    return draw_table_chart_summary(
        app, result.problem, [&] { draw_reverse_table(app, result.problem, result.ok() ? &result.value : nullptr); },
        result.ok() ? reverse_bands(app, result.value) : ChartBands{},
        [&] { draw_reverse_summary(app, result.value); });
}

} // namespace quotient
