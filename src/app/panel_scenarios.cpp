// Scenarios: the user's named scenarios (open, rename, duplicate, delete, new), share links, and
// files in and out (scenario JSON, pipeline CSV, commission statement CSV).
// The work itself is in document.cpp and the core; this file only lays it out.
#include "app/panels.h"
#include "app/ui.h"
#include "core/export_csv.h"
#include "core/scenario_share.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace quotient {

static std::string id_of(const char* what, size_t i) { return std::string(what) + "." + std::to_string(i); }

// [SECTION] The list

static void draw_rename(AppState& app, int i) {
    DocumentState& d = app.doc;
    ImGui::SetNextItemWidth(260 * app.ui_scale);
    // ImGui takes the focus a frame after it is asked: ask until the field has it.
    if (d.rename_focus) ImGui::SetKeyboardFocusHere();
    const bool enter = ImGui::InputText("##rename", &d.rename_text, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemActive()) d.rename_focus = false;
    probe_item(app.probes, "scenarios.rename.text", 0, d.rename_text);
    ImGui::SameLine();
    if (ImGui::SmallButton(T("Save name")) || enter) {
        if (rename_scenario(app, i, d.rename_text)) d.renaming = -1;
        else d.rename_focus = true;     // back into the field, to correct the name
    }
    probe_item(app.probes, "scenarios.rename.save", 0);
    ImGui::SameLine();
    if (ImGui::SmallButton(T("Cancel"))) {
        d.renaming = -1;
        d.rename_problem = {};
    }
    if (d.rename_problem.code) {
        field_error(d.rename_problem, "");
        probe_item(app.probes, "scenarios.rename.problem", 0, T(d.rename_problem.message));
    }
}

static void draw_row(AppState& app, size_t i) {
    DocumentState& d = app.doc;
    const NamedScenario& n = d.library.scenarios[i];
    const bool active = int(i) == d.library.active;
    const Scenario& s = active ? app.scenario : n.scenario;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (d.renaming == int(i)) {
        draw_rename(app, int(i));
    } else {
        if (active) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        ImGui::TextUnformatted(n.name.c_str());
        if (active) ImGui::PopStyleColor();
        probe_item(app.probes, id_of("scenarios.name", i).c_str(), active ? 1 : 0, n.name);
    }
    ImGui::TableNextColumn();
    ImGui::Text("%zu", s.deals.size());
    ImGui::TableNextColumn();
    if (active) {
        note("Open now");
    } else {
        if (ImGui::SmallButton(T("Open"))) open_scenario(app, int(i));
        probe_item(app.probes, id_of("scenarios.open", i).c_str(), 0);
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(T("Rename"))) {
        d.renaming = int(i);
        d.rename_text = n.name;
        d.rename_problem = {};
        d.rename_focus = true;
    }
    probe_item(app.probes, id_of("scenarios.rename", i).c_str(), 0);
    ImGui::SameLine();
    if (ImGui::SmallButton(T("Duplicate"))) duplicate_scenario(app, int(i));
    probe_item(app.probes, id_of("scenarios.duplicate", i).c_str(), 0);
    ImGui::SameLine();
    ImGui::BeginDisabled(d.library.scenarios.size() < 2);
    if (ImGui::SmallButton(T("Delete..."))) d.deleting = int(i);
    ImGui::EndDisabled();
    probe_item(app.probes, id_of("scenarios.delete", i).c_str(), 0);
}

