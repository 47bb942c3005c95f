// Panels whose engines land in later releases. They say so plainly instead of faking numbers.
#include "app/panels.h"
#include "app/ui.h"
#include "imgui.h"

namespace quotient {

struct PendingInfo {
    Panel panel;
    const char* title;
    const char* release;
    const char* what;
};

static const PendingInfo pending[] = {
    {Panel::Glossary, "Glossary", "Arrives in release 0.5.",
     "About 80 sales terms explained in English, Simplified Chinese, French and Romanian."},
};

void draw_pending_panel(AppState& app, Panel panel) {
    for (const PendingInfo& p : pending) {
        if (p.panel != panel) continue;
        panel_header(app, p.title, p.what);
        ImGui::TextUnformatted(T(p.release));
        probe_item(app.probes, "pending.release", 0, T(p.release));
    }
}

} // namespace quotient
