#include "app/ui.h"
#include "app/app.h"
#include "imgui.h"

namespace quotient {

static Language ui_language = Language::English;

void set_ui_language(Language lang) { ui_language = lang; }
const char* T(const char* english) { return translate(ui_language, english); }

void panel_header(const AppState& app, const char* title, const char* subtitle) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(T(title));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", T(subtitle));
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

bool field_error(const Problem& problem, const char* field) {
    if (!problem.code) return false;
    if (field[0] && problem.field != field) return false;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(IM_COL32(240, 90, 80, 255)));
    ImGui::TextWrapped("%s", T(problem.message));
    ImGui::PopStyleColor();
    return true;
}

void figure(const AppState& app, const char* label, const std::string& value) {
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", T(label));
    ImGui::PushFont(app.fonts.figure);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
}

} // namespace quotient
