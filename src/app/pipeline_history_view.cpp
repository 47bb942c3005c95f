// The Pipeline panel's History view: what the won and lost deals say (deal_history.h), for the
// team, each owner and each product, bookings per month as bars, and Calibrate, which sets the
// funnel's last rate, its average deal and the plan's sales cycle from them.
#include <algorithm>
#include <cstdio>
#include "app/panels.h"
#include "app/theme.h"
#include "app/ui.h"
#include "core/deal_history.h"
#include "imgui.h"

namespace quotient {

static std::string rate_text(const AppState& app, const Outcome<double>& r) {
    return r.ok() ? format_percent(r.value, locale_for(app.scenario.locale), 1) : std::string("\u2014");
}
static std::string money_text(const AppState& app, const Outcome<Money>& m) {
    return m.ok() ? format_money(m.value, locale_for(app.scenario.locale)) : std::string("\u2014");
}
static std::string days_text(const AppState& app, const Outcome<double>& d) {
    return d.ok() ? format_count(d.value, locale_for(app.scenario.locale), decimals_needed(d.value, 1)) + " " + T("days")
                  : std::string("\u2014");
}

// A withheld figure says why under the cards, once per reason.
static void withheld(const HistoryFigures& h) {
    const Problem* reasons[] = {&h.win_rate_by_count.problem, &h.average_won.problem, &h.cycle_median_days.problem};
    for (const Problem* p : reasons)
        if (p->code) note(p->message);
}

static void draw_figures(AppState& app, const HistoryFigures& h) {
    const Locale loc = locale_for(app.scenario.locale);
    FigureRow row = figure_row(4);
    const std::string by_count = rate_text(app, h.win_rate_by_count);
    figure(app, row, "Win rate (deals)", by_count);
    probe_item(app.probes, "history.win_rate", h.win_rate_by_count.ok() ? h.win_rate_by_count.value : -1, by_count);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", Tf("{} won of {} closed", {format_count(h.won.deals, loc),
                                                          format_count(h.won.deals + h.lost.deals, loc)}).c_str());
    const std::string by_value = rate_text(app, h.win_rate_by_value);
    figure(app, row, "Win rate (value)", by_value);
    probe_item(app.probes, "history.win_rate_value", h.win_rate_by_value.ok() ? h.win_rate_by_value.value : -1, by_value);
    const std::string average = money_text(app, h.average_won);
    figure(app, row, "Average won deal", average);
    probe_item(app.probes, "history.average_won", h.average_won.ok() ? double(h.average_won.value.minor) : -1, average);
    const std::string median = money_text(app, h.median_won);
    figure(app, row, "Median won deal", median);
    const std::string cycle = days_text(app, h.cycle_median_days);
    figure(app, row, "Sales cycle (median)", cycle);
    probe_item(app.probes, "history.cycle", h.cycle_median_days.ok() ? h.cycle_median_days.value : -1, cycle);
    if (ImGui::IsItemHovered() && h.cycle_median_days.ok())
        ImGui::SetTooltip("%s", Tf("mean {}, 80th percentile {}, on {} won deals from creation to close",
                                   {days_text(app, h.cycle_mean_days), days_text(app, h.cycle_p80_days),
                                    format_count(h.cycle_deals, loc)}).c_str());
    withheld(h);
}

// Bookings per month, a bar each, the amount on hover.
static void draw_months(AppState& app, const std::vector<MonthBookings>& months) {
    if (months.empty()) return;
    const Locale loc = locale_for(app.scenario.locale);
    const float s = app.ui_scale, height = 140 * s;
    const float width = ImGui::GetContentRegionAvail().x;
    if (width < 1) return;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##history.months", ImVec2(width, height));
    probe_item(app.probes, "history.months", double(months.size()));
    int64_t top = 1;
    for (const MonthBookings& m : months) top = std::max(top, m.won.amount.minor);
    const ChartColors colors = chart_colors(app.theme);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float label_h = ImGui::GetTextLineHeight(), bar_w = width / float(months.size());
    for (size_t i = 0; i < months.size(); ++i) {
        const MonthBookings& m = months[i];
        const float x0 = p0.x + bar_w * float(i) + 1, x1 = x0 + std::max(1.0f, bar_w - 2);
        const float h = (height - label_h - 4) * float(double(m.won.amount.minor) / double(top));
        const float y1 = p0.y + height - label_h - 2;
        dl->AddRectFilledMultiColor(ImVec2(x0, y1 - h), ImVec2(x1, y1), colors.band_top, colors.band_top,
                                    colors.band_bottom, colors.band_bottom);
        char label[16];
        std::snprintf(label, sizeof label, "%02d/%02d", m.month, m.year % 100);
        if (bar_w > ImGui::CalcTextSize(label).x + 4)
            dl->AddText(ImVec2(x0, y1 + 2), colors.label_muted, label);
        if (ImGui::IsItemHovered() && ImGui::GetIO().MousePos.x >= x0 - 1 && ImGui::GetIO().MousePos.x < x1 + 1)
            ImGui::SetTooltip("%s: %s (%s)", label, format_money(m.won.amount, loc).c_str(),
                              Tf(m.won.deals == 1 ? "{} deal" : "{} deals", {format_count(m.won.deals, loc)}).c_str());
    }
}

