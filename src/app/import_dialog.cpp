// Importing opportunities from a CRM's CSV export: pick a file (browser picker, a path or a file
// dropped on the desktop window), see its first rows under a drop-down per column saying which
// deal field the column fills (the automatic guess, or the mapping confirmed last time for the
// same header), how numbers and dates are read, how many rows become open, won and lost deals
// and which rows will be skipped and why, then add the deals to the pipeline.
#include <algorithm>
#include <cstdio>
#include "app/panels.h"
#include "app/ui.h"
#include "core/csv.h"
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
// The key a confirmed mapping is remembered by: the header's fields, one per line.
static std::string header_key(const std::vector<std::string>& header) {
    std::string key;
    for (const std::string& h : header) key += h + '\n';
    return key;
}

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
    // The same export as last time starts from the mapping the user confirmed for it.
    CsvReader header = csv_reader(v.text);
    if (next_csv_record(header)) {
        const auto& remembered = app.doc.library.import_mappings;
        if (auto it = remembered.find(header_key(std::vector<std::string>(header.fields.begin(), header.fields.end()))); it != remembered.end())
            v.settings.columns = it->second;
    }
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

    // One column per file column: its header, the field it fills, then the first rows' cells.
    const int n = int(std::min<size_t>(r.header.size(), 64));   // ImGui tables hold 64 columns
    if (n == 0) return;
    ImGui::TextUnformatted(T("What each column holds (the first rows of the file are under it):"));
    // Columns share the width while each keeps room for its drop-down; a wider file scrolls sideways.
    const float min_w = 105 * app.ui_scale;
    const bool scroll = float(n) * min_w > ImGui::GetContentRegionAvail().x;
    const float rows_h = ImGui::GetFrameHeightWithSpacing() * float(3 + r.first_rows.size());
    if (!ImGui::BeginTable("##columns", n,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                               (scroll ? ImGuiTableFlags_ScrollX : ImGuiTableFlags_SizingStretchSame),
                           ImVec2(0, rows_h)))
        return;
    for (int i = 0; i < n; ++i)
        ImGui::TableSetupColumn(r.header[size_t(i)].c_str(),
                                scroll ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                                scroll ? min_w : 1.0f);
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    char id[64];
    for (int i = 0; i < n; ++i) {
        ImGui::TableNextColumn();
        ImGui::PushID(i);
        ImGui::SetNextItemWidth(-1);
        const ImportField current = r.columns[size_t(i)];
        std::snprintf(id, sizeof id, "import.column.%d", i);
        if (ImGui::BeginCombo("##field", T(import_field_label(current)))) {
            for (const auto& f : import_field_ids) {
                if (ImGui::Selectable(T(import_field_label(f.value)), current == f.value)) {
                    v.settings.columns = r.columns;
                    assign_import_column(v.settings.columns, size_t(i), f.value);
                    v.stale = true;
                }
                char option[96];
                std::snprintf(option, sizeof option, "%s.%s", id, f.id);
                probe_item(app.probes, option, int(f.value), T(import_field_label(f.value)));
            }
            ImGui::EndCombo();
        }
        probe_item(app.probes, id, int(current), enum_id(import_field_ids, current));
        ImGui::PopID();
    }
    for (const std::vector<std::string>& row : r.first_rows) {
        ImGui::TableNextRow();
        for (int i = 0; i < n; ++i) {
            ImGui::TableNextColumn();
            if (size_t(i) < row.size()) ImGui::TextDisabled("%s", row[size_t(i)].c_str());
        }
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
        const ImportResult& r = v.preview.value;
        // The mapping stays in view when it leaves out a needed column: that is how to fix it.
        draw_settings(app);
        if (!v.preview.ok()) {
            field_error(v.preview.problem, "");
            probe_item(app.probes, "import.problem", 0, T(v.preview.problem.message));
        } else {
            Money total{0, v.settings.currency};
            for (const Deal& d : r.deals)
                if (d.state == DealState::Open) total.minor += d.amount.minor;
            const int open = r.by_state[size_t(DealState::Open)], won = r.by_state[size_t(DealState::Won)],
                      lost = r.by_state[size_t(DealState::Lost)];
            char line[300];
            std::snprintf(line, sizeof line, "%s %s: %s %s (%s %s), %s %s, %s %s", format_count(double(r.deals.size()), loc).c_str(),
                          T("deals ready"), format_count(open, loc).c_str(), T("open"), format_money(total, loc).c_str(),
                          T("in the pipeline"), format_count(won, loc).c_str(), T("won"), format_count(lost, loc).c_str(),
                          T("lost"));
            ImGui::TextUnformatted(line);
            probe_item(app.probes, "import.ready", double(r.deals.size()), line);
            probe_item(app.probes, "import.open", open);
            probe_item(app.probes, "import.won", won);
            probe_item(app.probes, "import.lost", lost);
            std::snprintf(line, sizeof line, "%s %s", format_count(double(r.errors.size()), loc).c_str(),
                          T("rows refused"));
            ImGui::TextUnformatted(line);
            probe_item(app.probes, "import.skipped", double(r.errors.size()), line);
            draw_row_errors(r);
            ImGui::BeginDisabled(r.deals.empty());
            if (ImGui::Button(T("Add to pipeline"))) {
                app.scenario.deals.insert(app.scenario.deals.end(), r.deals.begin(), r.deals.end());
                app.doc.library.import_mappings[header_key(r.header)] = r.columns;
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
