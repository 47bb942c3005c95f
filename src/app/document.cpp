#include "app/document.h"
#include <algorithm>
#include "app/app.h"
#include "app/ui.h"
#include "imgui.h"

namespace quotient {

// An edit becomes an undo step once the widget that made it lets go; the library is saved this
// long after the step, so that a burst of edits is one save.
static constexpr double autosave_delay = 0.5;
// Undo keeps at most this many steps, and fewer when scenarios are large: a step is a whole
// scenario, and 100,000 imported deals should not be copied a hundred times.
static constexpr size_t max_undo_steps = 100;
static constexpr size_t max_undo_deals = 300'000;

// Information goes away by itself after a while; an error waits to be read and dismissed.
static constexpr double notice_seconds = 8;
static constexpr size_t max_notices = 4;

void add_notice(AppState& app, std::string text, bool error) {
    std::vector<Notice>& notices = app.doc.notices;
    notices.push_back({std::move(text), error, error ? -1 : ImGui::GetTime() + notice_seconds});
    if (notices.size() > max_notices) notices.erase(notices.begin());
}

static std::string joined_fields(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size() && i < 5; ++i) out += (i ? ", " : "") + fields[i];
    if (fields.size() > 5) out += ", ...";
    return out;
}

// Fields of a newer version are kept and saved again; only those beyond the reader's bound
// are lost, and the user is told which.
template <class Loaded> static void note_unknown_fields(AppState& app, const Loaded& loaded) {
    if (!loaded.unknown_left_out.empty())
        add_notice(app, Tf("Some saved fields are not known to this version of Quotient and were left out: {}.",
                           {joined_fields(loaded.unknown_left_out)}), false);
    else if (!loaded.unknown_fields.empty())
        add_notice(app, Tf("Some saved fields come from a newer version of Quotient: {}. They are kept as they are "
                           "and saved with your scenarios.", {joined_fields(loaded.unknown_fields)}), false);
}

static bool has_unsaved_edits(const AppState& app) {
    return app.doc.status != SaveStatus::Saved || app.doc.save_at >= 0 || !(app.scenario == app.doc.committed);
}

// While saving is held nothing is scheduled (nothing may be written until the user decides);
// the status says "Not saved" and the edit is remembered as held.
static void schedule_save(AppState& app) {
    DocumentState& d = app.doc;
    if (d.hold != SaveHold::None) {
        d.status = SaveStatus::Failed;
        d.held_edits = true;
        return;
    }
    d.save_at = ImGui::GetTime() + autosave_delay;
    d.status = SaveStatus::Pending;
}

// The scenario being edited becomes `s`, with a fresh undo history.
static void start_editing(AppState& app, const Scenario& s) {
    app.scenario = s;
    app.doc.committed = s;
    app.doc.undo.clear();
    app.doc.redo.clear();
    app.entry_problems.clear();
}

static void store_active(AppState& app) {
    ScenarioLibrary& lib = app.doc.library;
    lib.scenarios[size_t(lib.active)].scenario = app.scenario;
}

// [SECTION] Start-up and storage

bool app_restore(AppState& app, std::string_view saved) {
    app.doc.library = ScenarioLibrary{};
    app.doc.library.scenarios[0].scenario = example_scenario(today());   // its deals and period are current
    start_editing(app, app.doc.library.scenarios[0].scenario);
    if (saved.empty()) return true;
    Outcome<LoadedLibrary> loaded = library_from_json(saved);
    if (!loaded.ok()) {
        // Nothing is saved until the platform says the damaged text is safe elsewhere.
        add_notice(app, Tf("Your saved scenarios could not be read, so Quotient started with a new scenario. {}{}",
                           {T(loaded.problem.message), loaded.problem.field.empty() ? "" : " (" + loaded.problem.field + ")"}),
                   true);
        return false;
    }
    app.doc.library = std::move(loaded.value.library);
    start_editing(app, app.doc.library.scenarios[size_t(app.doc.library.active)].scenario);
    note_unknown_fields(app, loaded.value);
    return true;
}

void app_kept_damaged_save(AppState& app, const std::string& where) {
    add_notice(app, Tf("The damaged copy is kept as \"{}\".", {where}), true);
    app.doc.status = SaveStatus::Pending;   // the new scenario replaces the damaged save, now
    app.doc.save_at = 0;
}