// Owners or products, a row each.
static void draw_groups(AppState& app, const char* id, const char* title, const std::vector<HistoryGroup>& groups) {
    if (groups.size() < 2) return;     // one owner (or none named) is the team itself
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!begin_readable_table(app, id, 6, flags, 640, groups.size())) return;
    ImGui::TableSetupColumn(T(title));
    for (const char* c : {"Won", "Lost", "Win rate (deals)", "Average won deal", "Sales cycle (median)"})
        ImGui::TableSetupColumn(T(c));
    ImGui::TableHeadersRow();
    const Locale loc = locale_for(app.scenario.locale);
    for (const HistoryGroup& g : groups) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(g.key.empty() ? T("(none given)") : g.key.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted((format_count(g.figures.won.deals, loc) + " \u00B7 " + format_money(g.figures.won.amount, loc)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_count(g.figures.lost.deals, loc).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rate_text(app, g.figures.win_rate_by_count).c_str());
        if (!g.figures.win_rate_by_count.ok() && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", T(g.figures.win_rate_by_count.problem.message));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(money_text(app, g.figures.average_won).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(days_text(app, g.figures.cycle_median_days).c_str());
    }
    ImGui::EndTable();
}

// Calibrate: what each setting is and would become; one click sets them (an undoable edit).
static void draw_calibrate(AppState& app, const HistoryFigures& h) {
    Scenario& sc = app.scenario;
    const Locale loc = locale_for(sc.locale);
    const Calibration c = calibrate(sc.funnel, sc.plan.sales_cycle_days, h);
    ImGui::TextUnformatted(T("Calibrate the funnel on this history"));
    if (sc.funnel.stages.size() >= 2) {
        const size_t last = sc.funnel.stages.size() - 2;
        ImGui::BulletText("%s", Tf("{} converts to won: {} \u2192 {}", {sc.funnel.stages[last].name,
                                                                     format_percent(sc.funnel.stages[last].rate_to_next, loc, 1),
                                                                     format_percent(c.funnel.stages[last].rate_to_next, loc, 1)}).c_str());
    }
    ImGui::BulletText("%s", Tf("Average deal: {} \u2192 {}", {format_money(sc.funnel.average_deal, loc),
                                                               format_money(c.funnel.average_deal, loc)}).c_str());
    ImGui::BulletText("%s", Tf("Sales cycle: {} \u2192 {} days", {format_count(sc.plan.sales_cycle_days, loc),
                                                                   format_count(c.sales_cycle_days, loc)}).c_str());
    ImGui::BeginDisabled(c.changed == 0);
    if (ImGui::Button(T("Calibrate"))) {
        sc.funnel = c.funnel;
        sc.plan.sales_cycle_days = c.sales_cycle_days;
        apply_sales_plan(sc);
    }
    ImGui::EndDisabled();
    probe_item(app.probes, "history.calibrate", c.changed);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", T(c.changed ? "Sets these three from your closed deals; Undo puts them back."
                                            : "Nothing to change: the funnel already matches, or history is too thin."));
}

void draw_history_view(AppState& app) {
    const Scenario& sc = app.scenario;
    const DealHistory h = deal_history(sc.deals, sc.plan.currency);
    if (h.all.won.deals + h.all.lost.deals == 0) {
        note("No closed deals yet. Mark deals won or lost in their review, or import a CRM export with its "
             "closed deals: the win rate, deal size and sales cycle your team really has show here.");
        return;
    }
    draw_figures(app, h.all);
    ImGui::Spacing();
    ImGui::TextUnformatted(T("Bookings per month"));
    draw_months(app, h.all.by_month);
    ImGui::Spacing();
    draw_groups(app, "##history.owners", "Owner", h.by_owner);
    draw_groups(app, "##history.products", "Product", h.by_product);
    ImGui::Separator();
    draw_calibrate(app, h.all);
}

} // namespace quotient
