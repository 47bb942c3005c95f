// The Quotient app: every panel, drawn with Dear ImGui from one AppState.
// Platform code (src/platform) owns the window and the loop; it calls app_frame() between
// ImGui::NewFrame() and ImGui::Render(), and app_set_scale() when the display scale changes.
#pragma once
#include "app/document.h"
#include "app/fonts.h"
#include "app/probe.h"
#include "app/theme.h"
#include "core/crm_import.h"
#include "core/forecast.h"
#include "core/scenario.h"
#include <map>
#include <string>
#include <vector>

struct ImGuiIO;

namespace quotient {

enum class Panel { Plan, Funnel, Pipeline, Kpis, Commission, Forecast, Glossary, Scenarios, Settings, Count };

enum class FunnelMode { Forward, Reverse, Ideal, SalesFormula };

// What the Funnel panel remembers between frames (not part of the document).
struct FunnelView {
    FunnelMode mode = FunnelMode::Forward;
    int goal_seek_stage = 0;        // stage whose rate goal seek solves for
    std::vector<float> shown_width; // band widths on screen, easing towards the computed ones
    float chart_rect[4] = {};       // where the forward chart was drawn (x, y, w, h; framebuffer pixels)
};

// What the Commission panel remembers between frames (not part of the document).
struct CommissionView {
    int plan = 0;                   // the plan being edited, shown and compared with the other
    Money what_if{};                // "if I close another deal of..."
    Money earn{};                   // "what bookings do I need to earn...?"
    bool earn_set = false;          // until the user types one, the target incentive is asked
    int periods = 3;                // statements run in a row (the draw balance carries over)
    Problem pay_entry{};            // a pay figure that could not be derived from the others
    // This frame's bookings: the deals typed here and the pipeline's won deals
    // (commission_bookings), read by the statement, the curve and the compare view.
    std::vector<ClosedDeal> bookings;
};

// The CRM CSV import dialog: the file as read, the settings the user can change, and the
// preview computed from them.
struct ImportView {
    bool open = false;
    std::string file_name;
    std::string text;               // the file's bytes
    ImportSettings settings{};
    Outcome<ImportResult> preview{};
    bool stale = true;              // settings changed since the preview was computed
    std::string path;               // desktop: a path typed by the user
    std::string load_error;         // the platform could not read the file
    int imported = -1;              // deals added by the last import (-1: none yet)
};

// The Forecast panel: the user's simulation settings and the run behind the figures shown. A run
// restarts when the deals, funnel, plan or settings it was started from change; long runs go on
// a slice of trials per frame.
struct ForecastView {
    ForecastSettings settings{};
    // What the current run was started from.
    std::vector<Deal> deals;
    Funnel funnel{};
    PipelineSettings pipeline{};
    ForecastSettings ran{};         // settings.trials lowered while a control is dragged
    bool started = false;
    Outcome<ForecastRun> run{};
    ForecastResult result{};        // figures of the trials run so far (refreshed as they double)
    int result_trials = -1;         // trials `result` was computed from (-1: none yet)
};

// A file the app offers the user: a download in the browser, a file in Downloads natively.
struct Download {
    std::string name;               // "pipeline.csv"
    std::string mime;               // "text/csv"
    std::string bytes;
};

// What the app asks of the platform; the platform clears each request when it takes it.
struct PlatformRequests {
    bool pick_csv = false;          // let the user choose a CSV file (browser file picker)
    bool pick_scenario = false;     // let the user choose a scenario file (.json)
    std::string open_path;          // read this file (desktop)
    std::string save_text;          // autosave: keep this library text; answer with app_saved()
    std::string share_fragment;     // make a link ending in '#' + this, copy it, answer with app_share_link_made()
    Download download;              // offer this file when its name is set; answer with app_download_done()
    bool chart_png = false;         // export FunnelView::chart_rect's pixels as a PNG download
};

// The checked field being typed in (ui.h entry_field). ImGui gives the keyboard to one widget at
// a time, so one is enough; it is view state, never part of the document.
struct EntryEdit {
    unsigned int id = 0;            // ImGui id of the field (0: none)
    std::string text;               // what the user has typed so far
    std::string shown;              // the value's text when typing began: Enter on it stores nothing
    int frame = -1;                 // last ImGui frame that drew the field holding the keyboard
    unsigned int slider = 0;        // ImGui id of a rate slider Ctrl+clicked into a field (0: none)
    bool focus = false;             // that field still waits for the keyboard
    // A rate slider held by a finger: the rate and the finger's x when it touched.
    unsigned int finger_slider = 0;
    double finger_from_rate = 0;
    float finger_from_x = 0;
};

struct AppState {
    Scenario scenario{};
    Panel panel = Panel::Funnel;
    Theme theme = Theme::Dark;
    float ui_scale = 1.0f;          // device pixels per CSS/logical pixel
    Fonts fonts{};
    FunnelView funnel_view{};
    EntryEdit entry{};
    // Typed values refused (ui.h checked inputs), by field, shown under it until one is stored.
    std::map<std::string, Problem> entry_problems;
    CommissionView commission_view{};
    ImportView import_view{};
    ForecastView forecast_view{};
    DocumentState doc{};
    PlatformRequests requests{};
    bool can_pick_files = false;    // the platform has a file picker (browser); else a path field
    bool touch = false;             // the last pointer was a finger (the platform says so)
    ProbeLog probes{};              // read-only view of widgets for the browser tests
    double wake_at = -1;            // ImGui time the app needs a frame without input (-1: never)
    Theme applied_theme = Theme::Count;
};

// One-time ImGui set-up (ini file off, keyboard navigation on) and fonts/style for `scale`.
void app_init(AppState& app, float scale);
// Rebuilds fonts and style for a new display scale. The caller re-uploads the font texture.
void app_set_scale(AppState& app, float scale);
// Draws the whole UI. Returns true while an animation wants more frames.
bool app_frame(AppState& app);
// The platform delivers a file the user chose (picker, dropped on the window, typed path).
void app_file_opened(AppState& app, std::string name, std::string bytes);
void app_file_failed(AppState& app, std::string name, std::string reason);
// The platform made a share link (the page's address + fragment) and copied it, or could not copy.
void app_share_link_made(AppState& app, const std::string& link, bool copied);
// The platform offered a download: `where` says where it went (a path natively), or why not.
void app_download_done(AppState& app, const std::string& name, bool ok, const std::string& where);

} // namespace quotient
