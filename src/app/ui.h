// Small helpers every panel uses: the translation lookup and shared widgets.
#pragma once
#include <string>
#include "core/i18n.h"
#include "core/outcome.h"

struct ImFont;

namespace quotient {

struct AppState;

// The UI's translation lookup: every user-visible string goes through T().
void set_ui_language(Language lang);
const char* T(const char* english);

// A panel title in the heading font, with a one-line description under it.
void panel_header(const AppState& app, const char* title, const char* subtitle);
// Shows `problem` in the error colour when it concerns `field` (or any field if field is "").
bool field_error(const Problem& problem, const char* field);
// A label in muted text followed by a value in the figure font.
void figure(const AppState& app, const char* label, const std::string& value);

} // namespace quotient