static void draw_delete_confirmation(AppState& app) {
    DocumentState& d = app.doc;
    const char* popup = "Delete scenario?##scenarios.delete";
    if (d.deleting >= 0 && !ImGui::IsPopupOpen(popup)) ImGui::OpenPopup(popup);
    if (!ImGui::BeginPopupModal(popup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (d.deleting < 0 || size_t(d.deleting) >= d.library.scenarios.size()) {
        ImGui::CloseCurrentPopup();
    } else {
        ImGui::TextUnformatted(Tf("Delete \"{}\"? Its funnel, deals and plans go with it.",
                                  {d.library.scenarios[size_t(d.deleting)].name}).c_str());
        if (ImGui::Button(T("Delete"))) {
            delete_scenario(app, d.deleting);
            d.deleting = -1;
            ImGui::CloseCurrentPopup();
        }
        probe_item(app.probes, "scenarios.delete.confirm", 0);
        ImGui::SameLine();
        if (ImGui::Button(T("Keep it")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            d.deleting = -1;
            ImGui::CloseCurrentPopup();
        }
        probe_item(app.probes, "scenarios.delete.cancel", 0);
    }
    ImGui::EndPopup();
}

static void draw_list(AppState& app) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##scenarios", 3, flags)) {
        ImGui::TableSetupColumn(T("Name"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(T("Deals"), ImGuiTableColumnFlags_WidthFixed, 60 * app.ui_scale);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 2.5f);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < app.doc.library.scenarios.size(); ++i) {
            ImGui::PushID(int(i));
            draw_row(app, i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(T("New scenario"))) new_scenario(app);
    probe_item(app.probes, "scenarios.new", 0);
    ImGui::SameLine();
    note("Starts from the example funnel, deals and plan.");
    draw_delete_confirmation(app);
}

// [SECTION] Share links

static void draw_share(AppState& app) {
    DocumentState& d = app.doc;
    ImGui::TextWrapped("%s", T("A link holds the scenario in its address, after the '#'. Browsers do not send that "
                               "part to any server: the scenario travels only where you paste the link."));
    // What the link carries, said before it is made: whoever receives it can read all of it.
    const char* carries =
        d.share_without_names
            ? T("This link carries the numbers only: funnel, sales plan, deal amounts, stages and dates, the review "
                "scores, KPI inputs and commission plans and deals. Names and notes become \"Deal 1\", \"Account 1\", "
                "\"Rep 1\"...; every figure stays the same.")
            : T("This link carries the numbers and also every name and note: deal names, accounts, owners, products, "
                "the people who influence each deal, competitors, strengths, red flags, actions, and the commission "
                "deals' ids and reps' names.");
    ImGui::TextWrapped("%s", carries);
    probe_item(app.probes, "scenarios.share.carries", d.share_without_names ? 1 : 0, carries);
    if (ImGui::Checkbox(T("Leave out names and notes"), &d.share_without_names)) {
        d.share_link.clear();       // a link made before says more (or less) than the box now does
        d.share_problem = {};
    }
    probe_item(app.probes, "scenarios.share.without_names", d.share_without_names ? 1 : 0);
    note("Your number format and language stay yours: the link opens in the recipient's.");
    if (ImGui::Button(T("Make a share link"))) {
        Outcome<std::string> f = share_fragment(scenario_for_link(app.scenario, d.share_without_names), today());
        d.share_problem = f.problem;
        d.share_link.clear();
        if (f.ok()) app.requests.share_fragment = f.value;
    }
    probe_item(app.probes, "scenarios.share", 0);
    if (d.share_problem.code) field_error(d.share_problem, "");
    if (!d.share_link.empty()) {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##share.link", &d.share_link, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        probe_item(app.probes, "scenarios.share.link", double(d.share_link.size()), d.share_link);
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(T("Open a link someone sent you:"));
    ImGui::SetNextItemWidth(-90 * app.ui_scale);
    const bool enter = ImGui::InputText("##link.open", &d.link_to_open, ImGuiInputTextFlags_EnterReturnsTrue);
    probe_item(app.probes, "scenarios.link.text", 0, d.link_to_open);
    ImGui::SameLine();
    if ((ImGui::Button(T("Open link")) || enter) && !d.link_to_open.empty()) {
        const size_t hash = d.link_to_open.find('#');
        app_open_share_link(app, hash == std::string::npos ? std::string_view(d.link_to_open)
                                                           : std::string_view(d.link_to_open).substr(hash));
        d.link_to_open.clear();
    }
    probe_item(app.probes, "scenarios.link.open", 0);
}

void app_share_link_made(AppState& app, const std::string& link, bool copied) {
    app.doc.share_link = link;
    if (copied) add_notice(app, T("The share link is copied. Paste it into a message or a browser."), false);
}

// [SECTION] Files in and out

static std::string file_stem(const AppState& app) {
    std::string stem;
    for (char c : app.doc.library.scenarios[size_t(app.doc.library.active)].name)
        stem += (c == '/' || c == '\\' || c == ':' || c == '"' || c == '*' || c == '?' || c == '<' || c == '>' ||
                 c == '|') ? '-' : c;
    return stem;
}

static void offer(AppState& app, std::string name, const char* mime, std::string bytes) {
    app.requests.download = Download{std::move(name), mime, std::move(bytes)};
}

// A CSV the core could not write (an invalid pipeline or plan) says why instead.
static void offer_csv(AppState& app, std::string name, const Outcome<std::string>& csv) {
    if (csv.ok()) offer(app, std::move(name), "text/csv", csv.value);
    else add_notice(app, Tf("\"{}\" could not be written: {}", {name, T(csv.problem.message)}), true);
}

void app_download_done(AppState& app, const std::string& name, bool ok, const std::string& where) {
    damaged_save_downloaded(app, name, ok);
    if (ok) add_notice(app, where.empty() ? Tf("Downloaded \"{}\".", {name}) : Tf("Saved \"{}\".", {where}), false);
    else add_notice(app, Tf("\"{}\" could not be saved: {}", {name, where}), true);
}

static void draw_files(AppState& app) {
    ImGui::TextWrapped("%s", T("Export this scenario, or open a scenario file exported from Quotient as a new scenario."));
    if (ImGui::Button(T("Scenario (JSON)")))
        offer(app, file_stem(app) + ".json", "application/json", scenario_to_json(app.scenario, true) + "\n");
    probe_item(app.probes, "scenarios.export.json", 0);
    // Spreadsheets in the user's number format: ';' and decimal commas for French and Romanian.
    const CsvStyle style = csv_style_for(app.scenario.locale);
    ImGui::SameLine();
    if (ImGui::Button(T("Pipeline (CSV)"))) {
        const Scenario& sc = app.scenario;
        offer_csv(app, file_stem(app) + " pipeline.csv", pipeline_csv(sc.funnel, sc.deals, pipeline_settings(sc), style));
    }
    probe_item(app.probes, "scenarios.export.pipeline", 0);
    ImGui::SameLine();
    if (ImGui::Button(T("Commission statement (CSV)")))
        offer_csv(app, file_stem(app) + " statement.csv", statement_csv(app.scenario.commission, 0, style));
    probe_item(app.probes, "scenarios.export.statement", 0);
    note("The funnel chart saves as a PNG from the Funnel panel.");
    ImGui::Spacing();

    if (app.can_pick_files) {
        if (ImGui::Button(T("Open a scenario file..."))) app.requests.pick_scenario = true;
        probe_item(app.probes, "scenarios.open.file", 0);
    } else {
        ImGui::TextUnformatted(T("Path of a scenario file (or drop the file on this window):"));
        ImGui::SetNextItemWidth(-90 * app.ui_scale);
        const bool enter = ImGui::InputText("##scenario.path", &app.import_view.path, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((ImGui::Button(T("Open##scenario.path")) || enter) && !app.import_view.path.empty())
            app.requests.open_path = app.import_view.path;
    }
}

static void section(const AppState& app, const char* title) {
    ImGui::Spacing();
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(T(title));
    ImGui::PopFont();
    ImGui::Separator();
}

// Returns true while the rename field waits for the keyboard (frames must keep coming).
bool draw_scenarios_panel(AppState& app) {
    panel_header(app, "Scenarios",
                 "Each scenario is a whole document: funnel, deals, KPI inputs and plans. Every change is saved on "
                 "this device as you work; nothing is sent anywhere.");
    draw_list(app);
    section(app, "Share");
    draw_share(app);
    section(app, "Files");
    draw_files(app);
    return app.doc.rename_focus;
}

} // namespace quotient
