// One function per panel; each edits the AppState's scenario and returns true while it animates.
#pragma once
#include "app/app.h"

namespace quotient {

bool draw_plan_panel(AppState& app);
bool draw_funnel_panel(AppState& app);
bool draw_settings_panel(AppState& app);
bool draw_pipeline_panel(AppState& app);
// The Pipeline panel's History view (pipeline_history_view.cpp).
void draw_history_view(AppState& app);
bool draw_kpis_panel(AppState& app);
bool draw_commission_panel(AppState& app);
bool draw_scenarios_panel(AppState& app);
bool draw_forecast_panel(AppState& app);
// The earnings curves of one or two plans (payout against attainment, commission_chart.cpp),
// drawn into the rectangle at the cursor, each with up to two marked points (now, what if).
struct EarningsPoint;
struct EarningsCurveView {
    const std::vector<EarningsPoint>* points = nullptr;
    const char* label = "";
    int marks = 0;                  // marked points set below
    double mark_attainment[2] = {};
    int64_t mark_payout[2] = {};    // minor units
};
void draw_earnings_chart(AppState& app, const EarningsCurveView* curves, int count, float width, float height);
// Pieces of the Pipeline panel: the review sheet of one deal (deal_review.cpp) and the
// placement chart (pipeline_chart.cpp). draw_deal_review returns true when the user confirmed
// deleting the deal.
struct Deal;
struct DealResult;
struct PipelineTotals;
bool draw_deal_review(AppState& app, Deal& deal, const DealResult* result);
void draw_placement_chart(AppState& app, const PipelineTotals& totals, float width, float height);
// CRM CSV import (import_dialog.cpp): the button that starts it, and the modal dialog, drawn
// by the shell every frame.
bool import_csv_button(AppState& app);
void draw_import_dialog(AppState& app);
// Panels whose calculators are not built yet: what they will do and which release brings them.
void draw_pending_panel(AppState& app, Panel panel);

} // namespace quotient
