// Dark and light themes, and the accent colours the charts share with the widgets.
#pragma once

namespace quotient {

enum class Theme { Dark, Light, Count };

// Resets ImGui's style to `theme` at `scale` (sizes are scaled from scratch each time, so
// repeated calls never compound).
void apply_theme(Theme theme, float scale);

struct ChartColors {
    unsigned int band_top, band_bottom;     // gradient of a funnel band (ImU32)
    unsigned int bottleneck_top, bottleneck_bottom;
    unsigned int label, label_muted, error;
};
ChartColors chart_colors(Theme theme);

} // namespace quotient
