// The Funnel panel: stage rates and volumes in, the forward funnel out, drawn large.
// Every number comes from core/funnel; this file only edits inputs and shows results.
#include <cstdio>
#include "app/panels.h"
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

static std::string field_name(size_t i, const char* member) {
    return "stages[" + std::to_string(i) + "]." + member;
}

// Top volume, average deal and the preset picker.
static void draw_funnel_inputs(AppState& app, const Problem& problem) {
    Funnel& f = app.scenario.funnel;
    const float field_w = 170 * app.ui_scale;

    ImGui::BeginGroup();
    ImGui::TextUnformatted(T("Start from"));
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
    ImGui::EndGroup();
    ImGui::SameLine();

    ImGui::BeginGroup();
    ImGui::TextUnformatted(T("Prospects entering"));
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputDouble("##top_volume", &f.top_volume, 100, 1000, "%.0f");
    probe_item(app.probes, "funnel.top_volume", f.top_volume);
    field_error(problem, "top_volume");
    ImGui::EndGroup();
    ImGui::SameLine();

    ImGui::BeginGroup();
    ImGui::Text("%s (%s)", T("Average deal"), f.average_deal.currency.code);
    ImGui::SetNextItemWidth(field_w);
    double major = to_major(f.average_deal);
    if (ImGui::InputDouble("##average_deal", &major, 100, 1000, "%.2f")) {
        Outcome<Money> m = money_from_major(major, f.average_deal.currency);
        app.funnel_view.deal_entry = m.problem;
        if (m.ok()) f.average_deal = m.value;
    }
    probe_item(app.probes, "funnel.average_deal", double(f.average_deal.minor));
    if (!field_error(app.funnel_view.deal_entry, "")) field_error(problem, "average_deal");
    ImGui::EndGroup();
}

// One row per stage: name, conversion to the next stage, count and loss.
static void draw_stage_table(AppState& app, const Problem& problem, const ForwardFunnel* flow) {
    Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##stages", 4, flags)) return;
    ImGui::TableSetupColumn(T("Stage"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(T("Converts to next"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(T("In stage"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(T("Lost"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();

    char id[48];
    for (size_t i = 0; i < f.stages.size(); ++i) {
        Stage& s = f.stages[i];
        const bool last = i + 1 == f.stages.size();
        ImGui::TableNextRow();
        ImGui::PushID(int(i));

        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##name", &s.name);

        ImGui::TableNextColumn();
        if (last) {
            ImGui::TextDisabled("%s", T("won deals"));
        } else {
            float pct = float(s.rate_to_next * 100.0);
            ImGui::SetNextItemWidth(-1);
            // Ctrl+click types a value; one outside 0..100 is reported, never clamped.
            if (ImGui::SliderFloat("##rate", &pct, 0.0f, 100.0f, "%.1f%%")) s.rate_to_next = double(pct) / 100.0;
            std::snprintf(id, sizeof id, "funnel.rate.%zu", i);
            probe_item(app.probes, id, s.rate_to_next);
            field_error(problem, field_name(i, "rate_to_next").c_str());
        }

        ImGui::TableNextColumn();
        if (flow) {
            std::string count = format_quantity(flow->stages[i].count, loc);
            ImGui::TextUnformatted(count.c_str());
            std::snprintf(id, sizeof id, "funnel.count.%zu", i);
            probe_item(app.probes, id, flow->stages[i].count, count);
        }
        ImGui::TableNextColumn();
        if (flow && !last) {
            std::string lost = format_quantity(flow->stages[i].drop_off, loc);
            ImGui::Text("%s (%s)", lost.c_str(), format_percent(flow->stages[i].drop_off_rate, loc, 0).c_str());
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

static void draw_summary(AppState& app, const ForwardFunnel& flow) {
    const Funnel& f = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    std::string won = format_quantity(flow.won, loc);
    std::string overall = format_percent(flow.overall_conversion, loc, 2);
    std::string revenue = format_money(flow.revenue, loc);
    std::string bottleneck = flow.bottleneck >= 0 ? f.stages[size_t(flow.bottleneck)].name : T("none");

    const float col = ImGui::GetContentRegionAvail().x / 4;
    figure(app, "Won deals", won);
    probe_item(app.probes, "funnel.won", flow.won, won);
    ImGui::SameLine(col);
    figure(app, "Overall conversion", overall);
    probe_item(app.probes, "funnel.overall", flow.overall_conversion, overall);
    ImGui::SameLine(col * 2);
    figure(app, "Revenue", revenue);
    probe_item(app.probes, "funnel.revenue", double(flow.revenue.minor), revenue);
    ImGui::SameLine(col * 3);
    figure(app, "Bottleneck", bottleneck);
    probe_item(app.probes, "funnel.bottleneck", flow.bottleneck, bottleneck);
}

bool draw_funnel_panel(AppState& app) {
    panel_header(app, "Funnel",
                 "How many prospects become customers, stage by stage. Drag a rate, or Ctrl+click it to type; "
                 "the funnel follows.");

    Outcome<ForwardFunnel> result = forward_funnel(app.scenario.funnel);
    draw_funnel_inputs(app, result.problem);
    ImGui::Spacing();

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool side_by_side = avail.x > 860 * app.ui_scale;
    const float table_w = side_by_side ? avail.x * 0.52f : avail.x;

    ImGui::BeginChild("##table", ImVec2(table_w, side_by_side ? avail.y * 0.68f : 0), false);
    draw_stage_table(app, result.problem, result.ok() ? &result.value : nullptr);
    ImGui::EndChild();

    bool animating = false;
    if (side_by_side) {
        ImGui::SameLine();
        ImGui::BeginChild("##chart", ImVec2(0, avail.y * 0.68f), false);
        if (result.ok()) {
            const ImVec2 chart = ImGui::GetContentRegionAvail();
            animating = draw_funnel_chart(app, app.scenario.funnel, result.value, chart.x, chart.y);
        } else {
            field_error(result.problem, "");
        }
        ImGui::EndChild();
    }

    ImGui::Separator();
    ImGui::Spacing();
    if (result.ok()) draw_summary(app, result.value);
    else field_error(result.problem, "");
    return animating;
}

} // namespace quotient
