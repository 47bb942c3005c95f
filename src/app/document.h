// The user's documents as the app keeps them: the library of named scenarios, undo and redo
// over the scenario being edited, autosave timing, and the notices about them (restored, saved,
// a damaged save kept aside, a shared link opened).
//
// The platform does the storage (browser localStorage, or a file in the user's data folder):
// at start it hands the saved text to app_restore(); afterwards it takes
// PlatformRequests::save_text whenever the app asks and reports back with app_saved().
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "core/scenario_json.h"

namespace quotient {

struct AppState;

struct Notice {
    std::string text;               // already translated, with the particulars filled in
    bool error = false;             // errors stay until dismissed
    double expires = -1;            // ImGui time an information notice goes away
};

enum class SaveStatus { Saved, Pending, Failed };

// Why autosave is held until the user decides: nothing is ever written over what another tab
// or window saved, nor over a damaged save that could not be set aside.
enum class SaveHold {
    None,
    ChangedElsewhere,   // another tab or window saved the library since this one read or wrote it
    DamagedNotKept,     // the saved library could not be read, and the copy to set it aside failed
};

struct DocumentState {
    // The scenario being edited lives in AppState::scenario; its entry in the library is
    // brought up to date when the library is saved or another scenario is opened.
    ScenarioLibrary library{};
    Scenario committed{};           // the scenario as of the last undo step
    std::vector<Scenario> undo;     // oldest first
    std::vector<Scenario> redo;     // most recently undone last
    double save_at = -1;            // ImGui time the next autosave is due; -1 = nothing to save
    SaveStatus status = SaveStatus::Saved;
    std::string save_error;         // why the last save failed
    std::vector<Notice> notices;    // shown above the panel until dismissed
    SaveHold hold = SaveHold::None;
    std::string held_text;          // ChangedElsewhere: the library as the other one saved it;
                                    // DamagedNotKept: the damaged save, offered as a download
    std::string held_reason;        // DamagedNotKept: why it could not be set aside
    bool held_edits = false;        // edits made here while saving was held (lost if closed now)
    // The Scenarios panel.
    int renaming = -1;              // index whose name is being edited
    std::string rename_text;
    bool rename_focus = false;      // the name field should take the keyboard
    Problem rename_problem{};
    int deleting = -1;              // index waiting for the delete confirmation
    std::string share_link;         // the last link made, shown for copying
    bool share_without_names = false;   // "Leave out names and notes"
    Problem share_problem{};
    std::string link_to_open;       // a link pasted into the "open a link" field
};

// Start-up, with whatever the platform found saved ("" = nothing). Returns false when the text
// cannot be read: the app keeps a new scenario and says so, and saves nothing yet; the platform
// then copies the text aside and calls app_kept_damaged_save() with where it went (saving
// starts), or app_damaged_save_not_kept() when the copy failed (saving stays off, so that the
// damaged original is never overwritten, until the user downloads it or replaces it knowingly).
bool app_restore(AppState& app, std::string_view saved);
void app_kept_damaged_save(AppState& app, const std::string& where);
void app_damaged_save_not_kept(AppState& app, std::string_view damaged, const std::string& reason);
// Another tab or window saved the library (`text`, as stored now): saving is held and the user
// chooses between the other version, this one, or both (the functions below).
void app_library_changed_elsewhere(AppState& app, std::string text);
// A share link's fragment ("#s=..."): its scenario is added to the library under a new name and
// opened; the user's own scenarios are never overwritten. A bad link leaves a notice.
void app_open_share_link(AppState& app, std::string_view fragment);
// A scenario file (exported JSON) the user opened: added as a new scenario, like a link.
void app_open_scenario_file(AppState& app, const std::string& name, std::string_view json);
// The platform's answer to a save request.
void app_saved(AppState& app, bool ok, const std::string& error);
// The library as saved text, now, when there are changes not yet saved ("" otherwise): for the
// platform to call as the page is hidden or the window closes, so that nothing is lost. While
// saving is held it is "", except when `closing` with edits held over another tab's save: then
// both are kept (keep_both_versions), the one choice that loses nothing.
std::string app_unsaved_library(AppState& app, bool closing = false);
// Edits that closing now would lose (saving held): the page asks the user before it goes.
bool app_has_held_edits(const AppState& app);

// The user's answers when saving is held. ChangedElsewhere: open the other version here
// (this one's unsaved changes are dropped), save this version over it, or open the other
// version with this one's changed scenarios added beside it as copies. DamagedNotKept: offer
// the damaged text as a download (saving resumes once it is made), or save over it.
void use_other_version(AppState& app);
void keep_this_version(AppState& app);
void keep_both_versions(AppState& app);
void download_damaged_save(AppState& app);
void replace_damaged_save(AppState& app);
// The platform's answer to a download: the damaged save's file made ends DamagedNotKept.
void damaged_save_downloaded(AppState& app, const std::string& name, bool ok);

// Once a frame, after the panels: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), an undo step when an edit
// is finished, and the autosave request when one is due. Returns the ImGui time at which it
// needs a frame again without any input (a save or a notice due), or -1.
double document_frame(AppState& app);

bool undo(AppState& app);
bool redo(AppState& app);
void open_scenario(AppState& app, int index);
void new_scenario(AppState& app);
void duplicate_scenario(AppState& app, int index);
bool rename_scenario(AppState& app, int index, std::string_view name);
void delete_scenario(AppState& app, int index);

void add_notice(AppState& app, std::string text, bool error);
// The notices, over the window's bottom right corner, each with a button to dismiss it; above
// them, while saving is held, the choice that releases it.
void draw_notices(AppState& app);

} // namespace quotient
