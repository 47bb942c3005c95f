// Importing opportunities from a CRM's CSV export: pick a file (browser picker, a path or a file
// dropped on the desktop window), check how its columns were matched and how numbers and dates
// are read, see which rows will be skipped and why, then add the good rows to the pipeline.
#include <algorithm>
#include <cstdio>
#include "app/panels.h"
#include "app/ui.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace quotient {

static const char* const dialog_id = "Import opportunities##import";

static bool is_json_file(const std::string& name) {
    if (name.size() < 5) return false;
    std::string ext = name.substr(name.size() - 5);
    for (char& c : ext) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return ext == ".json";
}

// A .json file is a scenario the user exported; anything else is taken for a CRM CSV export.
void app_file_opened(AppState& app, std::string name, std::string bytes) {
    if (is_json_file(name)) {
        app_open_scenario_file(app, name, bytes);
        return;
    }
    ImportView& v = app.import_view;
    v.file_name = std::move(name);
    v.text = std::move(bytes);
    v.load_error.clear();
    v.settings = import_settings_for(app.scenario.locale, app.scenario.plan.currency);
    v.stale = true;
    v.imported = -1;
    v.open = true;
}

void app_file_failed(AppState& app, std::string name, std::string reason) {
    if (is_json_file(name)) {
        add_notice(app, Tf("\"{}\" could not be read: {}", {name, reason}), true);
        return;
    }
    ImportView& v = app.import_view;
    v.file_name = std::move(name);
    v.text.clear();
    v.load_error = std::move(reason);
    v.open = true;
}

bool import_csv_button(AppState& app) {
    const bool clicked = ImGui::Button(T("Import CSV..."));
    probe_item(app.probes, "import.button", 0);
    if (clicked) {
        if (app.can_pick_files) app.requests.pick_csv = true;
        app.import_view.open = true;
    }
    return clicked;
}

static void draw_file_choice(AppState& app) {
    ImportView& v = app.import_view;
    if (app.can_pick_files) {
        if (ImGui::Button(T("Choose a file..."))) app.requests.pick_csv = true;
    } else {
        ImGui::TextUnformatted(T("Path of a CSV file (or drop the file on this window):"));
        ImGui::SetNextItemWidth(-90 * app.ui_scale);
        const bool enter = ImGui::InputText("##path", &v.path, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button(T("Open")) || enter) && !v.path.empty()) app.requests.open_path = v.path;
    }
    if (!v.file_name.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", v.file_name.c_str());
    }
    if (!v.load_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(240, 90, 80, 255));
        ImGui::TextWrapped("%s %s", T("The file could not be read:"), v.load_error.c_str());
        ImGui::PopStyleColor();
    }
}

// How numbers and dates are read, and which deal field each column fills.
static void draw_settings(AppState& app) {
    ImportView& v = app.import_view;
    const ImportResult& r = v.preview.value;
    ImGui::TextUnformatted(T("Numbers"));
    ImGui::SameLine();
    if (ImGui::RadioButton("1,234.56", v.settings.decimal_point == '.')) v.settings.decimal_point = '.', v.stale = true;
    ImGui::SameLine();
    if (ImGui::RadioButton("1 234,56", v.settings.decimal_point == ',')) v.settings.decimal_point = ',', v.stale = true;
    ImGui::SameLine(0, 30 * app.ui_scale);
    ImGui::TextUnformatted(T("Dates"));
    ImGui::SameLine();
    if (ImGui::RadioButton(T("month first"), v.settings.date_order == DateOrder::MonthDayYear))
        v.settings.date_order = DateOrder::MonthDayYear, v.stale = true;
    ImGui::SameLine();
    if (ImGui::RadioButton(T("day first"), v.settings.date_order == DateOrder::DayMonthYear))
        v.settings.date_order = DateOrder::DayMonthYear, v.stale = true;

    const float rows_h = ImGui::GetFrameHeightWithSpacing() * float(std::min<size_t>(r.header.size() + 1, 8));
    if (!ImGui::BeginTable("##columns", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                           ImVec2(0, rows_h)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(T("Column in the file"));
    ImGui::TableSetupColumn(T("Becomes"));
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < r.header.size() && i < r.columns.size(); ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.header[i].c_str());
        ImGui::TableNextColumn();
        ImGui::PushID(int(i));
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##field", T(import_field_label(r.columns[i])))) {
            for (size_t f = 0; f < import_field_count; ++f)
                if (ImGui::Selectable(T(import_field_label(ImportField(f))), r.columns[i] == ImportField(f))) {
                    v.settings.columns = r.columns;
                    v.settings.columns[i] = ImportField(f);
                    v.stale = true;
                }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

static void draw_row_errors(const ImportResult& r) {
    if (r.errors.empty()) return;
    ImGui::Text("%s", T("Rows that will be skipped:"));
    ImGui::BeginChild("##errors", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 6), true);
    ImGuiListClipper clipper;
    clipper.Begin(int(r.errors.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ImportRowError& e = r.errors[size_t(i)];
            ImGui::Text("%s %d%s%s: %s", T("Line"), e.line, e.column.empty() ? "" : ", ", e.column.c_str(), T(e.reason));
        }
    ImGui::EndChild();
}

void draw_import_dialog(AppState& app) {
    ImportView& v = app.import_view;
    if (v.open && !ImGui::IsPopupOpen(dialog_id)) ImGui::OpenPopup(dialog_id);
    // A fixed share of the window, always centred: the content grows once a file is read, and
    // the buttons must stay on screen.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.7f, vp->Size.y * 0.85f), ImGuiCond_Always);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(dialog_id, &v.open, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;

    draw_file_choice(app);
    if (!v.text.empty() && v.stale) {
        v.preview = import_deals_csv(v.text, v.settings);
        v.stale = false;
    }
    const Locale loc = locale_for(app.scenario.locale);
    if (!v.text.empty()) {
        ImGui::Separator();
        if (!v.preview.ok()) {
            field_error(v.preview.problem, "");
            probe_item(app.probes, "import.problem", 0, T(v.preview.problem.message));
        } else {
            const ImportResult& r = v.preview.value;
            draw_settings(app);
            Money total{0, v.settings.currency};
            for (const Deal& d : r.deals) total.minor += d.amount.minor;
            char line[200];
            std::snprintf(line, sizeof line, "%s %s, %s %s", format_count(double(r.deals.size()), loc).c_str(),
                          T("deals ready"), format_money(total, loc).c_str(), T("in all"));
            ImGui::TextUnformatted(line);
            probe_item(app.probes, "import.ready", double(r.deals.size()), line);
            probe_item(app.probes, "import.skipped", double(r.errors.size()));
            draw_row_errors(r);
            ImGui::BeginDisabled(r.deals.empty());
            if (ImGui::Button(T("Add to pipeline"))) {
                app.scenario.deals.insert(app.scenario.deals.end(), r.deals.begin(), r.deals.end());
                v.imported = int(r.deals.size());
                v.text.clear();
                v.open = false;
                ImGui::CloseCurrentPopup();
            }
            probe_item(app.probes, "import.add", 0);
            ImGui::EndDisabled();
            ImGui::SameLine();
        }
    }
    const bool cancel = ImGui::Button(T("Cancel"));
    probe_item(app.probes, "import.cancel", 0);
    if (cancel) {
        v.open = false;
        v.text.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace quotient
