#include "app/ui.h"
#include "app/app.h"
#include "core/money.h"
#include "imgui.h"
#include <ctime>

namespace quotient {

static Language ui_language = Language::English;

void set_ui_language(Language lang) { ui_language = lang; }
const char* T(const char* english) { return translate(ui_language, english); }

std::string Tf(const char* english, std::initializer_list<std::string_view> args) {
    std::string out = T(english);
    size_t at = 0;
    for (std::string_view a : args) {
        at = out.find("{}", at);
        if (at == std::string::npos) break;
        out.replace(at, 2, a);
        at += a.size();
    }
    return out;
}

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

bool money_input(AppState& app, const char* id, Money& m, float width) {
    double major = to_major(m);
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::InputDouble(id, &major, 0, 0, m.currency.minor_digits ? "%.2f" : "%.0f")) {
        Outcome<Money> typed = money_from_major(major, m.currency);
        app.entry_problems[id] = typed.problem;
        if (typed.ok() && typed.value.minor != m.minor) {
            m = typed.value;
            changed = true;
        }
    }
    probe_item(app.probes, id + (id[0] == '#' ? 2 : 0), double(m.minor));
    auto bad = app.entry_problems.find(id);
    if (bad != app.entry_problems.end()) field_error(bad->second, "");
    return changed;
}

bool rate_slider(AppState& app, const char* id, double& rate, float width) {
    float pct = float(rate * 100.0);
    ImGui::SetNextItemWidth(width);
    if (!ImGui::SliderFloat(id, &pct, 0.0f, 100.0f, "%.1f%%")) return false;
    rate = double(pct) / 100.0;
    return true;
}

CivilDate today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

const char* period_name(PlanPeriod p) {
    switch (p) {
    case PlanPeriod::Month: return "Month";
    case PlanPeriod::Quarter: return "Quarter";
    case PlanPeriod::Year: return "Year";
    }
    return "Quarter";
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
