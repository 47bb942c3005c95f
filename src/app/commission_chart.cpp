// The earnings curve drawn with ImDrawList: payout against attainment for one or two plans,
// 100% attainment drawn stronger, each plan's marked points (where the rep is now, where the
// "what if" deal would take them). Hovering shows the payout at the attainment under the mouse.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "app/panels.h"
#include "app/ui.h"
#include "core/commission_payout.h"
#include "imgui.h"

namespace quotient {

void draw_earnings_chart(AppState& app, const EarningsCurveView* curves, int count, float width, float height) {
    if (count <= 0 || width < 120 || height < 100) return;
    const ChartColors colors = chart_colors(app.theme);
    const Locale loc = locale_for(app.scenario.locale);
    const float s = app.ui_scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float left = 96 * s, right = 16 * s, top = 24 * s, bottom = 26 * s;
    const ImVec2 p0(origin.x + left, origin.y + top), p1(origin.x + width - right, origin.y + height - bottom);

    // Scale: attainment from 0 to the longest curve's end, payout from 0 to the highest point.
    double max_attainment = 0, max_payout = 1;
    for (int c = 0; c < count; ++c) {
        for (const EarningsPoint& e : *curves[c].points) {
            max_attainment = std::max(max_attainment, e.attainment);
            max_payout = std::max(max_payout, double(e.payout.minor));
        }
        for (int m = 0; m < curves[c].marks; ++m) max_payout = std::max(max_payout, double(curves[c].mark_payout[m]));
    }
    if (max_attainment <= 0) return;
    const Currency currency = curves[0].points->front().payout.currency;
    auto at = [&](double attainment, double payout) {
        return ImVec2(p0.x + float(attainment / max_attainment) * (p1.x - p0.x),
                      p1.y - float(payout / max_payout) * (p1.y - p0.y));
    };

    // Grid: every 50% of attainment (100% stronger), four payout levels.
    for (int step = 0; step * 0.5 <= max_attainment + 1e-9; ++step) {
        const ImVec2 a = at(step * 0.5, 0), b = at(step * 0.5, max_payout);
        dl->AddLine(a, b, colors.label_muted, step == 2 ? 2 * s : 1);
        const std::string label = format_percent(step * 0.5, loc, 0);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(a.x - ts.x * 0.5f, p1.y + 4 * s), colors.label_muted, label.c_str());
    }
    for (int level = 0; level <= 4; ++level) {
        const double payout = max_payout * level / 4;
        const ImVec2 a = at(0, payout), b = at(max_attainment, payout);
        dl->AddLine(a, b, colors.label_muted, 1);
        const std::string label = format_money(Money{int64_t(std::llround(payout)), currency}, loc);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(p0.x - ts.x - 6 * s, a.y - ts.y * 0.5f), colors.label_muted, label.c_str());
    }

    // Curves, their marks and a legend line each.
    const ImU32 series[] = {colors.band_top, colors.bottleneck_top};
    float legend_x = p0.x;
    for (int c = 0; c < count; ++c) {
        const ImU32 colour = series[c % 2];
        std::vector<ImVec2> line;
        for (const EarningsPoint& e : *curves[c].points) line.push_back(at(e.attainment, double(e.payout.minor)));
        dl->AddPolyline(line.data(), int(line.size()), colour, 0, 2.5f * s);
        for (int m = 0; m < curves[c].marks; ++m) {
            const ImVec2 point =
                at(std::min(curves[c].mark_attainment[m], max_attainment), double(curves[c].mark_payout[m]));
            // The first mark (now) is filled, the second (what if) a ring.
            if (m == 0) dl->AddCircleFilled(point, 6 * s, colour);
            else dl->AddCircle(point, 7 * s, colors.label, 0, 2.5f * s);
        }
        dl->AddRectFilled(ImVec2(legend_x, origin.y + 6 * s), ImVec2(legend_x + 12 * s, origin.y + 16 * s), colour);
        dl->AddText(ImVec2(legend_x + 16 * s, origin.y + 2 * s), colors.label_muted, curves[c].label);
        legend_x += 16 * s + ImGui::CalcTextSize(curves[c].label).x + 24 * s;
    }

    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##earnings_chart", ImVec2(width, height));
    probe_item(app.probes, "commission.chart", count);
    if (ImGui::IsItemHovered()) {
        const double attainment =
            std::clamp(double((ImGui::GetIO().MousePos.x - p0.x) / (p1.x - p0.x)), 0.0, 1.0) * max_attainment;
        ImGui::BeginTooltip();
        ImGui::Text("%s %s", T("Attainment"), format_percent(attainment, loc, 0).c_str());
        for (int c = 0; c < count; ++c) {
            // The sampled point nearest the mouse: the chart shows samples, not new figures.
            const EarningsPoint* nearest = &curves[c].points->front();
            for (const EarningsPoint& e : *curves[c].points)
                if (std::fabs(e.attainment - attainment) < std::fabs(nearest->attainment - attainment)) nearest = &e;
            ImGui::Text("%s: %s %s %s", curves[c].label, format_money(nearest->payout, loc).c_str(), T("at"),
                        format_percent(nearest->attainment, loc, 0).c_str());
        }
        ImGui::EndTooltip();
    }
}

} // namespace quotient
