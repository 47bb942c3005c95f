// The app shell: navigation on the left, the current panel on the right.
#include "app/app.h"
#include "app/panels.h"
#include "app/ui.h"
#include "imgui.h"

namespace quotient {

struct PanelInfo {
    Panel panel;
    const char* name;
    const char* test_id;
};

static const PanelInfo panel_list[] = {
    {Panel::Plan, "Sales plan", "nav.plan"},
    {Panel::Funnel, "Funnel", "nav.funnel"},
    {Panel::Pipeline, "Pipeline", "nav.pipeline"},
    {Panel::Kpis, "KPIs", "nav.kpis"},
    {Panel::Commission, "Commission", "nav.commission"},
    {Panel::Forecast, "Forecast", "nav.forecast"},
    {Panel::Glossary, "Glossary", "nav.glossary"},
    {Panel::Scenarios, "Scenarios", "nav.scenarios"},
    {Panel::Settings, "Settings", "nav.settings"},
};

void app_init(AppState& app, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;       // the document, not ImGui, decides what is saved
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    app_set_scale(app, scale);
}

void app_set_scale(AppState& app, float scale) {
    app.ui_scale = scale;
    app.fonts = load_fonts(scale);
    apply_theme(app.theme, scale);
    app.applied_theme = app.theme;
}

// The scenario being edited, whether it is saved, and undo / redo.
static void draw_document_bar(AppState& app) {
    const DocumentState& d = app.doc;
    const std::string& name = d.library.scenarios[size_t(d.library.active)].name;
    if (ImGui::Selectable(name.c_str(), false)) app.panel = Panel::Scenarios;
    probe_item(app.probes, "doc.name", d.library.active, name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("Your scenarios: open, rename, share, export."));
    const char* status = d.status == SaveStatus::Saved     ? T("Saved on this device")
                         : d.status == SaveStatus::Pending ? T("Saving...")
                                                           : T("Not saved");
    if (d.status == SaveStatus::Failed) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(240, 90, 80, 255));
    else ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(status);
    ImGui::PopStyleColor();
    probe_item(app.probes, "doc.status", int(d.status), status);
    if (d.status == SaveStatus::Failed && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.save_error.c_str());
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    ImGui::BeginDisabled(d.undo.empty() && app.scenario == d.committed);
    if (ImGui::Button(T("Undo"), ImVec2(half, 0))) undo(app);
    ImGui::EndDisabled();
    probe_item(app.probes, "doc.undo", double(d.undo.size()));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
    ImGui::SameLine();
    ImGui::BeginDisabled(d.redo.empty());
    if (ImGui::Button(T("Redo"), ImVec2(half, 0))) redo(app);
    ImGui::EndDisabled();
    probe_item(app.probes, "doc.redo", double(d.redo.size()));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Shift+Z");
}

static void draw_navigation(AppState& app) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Quotient");
    ImGui::PopFont();
    ImGui::TextDisabled("%s", T("Sales math, to the cent"));
    ImGui::Spacing();
    draw_document_bar(app);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    for (const PanelInfo& p : panel_list) {
        if (ImGui::Selectable(T(p.name), app.panel == p.panel, 0, ImVec2(0, ImGui::GetFrameHeight())))
            app.panel = p.panel;
        probe_item(app.probes, p.test_id, app.panel == p.panel ? 1 : 0, T(p.name));
    }
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ImGui::GetFrameHeightWithSpacing() -
                         ImGui::GetStyle().WindowPadding.y);
    const char* toggle = app.theme == Theme::Dark ? T("Light theme") : T("Dark theme");
    if (ImGui::Button(toggle, ImVec2(-1, 0)))
        app.theme = app.theme == Theme::Dark ? Theme::Light : Theme::Dark;
    probe_item(app.probes, "nav.theme", app.theme == Theme::Dark ? 0 : 1);
}

static bool draw_panel(AppState& app) {
    switch (app.panel) {
    case Panel::Plan: return draw_plan_panel(app);
    case Panel::Funnel: return draw_funnel_panel(app);
    case Panel::Pipeline: return draw_pipeline_panel(app);
    case Panel::Kpis: return draw_kpis_panel(app);
    case Panel::Commission: return draw_commission_panel(app);
    case Panel::Scenarios: return draw_scenarios_panel(app);
    case Panel::Forecast: return draw_forecast_panel(app);
    case Panel::Settings: return draw_settings_panel(app);
    default: draw_pending_panel(app, app.panel); return false;
    }
}

bool app_frame(AppState& app) {
    app.probes.probes.clear();
    ++app.probes.frame;
    set_ui_language(app.scenario.language);
    if (app.applied_theme != app.theme) {
        apply_theme(app.theme, app.ui_scale);
        app.applied_theme = app.theme;
    }

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("##quotient", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);

    ImGui::BeginChild("##nav", ImVec2(200 * app.ui_scale, 0), true);
    draw_navigation(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##panel", ImVec2(0, 0), false);
    bool animating = draw_panel(app);
    ImGui::EndChild();
    draw_import_dialog(app);
    app.wake_at = document_frame(app);

    ImGui::End();
    draw_notices(app);
    app.probes.typing = ImGui::GetIO().WantTextInput;
    // A slider turned into a field waits a frame or two for the keyboard: keep frames coming.
    return animating || app.entry.focus;
}

} // namespace quotient