void app_damaged_save_not_kept(AppState& app, std::string_view damaged, const std::string& reason) {
    DocumentState& d = app.doc;
    d.hold = SaveHold::DamagedNotKept;
    d.held_text = std::string(damaged);
    d.held_reason = reason;
    d.status = SaveStatus::Failed;
    d.save_error = Tf("The damaged save could not be set aside ({}), so Quotient does not save over it.", {reason});
    d.save_at = -1;
}

void app_library_changed_elsewhere(AppState& app, std::string text) {
    DocumentState& d = app.doc;
    if (d.hold == SaveHold::None || d.hold == SaveHold::DamagedNotKept) d.held_edits = has_unsaved_edits(app);
    d.hold = SaveHold::ChangedElsewhere;     // also ends DamagedNotKept: the other one replaced it
    d.held_text = std::move(text);
    d.held_reason.clear();
    d.status = SaveStatus::Failed;
    d.save_error = T("Your scenarios were saved in another tab or window since this one saved them.");
    d.save_at = -1;
}

bool app_has_held_edits(const AppState& app) {
    return app.doc.hold != SaveHold::None && (app.doc.held_edits || !(app.scenario == app.doc.committed));
}

void app_saved(AppState& app, bool ok, const std::string& error) {
    if (app.doc.hold != SaveHold::None) return;     // the hold's own status stands
    if (ok) {
        if (app.doc.save_at < 0) app.doc.status = SaveStatus::Saved;
        app.doc.save_error.clear();
        return;
    }
    // Said once, when saving starts failing (save_error is cleared by the next save that works);
    // the status under the scenario's name says it until then.
    if (app.doc.save_error.empty())
        add_notice(app, Tf("Your changes could not be saved on this device ({}). Export the scenario as a file to "
                           "keep them; Quotient tries again after each change.", {error}), true);
    app.doc.status = SaveStatus::Failed;
    app.doc.save_error = error;
}

std::string app_unsaved_library(AppState& app, bool closing) {
    if (closing && app.doc.hold == SaveHold::ChangedElsewhere && app_has_held_edits(app)) keep_both_versions(app);
    if (app.doc.hold != SaveHold::None) return {};
    if (app.doc.status == SaveStatus::Saved && app.scenario == app.doc.committed) return {};
    store_active(app);
    app.doc.save_at = -1;
    return library_to_json(app.doc.library);
}

// [SECTION] Scenarios from outside: share links and files

// `s` is taken by value: it may be a scenario of the library, which the push below can move.
static void add_and_open(AppState& app, Scenario s, const std::string& wanted_name) {
    ScenarioLibrary& lib = app.doc.library;
    if (lib.scenarios.size() >= max_scenarios) {
        add_notice(app, T("You have 100 scenarios, the most Quotient keeps. Delete one to open another."), true);
        return;
    }
    store_active(app);
    std::string name = unique_scenario_name(lib, wanted_name);
    lib.scenarios.push_back({std::move(name), std::move(s)});
    lib.active = int(lib.scenarios.size()) - 1;
    start_editing(app, lib.scenarios.back().scenario);
    schedule_save(app);
}

void app_open_share_link(AppState& app, std::string_view fragment) {
    Outcome<LoadedScenario> loaded = scenario_from_share_fragment(fragment);
    if (!loaded.ok()) {
        add_notice(app, Tf("This share link could not be opened: {}", {T(loaded.problem.message)}), true);
        return;
    }
    // The recipient reads the numbers in their own format and language, whatever the sender
    // used (older links still carry the sender's).
    Scenario s = std::move(loaded.value.scenario);
    s.locale = app.scenario.locale;
    s.language = app.scenario.language;
    add_and_open(app, std::move(s), T("Shared scenario"));
    add_notice(app, Tf("Opened the shared scenario as \"{}\". Your own scenarios are unchanged.",
                       {app.doc.library.scenarios.back().name}), false);
    note_unknown_fields(app, loaded.value);
}

