// Small helpers every panel uses: the translation lookup and shared widgets.
#pragma once
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
// An amount typed in major units (1234.56) into `m`, converted by the core's rounding rule.
// A value that cannot become Money keeps the old amount and shows why under the field.
// Returns true when the amount changed.
struct Money;
bool money_input(AppState& app, const char* id, Money& m, float width);
// A percentage slider over a rate 0..1; Ctrl+click types a value, which is never clamped:
// out-of-range rates are reported by the core. Returns true when the rate changed.
bool rate_slider(AppState& app, const char* id, double& rate, float width);
// Today's date on this device's calendar (local time).
CivilDate today();

// "Month", "Quarter", "Year" (English, the translation key).
const char* period_name(PlanPeriod p);

// A label in muted text followed by a value in the figure font.
void figure(const AppState& app, const char* label, const std::string& value);

} // namespace quotient
