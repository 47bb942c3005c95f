// The funnel drawn with ImDrawList: one band per stage, its width proportional to the stage's
// count, shaded top to bottom, the bottleneck in a warm colour. Names sit left of the funnel,
// conversion rates right of it, counts inside. Hovering a band shows how its count was worked out.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "app/funnel_views.h"
#include "app/ui.h"
#include "imgui.h"

namespace quotient {

// A trapezoid with a vertical gradient, written as two triangles with per-vertex colours.
static void band(ImDrawList* dl, ImVec2 top_l, ImVec2 top_r, ImVec2 bot_l, ImVec2 bot_r, ImU32 top, ImU32 bottom) {
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(6, 4);
    const ImDrawIdx base = ImDrawIdx(dl->_VtxCurrentIdx);
    dl->PrimWriteVtx(top_l, uv, top);
    dl->PrimWriteVtx(top_r, uv, top);
    dl->PrimWriteVtx(bot_r, uv, bottom);
    dl->PrimWriteVtx(bot_l, uv, bottom);
    dl->PrimWriteIdx(base); dl->PrimWriteIdx(ImDrawIdx(base + 1)); dl->PrimWriteIdx(ImDrawIdx(base + 2));
    dl->PrimWriteIdx(base); dl->PrimWriteIdx(ImDrawIdx(base + 2)); dl->PrimWriteIdx(ImDrawIdx(base + 3));
}

// Share of the full width a stage gets: proportional to its count, never thinner than a
// sliver so that a tiny stage stays visible and hoverable.
static float width_share(double count, double top) {
    if (top <= 0) return 0.08f;
    return std::max(0.08f, float(count / top));
}

bool draw_funnel_chart(AppState& app, const ChartBands& bands, float width, float height) {
    const size_t n = bands.counts.size();
    if (n == 0 || width < 50 || height < 50) return false;
    const ChartColors colors = chart_colors(app.theme);
    const Funnel& funnel = app.scenario.funnel;
    const Locale loc = locale_for(app.scenario.locale);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float s = app.ui_scale;

    // Gutters for the stage names (left) and conversion rates (right).
    const float left = std::min(150 * s, width * 0.28f), right = 70 * s;
    const float funnel_w = width - left - right;
    const float cx = origin.x + left + funnel_w * 0.5f;
    const float gap = 4 * s;
    const float band_h = std::min(70 * s, (height - gap * float(n)) / float(n));
    // Kept in framebuffer pixels for the PNG export, which reads them back from the frame.
    const ImVec2 fb = ImGui::GetIO().DisplayFramebufferScale;
    float* rect = app.funnel_view.chart_rect;
    rect[0] = origin.x * fb.x, rect[1] = origin.y * fb.y;
    rect[2] = width * fb.x, rect[3] = float(n) * (band_h + gap) * fb.y;

    // Ease displayed widths towards the computed ones so a trainer's audience sees the change.
    std::vector<float>& shown = app.funnel_view.shown_width;
    if (shown.size() != n + 1) shown.assign(n + 1, -1.0f);
    bool moving = false;
    const float dt = std::clamp(ImGui::GetIO().DeltaTime, 0.0f, 0.1f);
    const float ease = 1.0f - std::exp(-dt * 14.0f);
    for (size_t i = 0; i <= n; ++i) {
        // Edge i is the top of band i; the bottom edge of the last band narrows a little further.
        float target = i < n ? width_share(bands.counts[i], bands.counts[0])
                             : width_share(bands.counts[n - 1], bands.counts[0]) * 0.85f;
        if (shown[i] < 0) shown[i] = target;
        shown[i] += (target - shown[i]) * ease;
        if (std::fabs(target - shown[i]) > 0.0005f) moving = true;
        else shown[i] = target;
    }

    char buf[160];
    for (size_t i = 0; i < n; ++i) {
        const float y0 = origin.y + float(i) * (band_h + gap), y1 = y0 + band_h;
        const float w0 = shown[i] * funnel_w * 0.5f, w1 = shown[i + 1] * funnel_w * 0.5f;
        const bool hot = int(i) == bands.highlight;
        band(dl, ImVec2(cx - w0, y0), ImVec2(cx + w0, y0), ImVec2(cx - w1, y1), ImVec2(cx + w1, y1),
             hot ? colors.bottleneck_top : colors.band_top, hot ? colors.bottleneck_bottom : colors.band_bottom);

        // Count inside the band, name to the left, rate to the right.
        const std::string& count = bands.labels[i];
        ImVec2 ts = ImGui::CalcTextSize(count.c_str());
        const float ty = y0 + (band_h - ts.y) * 0.5f;
        const bool fits = ts.x + 8 * s < std::min(w0, w1) * 2;
        dl->AddText(ImVec2(fits ? cx - ts.x * 0.5f : cx + std::max(w0, w1) + 6 * s, ty),
                    fits ? colors.label : colors.label_muted, count.c_str());
        const char* name = i < funnel.stages.size() ? funnel.stages[i].name.c_str() : "";
        ImVec2 ns = ImGui::CalcTextSize(name);
        dl->PushClipRect(ImVec2(origin.x, y0), ImVec2(origin.x + left - 8 * s, y1), true);
        dl->AddText(ImVec2(std::max(origin.x, origin.x + left - 8 * s - ns.x), ty), colors.label_muted, name);
        dl->PopClipRect();
        if (i + 1 < n && i < funnel.stages.size()) {
            // The share that goes on to the next stage, written as the rate slider writes it (a
            // tenth of a percent); the column says "convert" above the first arrow, so that a bare
            // "40%" is not read as a drop.
            std::string rate = "\u2193 " + format_percent(funnel.stages[i].rate_to_next, loc, 1);
            if (i == 0)
                dl->AddText(ImVec2(origin.x + width - right + 8 * s, y0), colors.label_muted, T("convert"));
            dl->AddText(ImVec2(origin.x + width - right + 8 * s, y1 - ts.y * 0.5f + gap * 0.5f),
                        hot ? colors.bottleneck_top : colors.label_muted, rate.c_str());
        }

        // Hover: the working behind this count, with the user's numbers.
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y0));
        std::snprintf(buf, sizeof buf, "##band%zu", i);
        ImGui::InvisibleButton(buf, ImVec2(width, band_h));
        std::snprintf(buf, sizeof buf, "funnel.band.%zu", i);
        probe_item(app.probes, buf, bands.counts[i], count);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(name);
            if (i < bands.working.size()) ImGui::TextUnformatted(bands.working[i].c_str());
            if (hot && !bands.highlight_note.empty()) ImGui::TextUnformatted(bands.highlight_note.c_str());
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + float(n) * (band_h + gap)));
    return moving;
}

} // namespace quotient
