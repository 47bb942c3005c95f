// Pieces the Funnel panel's views share (panel_funnel.cpp, funnel_reverse_view.cpp,
// funnel_ideal_view.cpp, sales_formula_view.cpp, funnel_chart.cpp).
#pragma once
#include <functional>
#include <string>
#include <vector>
#include "app/panels.h"

namespace quotient {

// What the funnel chart draws: one band per stage.
struct ChartBands {
    std::vector<double> counts;         // band widths follow these, relative to the first
    std::vector<std::string> labels;    // shown inside (or beside) each band
    std::vector<std::string> working;   // hover text: how the count was worked out
    int highlight = -1;                 // band drawn in the warm colour (bottleneck)
    std::string highlight_note;         // extra hover line for the highlighted band
};

// Draws the bands into the rectangle at the cursor; widths ease towards new values.
// Returns true while they are still moving.
bool draw_funnel_chart(AppState& app, const ChartBands& bands, float width, float height);

// "stages[2].rate_to_next": the field name the core uses for a stage member.
std::string stage_field(size_t i, const char* member);
// Preset picker, volume / target / average deal as the current view needs them.
void draw_funnel_inputs(AppState& app, const Problem& problem);
// The name and conversion-rate cells of stage i's table row.
void draw_stage_name_and_rate(AppState& app, size_t i, const Problem& problem);
// The stage table with `extra_columns` after Stage and Converts to next, readable down to
// `min_width` (begin_readable_table).
bool begin_stage_table(const AppState& app, const char* id, int extra_columns, float min_width);
// A stage's row: its name and rate cells, under PushID(i) (the caller pops it).
void begin_stage_row(AppState& app, size_t i, const Problem& problem);
// Table and chart side by side (stacked when narrow), then the summary or the problem.
bool draw_table_chart_summary(AppState& app, const Problem& problem, const std::function<void()>& table,
                              const ChartBands& bands, const std::function<void()>& summary);

bool draw_reverse_view(AppState& app);
bool draw_ideal_view(AppState& app);
bool draw_sales_formula_view(AppState& app);

} // namespace quotient