void app_open_scenario_file(AppState& app, const std::string& name, std::string_view json) {
    Outcome<LoadedScenario> loaded = scenario_from_json(json);
    if (!loaded.ok()) {
        add_notice(app, Tf("\"{}\" could not be opened: {}{}", {name, T(loaded.problem.message),
                           loaded.problem.field.empty() ? "" : " (" + loaded.problem.field + ")"}), true);
        return;
    }
    std::string base = name.substr(name.find_last_of("/\\") + 1);
    if (base.size() > 5 && base.substr(base.size() - 5) == ".json") base.resize(base.size() - 5);
    add_and_open(app, loaded.value.scenario, base);
    add_notice(app, Tf("Opened \"{}\" as a new scenario.", {app.doc.library.scenarios.back().name}), false);
    note_unknown_fields(app, loaded.value);
}

// [SECTION] Saving held: another tab's save, a damaged save that could not be set aside

static void end_hold(DocumentState& d) {
    d.hold = SaveHold::None;
    d.held_text = {};               // frees a large library's text
    d.held_reason.clear();
    d.held_edits = false;
    d.save_error.clear();
}

// The library the other tab or window saved, or a notice saying why it cannot be used.
static bool read_other_version(AppState& app, ScenarioLibrary& out) {
    Outcome<LoadedLibrary> loaded = library_from_json(app.doc.held_text);
    if (!loaded.ok()) {
        add_notice(app, Tf("The other version could not be read: {}", {T(loaded.problem.message)}), true);
        return false;
    }
    out = std::move(loaded.value.library);
    return true;
}

void use_other_version(AppState& app) {
    DocumentState& d = app.doc;
    ScenarioLibrary theirs;
    if (d.hold != SaveHold::ChangedElsewhere || !read_other_version(app, theirs)) return;
    d.library = std::move(theirs);
    start_editing(app, d.library.scenarios[size_t(d.library.active)].scenario);
    end_hold(d);
    d.status = SaveStatus::Saved;   // this is what is stored
    d.save_at = -1;
    add_notice(app, T("This tab now shows the scenarios as the other tab or window saved them."), false);
}

void keep_this_version(AppState& app) {
    if (app.doc.hold != SaveHold::ChangedElsewhere) return;
    end_hold(app.doc);
    schedule_save(app);
    add_notice(app, T("Your scenarios here are saved over the other version."), false);
}

// The other version, with each scenario of this one that it does not hold as it is here added
// beside it as a copy; the scenario open here stays open.
void keep_both_versions(AppState& app) {
    DocumentState& d = app.doc;
    ScenarioLibrary both;
    if (d.hold != SaveHold::ChangedElsewhere || !read_other_version(app, both)) return;
    store_active(app);
    const ScenarioLibrary& mine = d.library;
    std::vector<std::string> added;
    int active = both.active;
    for (size_t i = 0; i < mine.scenarios.size(); ++i) {
        const NamedScenario& m = mine.scenarios[i];
        auto same = std::find_if(both.scenarios.begin(), both.scenarios.end(),
                                 [&](const NamedScenario& t) { return t.name == m.name && t.scenario == m.scenario; });
        if (same != both.scenarios.end()) {
            if (int(i) == mine.active) active = int(same - both.scenarios.begin());
            continue;
        }
        if (both.scenarios.size() >= max_scenarios) {
            add_notice(app, T("You have 100 scenarios, the most Quotient keeps. Delete one to open another."), true);
            return;     // still held: nothing is lost
        }
        both.scenarios.push_back({unique_scenario_name(both, Tf("{} (kept copy)", {m.name})), m.scenario, m.unknown});
        added.push_back(both.scenarios.back().name);
        if (int(i) == mine.active) active = int(both.scenarios.size()) - 1;
    }
    both.active = active;
    d.library = std::move(both);
    start_editing(app, d.library.scenarios[size_t(d.library.active)].scenario);
    end_hold(d);
    schedule_save(app);
    add_notice(app, added.empty() ? T("Both versions are kept: the other one already held everything from here.")
                                  : Tf("Both versions are kept. Added from here: {}.", {joined_fields(added)}),
               false);
}

// The damaged text as a file of its own; saving resumes when the platform has made it.
static constexpr const char* damaged_file_name = "quotient-damaged-scenarios.json";

void download_damaged_save(AppState& app) {
    if (app.doc.hold != SaveHold::DamagedNotKept) return;
    app.requests.download = Download{damaged_file_name, "application/json", app.doc.held_text};
}

