// Small helpers every panel uses: the translation lookup and shared widgets.
#pragma once
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include "core/i18n.h"
#include "core/outcome.h"
#include "core/period_calendar.h"

struct ImFont;

namespace quotient {

struct AppState;

// The UI's translation lookup: every user-visible string goes through T().
void set_ui_language(Language lang);
const char* T(const char* english);
// T(english) with each "{}" replaced by the next of `args`, in order: the translation decides
// where the particulars go.
std::string Tf(const char* english, std::initializer_list<std::string_view> args);

// A panel title in the heading font, with a one-line description under it.
void panel_header(const AppState& app, const char* title, const char* subtitle);
// Shows `problem` in the error colour when it concerns `field` (or any field if field is "").
bool field_error(const Problem& problem, const char* field);

// [SECTION] Checked inputs: the one way a number is typed
// A field shows its value formatted as everywhere else (format_money, format_percent,
// format_count in the scenario's locale). Clicked, it holds the text the user types (AppState::
// entry) and stores nothing until Enter, Tab or a click elsewhere; Escape, or Enter on the text
// unchanged, stores nothing. The text is read by the core (parse_number.h) as the locale writes
// numbers, with no hidden arithmetic; text that cannot be read, or a value `check` refuses,
// keeps the old value and shows the reason under the field until a value is stored.
// Negative numbers are refused as typed unless a `check` is given, which then decides (a rating
// of -3 is fine). The test probe is the id without its leading "##", its refusal "<probe>.error".
// Each returns true when it stored a new value.
struct Money;
bool money_input(AppState& app, const char* id, Money& m, float width, Problem (*check)(const Money&) = nullptr);
bool percent_input(AppState& app, const char* id, double& rate, float width, Problem (*check)(double) = nullptr);
bool count_input(AppState& app, const char* id, int& value, float width, Problem (*check)(int) = nullptr);
// A number with at most `decimals` decimals (0: whole), shown with as many as it needs.
bool number_input(AppState& app, const char* id, double& value, int decimals, float width,
                  Problem (*check)(double) = nullptr);
// A calendar date typed as YYYY-MM-DD, checked the same way.
struct CivilDate;
bool date_input(AppState& app, const char* id, CivilDate& date, float width);

// What the fields above are made of, for values they do not cover (a KPI input that may be
// absent, a date): shows `shown`; when the user has typed, calls `read(text)`, which stores the
// value and returns no problem, or returns why not (and stores nothing). `hint` shows in an
// empty field. Call show_entry_problem(app, id, probe) after it (and after its probe): it shows
// the field's refusal and returns true when there is one.
bool entry_field(AppState& app, const char* id, const std::string& shown, float width,
                 const std::function<Problem(const std::string&)>& read, const char* hint = nullptr);
bool show_entry_problem(AppState& app, const char* id, const char* probe);
// Drops the refusal messages of the fields whose ids start with `id_prefix` ("##deal.").
void forget_entry_problems(AppState& app, const char* id_prefix);

// A percentage slider over a rate 0..1 that stores what it shows (0.1% steps: 0.333, never
// 0.33299999), labelled in the locale's percent format. Ctrl+click turns it into a checked field
// for a percentage with at most one decimal, never clamped: out-of-range rates are reported by
// the core. Its refusals show where the caller calls show_entry_problem(app, id, probe) after
// its probe. Returns true when the rate changed.
bool rate_slider(AppState& app, const char* id, double& rate, float width);
// Today's date on this device's calendar (local time).
CivilDate today();

// "Month", "Quarter", "Year" (English, the translation key).
const char* period_name(PlanPeriod p);

// A field with its label above it, in a row of such fields: begin_labelled starts the group on
// the next line when `field_width` (or the label) would not fit beside the one before, so a row of
// inputs wraps on a phone instead of running off the screen; end_labelled ends it.
void begin_labelled(const char* label, float field_width = 0);
void end_labelled();

// An explanation in muted text, `english` translated, wrapped at the edge of the window or cell.
void note(const char* english);

// Puts the next item of `width` pixels on the current line when it fits before the window's
// right edge, else starts a new line (radio buttons and fields in a row wrap on a phone).
void same_line_if_fits(float width);

// BeginTable for a table of `rows` rows under a header, with `flags` (ImGuiTableFlags). Its
// columns never get narrower than `min_width` (logical pixels) in all: in a narrower window it
// scrolls sideways with its first column held in place, rather than squeezing its columns below
// what they need to be read.
bool begin_readable_table(const AppState& app, const char* id, int columns, int flags, float min_width, size_t rows);

// ImGui::BeginTabItem with the label translated and a probe `id` (1 while open).
bool tab_item(AppState& app, const char* label, const char* id);

// A label in muted text followed by a value in the figure font.
void figure(const AppState& app, const char* label, const std::string& value);

// Figures side by side in `columns` equal columns; one that would not fit on the line starts the
// next (a phone shows two a line, or one; a long amount takes two columns). Place each item with
// next_in_row(row, its width) before drawing it, or call figure(app, row, ...).
struct FigureRow {
    float width = 0;                // the row's width
    int columns = 4;
    float x = 0;                    // where the next item starts on the current line
};
FigureRow figure_row(int columns);
void next_in_row(FigureRow& row, float item_width);
void figure(const AppState& app, FigureRow& row, const char* label, const std::string& value);

} // namespace quotient
