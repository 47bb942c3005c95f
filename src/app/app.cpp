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
    {Panel::Funnel, "Funnel", "nav.funnel"},
    {Panel::Pipeline, "Pipeline", "nav.pipeline"},
    {Panel::Kpis, "KPIs", "nav.kpis"},
    {Panel::Commission, "Commission", "nav.commission"},
    {Panel::Forecast, "Forecast", "nav.forecast"},
    {Panel::Glossary, "Glossary", "nav.glossary"},
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

static void draw_navigation(AppState& app) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Quotient");
    ImGui::PopFont();
    ImGui::TextDisabled("%s", T("Sales math, to the cent"));
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
    case Panel::Funnel: return draw_funnel_panel(app);
    case Panel::Pipeline: return draw_pipeline_panel(app);
    case Panel::Kpis: return draw_kpis_panel(app);
    case Panel::Commission: return draw_commission_panel(app);
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

    ImGui::End();
    app.probes.typing = ImGui::GetIO().WantTextInput;
    return animating;
}

} // namespace quotient
