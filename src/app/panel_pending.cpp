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
    {Panel::Pipeline, "Pipeline", "Arrives in release 0.2.",
     "Your deals in a sortable table with the Miller Heiman deal review: fund % and competition %, "
     "placement above, in or in the best few of the funnel, weighted pipeline, coverage and velocity."},
    {Panel::Kpis, "KPIs", "Arrives in release 0.3.",
     "Every sales and SaaS KPI in one place (CAC, LTV, churn, NRR, win rate, NPS...) with the "
     "formula shown on your own numbers."},
    {Panel::Commission, "Commission", "Arrives in release 0.4.",
     "Your compensation plan (tiers, accelerators, caps, draws, splits) and a statement you can check "
     "by hand: what this deal earns you, and what you need to close to reach your target."},
    {Panel::Forecast, "Forecast", "Arrives in release 0.6.",
     "Bookings forecast from history and from the pipeline, with its spread (P10, P50, P90)."},
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
