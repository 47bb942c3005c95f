// One function per panel; each edits the AppState's scenario and returns true while it animates.
#pragma once
#include "app/app.h"

namespace quotient {

bool draw_funnel_panel(AppState& app);
bool draw_settings_panel(AppState& app);
// Panels whose calculators are not built yet: what they will do and which release brings them.
void draw_pending_panel(AppState& app, Panel panel);


} // namespace quotient
