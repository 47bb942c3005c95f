// The placement chart: Miller Heiman's funnel drawn with ImDrawList. Deals above the funnel sit
// in a band over its mouth, deals in the funnel in its body, the best few in its narrow neck;
// each shows its deal count and value. Beside each band, two bars compare the band's share of
// the pipeline's value with the share of the seller's week spent on those accounts: a best-few
// band holding most of the value but little of the time is where to act.
#include <algorithm>
#include <cstdio>
#include "app/panels.h"
#include "app/ui.h"
#include "core/format.h"
#include "core/pipeline.h"
#include "imgui.h"

namespace quotient {

// A trapezoid with a vertical gradient (top edge half-width w0, bottom edge half-width w1).
static void band(ImDrawList* dl, float cx, float y0, float y1, float w0, float w1, ImU32 top, ImU32 bottom) {
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(6, 4);
    const ImDrawIdx base = ImDrawIdx(dl->_VtxCurrentIdx);
    dl->PrimWriteVtx(ImVec2(cx - w0, y0), uv, top);
    dl->PrimWriteVtx(ImVec2(cx + w0, y0), uv, top);
    dl->PrimWriteVtx(ImVec2(cx + w1, y1), uv, bottom);
    dl->PrimWriteVtx(ImVec2(cx - w1, y1), uv, bottom);
    dl->PrimWriteIdx(base); dl->PrimWriteIdx(ImDrawIdx(base + 1)); dl->PrimWriteIdx(ImDrawIdx(base + 2));
    dl->PrimWriteIdx(base); dl->PrimWriteIdx(ImDrawIdx(base + 2)); dl->PrimWriteIdx(ImDrawIdx(base + 3));
}

// A labelled share bar: a track, the filled share and the percentage after it.
static void share_bar(ImDrawList* dl, ImVec2 at, float width, float height, double share, ImU32 fill, ImU32 track,
                      ImU32 text, const std::string& label, float pad) {
    dl->AddRectFilled(at, ImVec2(at.x + width, at.y + height), track, height * 0.3f);
    const float filled = width * float(std::clamp(share, 0.0, 1.0));
    if (filled > 0) dl->AddRectFilled(at, ImVec2(at.x + filled, at.y + height), fill, height * 0.3f);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    dl->AddText(ImVec2(at.x + width + pad, at.y + (height - ts.y) * 0.5f), text, label.c_str());
}

void draw_placement_chart(AppState& app, const PipelineTotals& totals, float width, float height) {
    if (width < 120 || height < 90) return;
    const ChartColors colors = chart_colors(app.theme);
    const Locale loc = locale_for(app.scenario.locale);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float s = app.ui_scale;

    // Legend line, then one row per placement.
    const float legend_h = ImGui::GetTextLineHeightWithSpacing() * 1.4f;
    const float funnel_w = width * 0.42f;
    const float bars_x = origin.x + funnel_w + 14 * s;
    const float bars_w = std::max(40.0f, width - funnel_w - 14 * s - 60 * s);
    const ImU32 time_fill = colors.label_muted;
    const ImU32 track = ImGui::GetColorU32(ImGuiCol_FrameBg);
    {
        const float sw = 10 * s, y = origin.y + 4 * s;
        dl->AddRectFilled(ImVec2(bars_x, y), ImVec2(bars_x + sw, y + sw), colors.band_top);
        dl->AddText(ImVec2(bars_x + sw + 4 * s, y - 3 * s), colors.label_muted, T("Share of pipeline value"));
        const float y2 = y + ImGui::GetTextLineHeight();
        dl->AddRectFilled(ImVec2(bars_x, y2), ImVec2(bars_x + sw, y2 + sw), time_fill);
        dl->AddText(ImVec2(bars_x + sw + 4 * s, y2 - 3 * s), colors.label_muted, T("Share of your week"));
    }

    const float gap = 6 * s;
    const float row_h = std::min(86 * s, (height - legend_h - 2 * gap) / 3);
    const float cx = origin.x + funnel_w * 0.5f;
    // Half-widths of the edges: a wide band over the mouth, the body narrowing, then the neck.
    const float half = funnel_w * 0.5f;
    const float edges[3][2] = {{half, half}, {half * 0.95f, half * 0.55f}, {half * 0.5f, half * 0.42f}};
    char buf[160];
    for (Placement p : all_placements) {
        const size_t i = size_t(p);
        const BucketTotal& b = totals.buckets[i];
        const float y0 = origin.y + legend_h + float(i) * (row_h + gap), y1 = y0 + row_h;
        const bool best = p == Placement::BestFew;
        const ImU32 top = best ? colors.bottleneck_top : colors.band_top;
        const ImU32 bottom = best ? colors.bottleneck_bottom : colors.band_bottom;
        if (p == Placement::AboveFunnel) {
            // Above the funnel: not in it yet, so an outline rather than a filled band.
            dl->AddRect(ImVec2(cx - half, y0), ImVec2(cx + half, y1), colors.band_top, 6 * s, 0, 2 * s);
        } else {
            band(dl, cx, y0, y1, edges[i][0], edges[i][1], top, bottom);
        }
        // Inside the band its name and deal count; beside it the amount over the two share bars.
        const std::string amount = format_money(b.amount, loc);
        const ImU32 text = p == Placement::AboveFunnel ? colors.label_muted : colors.label;
        const char* name = T(placement_name(p));
        const ImVec2 ns = ImGui::CalcTextSize(name);
        dl->AddText(ImVec2(cx - ns.x * 0.5f, y0 + row_h * 0.5f - ns.y), text, name);
        std::snprintf(buf, sizeof buf, "%s %s", format_count(b.deals, loc).c_str(), T(b.deals == 1 ? "deal" : "deals"));
        const ImVec2 cs = ImGui::CalcTextSize(buf);
        dl->AddText(ImVec2(cx - cs.x * 0.5f, y0 + row_h * 0.5f), text, buf);

        const float line_h = ImGui::GetTextLineHeight();
        const float bar_h = std::min(12 * s, (row_h - line_h) * 0.3f);
        const float bars_y = y0 + (row_h - line_h - 2 * bar_h - 6 * s) * 0.5f;
        dl->AddText(ImVec2(bars_x, bars_y), colors.label, amount.c_str());
        share_bar(dl, ImVec2(bars_x, bars_y + line_h + 2 * s), bars_w, bar_h, b.value_share, colors.band_top, track,
                  colors.label, format_percent(b.value_share, loc, 0), 6 * s);
        if (totals.time_shares.ok()) {
            const double t = totals.time_shares.value[i];
            share_bar(dl, ImVec2(bars_x, bars_y + line_h + bar_h + 6 * s), bars_w, bar_h, t, time_fill, track,
                      colors.label_muted, format_percent(t, loc, 0), 6 * s);
        }

        // Hover: what the band holds and when its decisions fall.
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y0));
        std::snprintf(buf, sizeof buf, "##bucket%zu", i);
        ImGui::InvisibleButton(buf, ImVec2(width, row_h));
        std::snprintf(buf, sizeof buf, "pipeline.bucket.%zu", i);
        probe_item(app.probes, buf, b.deals, amount);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(T(placement_name(p)));
            ImGui::TextDisabled("%s", T(placement_horizon(p)));
            ImGui::Text("%s: %d", T("Deals"), b.deals);
            ImGui::Text("%s: %s", T("Amount"), amount.c_str());
            ImGui::Text("%s: %s", T("Expected value"), format_money(b.expected, loc).c_str());
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + legend_h + 3 * (row_h + gap)));
}

} // namespace quotient
