// The app shell: navigation on the left and the current panel on the right, or, on a narrow
// screen (a phone, a zoomed page), a bar across the top whose menu lists the panels.
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

// Undo and redo: `width` each (0: as wide as the words), `height` tall (0: a frame).
static void draw_undo_redo(AppState& app, float width, float height) {
    const DocumentState& d = app.doc;
    ImGui::BeginDisabled(d.undo.empty() && app.scenario == d.committed);
    if (ImGui::Button(T("Undo"), ImVec2(width, height))) undo(app);
    ImGui::EndDisabled();
    probe_item(app.probes, "doc.undo", double(d.undo.size()));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Z");
    ImGui::SameLine();
    ImGui::BeginDisabled(d.redo.empty());
    if (ImGui::Button(T("Redo"), ImVec2(width, height))) redo(app);
    ImGui::EndDisabled();
    probe_item(app.probes, "doc.redo", double(d.redo.size()));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+Shift+Z");
}

// The scenario being edited and whether it is saved; a click on its name opens the Scenarios panel.
// `brief` (the top bar) says "Saved" where the column has room for "Saved on this device".
static void draw_document_status(AppState& app, bool brief) {
    const DocumentState& d = app.doc;
    const std::string& name = d.library.scenarios[size_t(d.library.active)].name;
    if (ImGui::Selectable(name.c_str(), false)) app.panel = Panel::Scenarios;
    probe_item(app.probes, "doc.name", d.library.active, name);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\n%s", name.c_str(), T("Your scenarios: open, rename, share, export."));
    const char* status = d.status == SaveStatus::Saved     ? T(brief ? "Saved" : "Saved on this device")
                         : d.status == SaveStatus::Pending ? T("Saving...")
                                                           : T("Not saved");
    if (d.status == SaveStatus::Failed) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(240, 90, 80, 255));
    else ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(status);
    ImGui::PopStyleColor();
    probe_item(app.probes, "doc.status", int(d.status), status);
    if (d.status == SaveStatus::Failed && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.save_error.c_str());
}

static void draw_theme_toggle(AppState& app, ImVec2 size) {
    const char* toggle = app.theme == Theme::Dark ? T("Light theme") : T("Dark theme");
    if (ImGui::Button(toggle, size)) app.theme = app.theme == Theme::Dark ? Theme::Light : Theme::Dark;
    probe_item(app.probes, "nav.theme", app.theme == Theme::Dark ? 0 : 1);
}

static void draw_navigation(AppState& app) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Quotient");
    ImGui::PopFont();
    note("Sales math, to the cent");
    ImGui::Spacing();
    draw_document_status(app, false);
    draw_undo_redo(app, (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2, 0);
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
    draw_theme_toggle(app, ImVec2(-1, 0));
}

// Below this width (logical pixels) a 200-pixel column would leave a panel too little room.
constexpr float narrow_screen = 720;

static const PanelInfo& current_panel(const AppState& app) {
    for (const PanelInfo& p : panel_list)
        if (p.panel == app.panel) return p;
    return panel_list[0];
}

// Three bars, the sign phones use for a menu, drawn at the start of the last item.
static void draw_menu_sign(float height) {
    const ImVec2 at = ImGui::GetItemRectMin();
    const float pad = ImGui::GetStyle().FramePadding.x, w = height * 0.55f, gap = height * 0.18f;
    const float y = at.y + (ImGui::GetItemRectSize().y - 2 * gap) * 0.5f;
    for (int i = 0; i < 3; ++i)
        ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x + pad, y + i * gap), ImVec2(at.x + pad + w, y + i * gap),
                                            ImGui::GetColorU32(ImGuiCol_Text), std::max(1.0f, height * 0.09f));
}

// The narrow screen's bar: the menu (the current panel's name), undo and redo on one line, the
// scenario and whether it is saved under them. The menu's rows are finger-sized.
static void draw_top_bar(AppState& app) {
    const float h = ImGui::GetFrameHeight(), s = app.ui_scale;
    const std::string menu = std::string("      ") + T(current_panel(app).name);
    if (ImGui::Button(menu.c_str(), ImVec2(0, std::max(h, 44 * s)))) ImGui::OpenPopup("##nav_menu");
    draw_menu_sign(h);
    probe_item(app.probes, "nav.menu", 0, T(current_panel(app).name));
    if (ImGui::BeginPopup("##nav_menu")) {
        for (const PanelInfo& p : panel_list) {
            if (ImGui::Selectable(T(p.name), app.panel == p.panel, 0, ImVec2(220 * s, 44 * s - ImGui::GetStyle().ItemSpacing.y)))
                app.panel = p.panel;
            probe_item(app.probes, p.test_id, app.panel == p.panel ? 1 : 0, T(p.name));
        }
        ImGui::Separator();
        draw_theme_toggle(app, ImVec2(220 * s, 44 * s));
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    draw_undo_redo(app, 0, std::max(h, 44 * s));
    ImGui::SameLine();
    ImGui::BeginGroup();
    draw_document_status(app, true);
    ImGui::EndGroup();
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

    if (vp->Size.x < narrow_screen * app.ui_scale) {
        draw_top_bar(app);
        ImGui::Separator();
    } else {
        ImGui::BeginChild("##nav", ImVec2(200 * app.ui_scale, 0), true);
        draw_navigation(app);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("##panel", ImVec2(0, 0), false);
    // Text wraps at the panel's (or a table cell's) right edge rather than running past it: a
    // sentence that fits on a laptop's line takes two on a phone.
    ImGui::PushTextWrapPos(0.0f);
    bool animating = draw_panel(app);
    ImGui::PopTextWrapPos();
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
