// Sales formula view: gross profit as the product of five levers, and what one more point or
// ten percent on each lever is worth.
#include "app/funnel_views.h"
#include "app/ui.h"
#include "core/sales_formula.h"
#include "imgui.h"

namespace quotient {

static const char* lever_names[lever_count] = {"Customer base", "First-meeting rate", "Closing efficiency",
                                               "Average order", "Gross margin"};
static const char* lever_fields[lever_count] = {"customer_base", "first_meeting_rate", "closing_efficiency",
                                                "average_order", "gross_margin_rate"};

static void draw_lever_input(AppState& app, Lever lever, const Problem& problem) {
    SalesFormula& s = app.scenario.sales_formula;
    const float w = 200 * app.ui_scale;
    ImGui::PushID(int(lever));
    switch (lever) {
    case Lever::CustomerBase: number_input(app, "##formula.customer_base", s.customer_base, 0, w); break;
    case Lever::AverageOrder: money_input(app, "##formula.average_order", s.average_order, w); break;
    case Lever::FirstMeetingRate: rate_slider(app, "##lever", s.first_meeting_rate, w); break;
    case Lever::ClosingEfficiency: rate_slider(app, "##lever", s.closing_efficiency, w); break;
    case Lever::GrossMargin: rate_slider(app, "##lever", s.gross_margin_rate, w); break;
    case Lever::Count: break;
    }
    if (lever != Lever::CustomerBase && lever != Lever::AverageOrder)
        show_entry_problem(app, "##lever", (std::string("formula.") + lever_fields[size_t(lever)]).c_str());
    field_error(problem, lever_fields[size_t(lever)]);
    ImGui::PopID();
}

bool draw_sales_formula_view(AppState& app) {
    const Locale loc = locale_for(app.scenario.locale);
    Outcome<SalesFormulaResult> r = evaluate_sales_formula(app.scenario.sales_formula);
    ImGui::TextWrapped("%s", T("Gross profit = customer base x first-meeting rate x closing efficiency x average "
                               "order x gross margin. Each factor is a lever you can pull."));
    ImGui::Spacing();
    if (!ImGui::BeginTable("##levers", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_SizingStretchProp))
        return false;
    ImGui::TableSetupColumn(T("Lever"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(T("Today"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(T("+1 point"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(T("+10%"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < lever_count; ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool best = r.ok() && r.value.best_point_lever == int(i);
        if (best) ImGui::TextColored(ImVec4(1.0f, 0.69f, 0.28f, 1.0f), "%s \u2191", T(lever_names[i]));
        else ImGui::TextUnformatted(T(lever_names[i]));
        ImGui::TableNextColumn();
        draw_lever_input(app, Lever(i), r.problem);
        if (!r.ok()) continue;
        const LeverGain& g = r.value.levers[i];
        ImGui::TableNextColumn();
        if (!g.has_point) ImGui::TextDisabled("\u2014");
        else if (!g.point_possible) note("already 100%");
        else ImGui::TextUnformatted(format_money(g.profit_plus_point, loc).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(g.profit_plus_ten_percent, loc).c_str());
    }
    ImGui::EndTable();
    ImGui::Spacing();
    if (!r.ok()) {
        field_error(r.problem, "");
        return false;
    }
    std::string profit = format_money(r.value.gross_profit, loc);
    figure(app, "Gross profit", profit);
    probe_item(app.probes, "formula.profit", double(r.value.gross_profit.minor), profit);
    note("A 10% gain on any lever adds 10% to profit; one more point is worth most on the "
                                "smallest rate (marked \u2191).");
    return false;
}

} // namespace quotient