void damaged_save_downloaded(AppState& app, const std::string& name, bool ok) {
    if (!ok || name != damaged_file_name || app.doc.hold != SaveHold::DamagedNotKept) return;
    end_hold(app.doc);
    schedule_save(app);
}

void replace_damaged_save(AppState& app) {
    if (app.doc.hold != SaveHold::DamagedNotKept) return;
    end_hold(app.doc);
    schedule_save(app);
    add_notice(app, T("The damaged save will be replaced by your scenarios here."), false);
}

// [SECTION] Undo and redo

static size_t deals_in(const std::vector<Scenario>& steps) {
    size_t n = 0;
    for (const Scenario& s : steps) n += s.deals.size() + s.commission.deals.size();
    return n;
}

// The finished edit becomes one undo step.
static void commit_edit(AppState& app) {
    DocumentState& d = app.doc;
    d.undo.push_back(std::move(d.committed));
    while (d.undo.size() > max_undo_steps || (d.undo.size() > 1 && deals_in(d.undo) > max_undo_deals))
        d.undo.erase(d.undo.begin());
    d.committed = app.scenario;
    d.redo.clear();
    schedule_save(app);
}

static bool step(AppState& app, std::vector<Scenario>& from, std::vector<Scenario>& to) {
    if (!(app.scenario == app.doc.committed)) commit_edit(app);
    if (from.empty()) return false;
    to.push_back(std::move(app.scenario));
    app.scenario = std::move(from.back());
    from.pop_back();
    app.doc.committed = app.scenario;
    app.entry_problems.clear();
    schedule_save(app);
    return true;
}

bool undo(AppState& app) { return step(app, app.doc.undo, app.doc.redo); }
bool redo(AppState& app) { return step(app, app.doc.redo, app.doc.undo); }

// [SECTION] The library

void open_scenario(AppState& app, int index) {
    ScenarioLibrary& lib = app.doc.library;
    if (index < 0 || size_t(index) >= lib.scenarios.size() || index == lib.active) return;
    store_active(app);
    lib.active = index;
    start_editing(app, lib.scenarios[size_t(index)].scenario);
    schedule_save(app);
}

void new_scenario(AppState& app) { add_and_open(app, example_scenario(today()), T("New scenario")); }

void duplicate_scenario(AppState& app, int index) {
    store_active(app);
    const NamedScenario& from = app.doc.library.scenarios[size_t(index)];
    add_and_open(app, from.scenario, Tf("{} (copy)", {from.name}));   // copies before adding
}

bool rename_scenario(AppState& app, int index, std::string_view name) {
    ScenarioLibrary& lib = app.doc.library;
    app.doc.rename_problem = check_scenario_name(lib, name, index);
    if (app.doc.rename_problem.code) return false;
    lib.scenarios[size_t(index)].name = trimmed_scenario_name(name);
    schedule_save(app);
    return true;
}

void delete_scenario(AppState& app, int index) {
    ScenarioLibrary& lib = app.doc.library;
    if (lib.scenarios.size() < 2 || index < 0 || size_t(index) >= lib.scenarios.size()) return;
    store_active(app);
    lib.scenarios.erase(lib.scenarios.begin() + index);
    const bool was_active = index == lib.active;
    if (index < lib.active || lib.active >= int(lib.scenarios.size())) --lib.active;
    if (was_active) start_editing(app, lib.scenarios[size_t(lib.active)].scenario);
    schedule_save(app);
}

// [SECTION] Each frame

