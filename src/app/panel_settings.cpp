// Settings: theme, number format and language.
#include "app/panels.h"
#include "app/ui.h"
#include "imgui.h"

namespace quotient {

static const char* locale_label(LocaleId id) {
    switch (id) {
    case LocaleId::en_US: return "English (United States): 1,234.56";
    case LocaleId::zh_CN: return "Chinese (China): 1,234.56";
    case LocaleId::fr_FR: return "French (France): 1 234,56";
    case LocaleId::ro_RO: return "Romanian (Romania): 1.234,56";
    }
    return "";
}

bool draw_settings_panel(AppState& app) {
    panel_header(app, "Settings", "How Quotient looks and writes numbers. Nothing here leaves your machine.");

    ImGui::TextUnformatted(T("Theme"));
    int theme = int(app.theme);
    ImGui::RadioButton(T("Dark"), &theme, int(Theme::Dark));
    ImGui::SameLine();
    ImGui::RadioButton(T("Light"), &theme, int(Theme::Light));
    app.theme = Theme(theme);

    ImGui::Spacing();
    ImGui::TextUnformatted(T("Number format"));
    ImGui::SetNextItemWidth(360 * app.ui_scale);
    const bool open = ImGui::BeginCombo("##locale", T(locale_label(app.scenario.locale)));
    probe_item(app.probes, "settings.locale", int(app.scenario.locale), enum_id(locale_ids, app.scenario.locale));
    if (open) {
        for (const EnumId<LocaleId>& l : locale_ids) {
            if (ImGui::Selectable(T(locale_label(l.value)), l.value == app.scenario.locale)) app.scenario.locale = l.value;
            probe_item(app.probes, (std::string("settings.locale.") + l.id).c_str(), 0);
        }
        ImGui::EndCombo();
    }

    ImGui::Spacing();
    ImGui::TextUnformatted(T("Language"));
    struct Choice { Language lang; const char* name; };
    static const Choice choices[] = {{Language::English, "English"}, {Language::Chinese, "Simplified Chinese"},
                                     {Language::French, "French"}, {Language::Romanian, "Romanian"}};
    for (const Choice& c : choices) {
        ImGui::BeginDisabled(!language_available(c.lang));
        if (ImGui::RadioButton(T(c.name), app.scenario.language == c.lang)) app.scenario.language = c.lang;
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    note("Chinese, French and Romanian arrive in release 0.5.");
    return false;
}

} // namespace quotient