static bool ctrl_key(ImGuiKey key) {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

double document_frame(AppState& app) {
    DocumentState& d = app.doc;
    const ImGuiIO& io = ImGui::GetIO();
    // A focused text field has its own Ctrl+Z; elsewhere the shortcuts act on the scenario.
    if (!io.WantTextInput) {
        if (ctrl_key(ImGuiKey_Z)) io.KeyShift ? redo(app) : undo(app);
        else if (ctrl_key(ImGuiKey_Y)) redo(app);
    }
    if (!ImGui::IsAnyItemActive() && !(app.scenario == d.committed)) commit_edit(app);
    const double now = ImGui::GetTime();
    if (d.save_at >= 0 && now >= d.save_at) {
        store_active(app);
        app.requests.save_text = library_to_json(d.library);
        d.save_at = -1;
    }
    std::erase_if(d.notices, [now](const Notice& n) { return n.expires >= 0 && now >= n.expires; });
    double wake = d.save_at;
    for (const Notice& n : d.notices)
        if (n.expires >= 0 && (wake < 0 || n.expires < wake)) wake = n.expires;
    return wake;
}

// [SECTION] Notices

// A button with what it does beside it, in words: the choice must be clear before the click.
static bool choice(AppState& app, const char* id, const char* label, const char* what, float width) {
    const bool clicked = ImGui::Button(label);
    probe_item(app.probes, id, 0, label);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(width);
    ImGui::TextUnformatted(what);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Spacing();
    return clicked;
}

static void draw_hold(AppState& app, float width) {
    DocumentState& d = app.doc;
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(240, 90, 80, 255));
    ImGui::PushTextWrapPos(width);
    const std::string message =
        d.hold == SaveHold::ChangedElsewhere
            ? std::string(T("Your scenarios were changed and saved in another tab or window. To keep anyone's work "
                            "from being lost, this tab saves nothing until you choose:"))
            : Tf("Your saved scenarios could not be read, and Quotient could not set them aside either ({}). So that "
                 "they are not lost, nothing is saved until you choose:", {d.held_reason});
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe_item(app.probes, "hold", int(d.hold), message);
    ImGui::Spacing();
    // Every choice is drawn before any is acted on: the box keeps its shape on the frame of a click.
    if (d.hold == SaveHold::ChangedElsewhere) {
        const bool theirs = choice(app, "hold.theirs", T("Use the other version"),
                                   T("Shows the scenarios as the other tab or window saved them. Changes made here since are dropped."), width);
        const bool both = choice(app, "hold.both", T("Keep both"),
                                 T("Shows the other version and adds your changed scenarios from here beside it, as copies."), width);
        const bool mine = choice(app, "hold.mine", T("Keep mine"),
                                 T("Saves the scenarios here over the other version. Its changes are lost."), width);
        if (theirs) use_other_version(app);
        else if (both) keep_both_versions(app);
        else if (mine) keep_this_version(app);
    } else {
        const bool download = choice(app, "hold.download", T("Download the damaged save"),
                                     T("Keeps it as a file; then Quotient saves your scenarios here again."), width);
        const bool replace = choice(app, "hold.replace", T("Replace it"),
                                    T("Saves your scenarios here over the damaged save, which is lost."), width);
        if (download) download_damaged_save(app);
        else if (replace) replace_damaged_save(app);
    }
}

void draw_notices(AppState& app) {
    std::vector<Notice>& notices = app.doc.notices;
    if (notices.empty() && app.doc.hold == SaveHold::None) return;
    // A window of its own over the bottom right corner: a notice never moves what the user is
    // about to click.
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float margin = 16 * app.ui_scale, width = 440 * app.ui_scale;
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - margin, vp->Pos.y + vp->Size.y - margin), ImGuiCond_Always,
                            ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowBgAlpha(1.0f);
    ImGui::Begin("##notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    if (app.doc.hold != SaveHold::None) draw_hold(app, width - 16 * app.ui_scale);
    for (size_t i = 0; i < notices.size(); ++i) {
        ImGui::PushID(int(i));
        if (i || app.doc.hold != SaveHold::None) ImGui::Separator();
        const ImU32 colour = notices[i].error ? IM_COL32(240, 90, 80, 255) : IM_COL32(90, 180, 120, 255);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::PushTextWrapPos(width - 90 * app.ui_scale);
        ImGui::TextUnformatted(notices[i].text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        probe_item(app.probes, ("notice." + std::to_string(i)).c_str(), notices[i].error ? 1 : 0, notices[i].text);
        ImGui::SameLine(width - 80 * app.ui_scale);
        const bool dismiss = ImGui::SmallButton(T("Dismiss"));
        probe_item(app.probes, ("notice.dismiss." + std::to_string(i)).c_str(), 0);
        ImGui::PopID();
        if (dismiss) {
            notices.erase(notices.begin() + long(i));
            break;
        }
    }
    ImGui::End();
}

} // namespace quotient
