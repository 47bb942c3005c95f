// The Pipeline panel: the deals in a sortable table, the pipeline's totals, the review sheet of
// the selected deal (deal_review.cpp) and the placement chart with the seller's week beside it
// (pipeline_chart.cpp). Every number comes from core/pipeline; this file edits the scenario and
// shows results.
//
// Index
// [SECTION] Settings row (add deal, quota, sales cycle)
// [SECTION] Deal table
// [SECTION] Totals
// [SECTION] Placement and the seller's week
// [SECTION] Panel
#include <algorithm>
#include <bit>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>
#include "app/panels.h"
#include "app/ui.h"
#include "core/format.h"
#include "core/pipeline.h"
#include "imgui.h"

namespace quotient {

// [SECTION] Settings row

// A new deal: in the funnel's first stage, closing in 90 days (inside the 3-6 month horizon of
// a deal in the funnel, where its default 25% + 50% places it), in the quota's currency.
static Deal new_deal(const Scenario& sc) {
    Deal d;
    d.name = T("New deal");
    d.amount = Money{0, sc.plan.currency};
    if (!sc.funnel.stages.empty()) d.stage = sc.funnel.stages.front().name;
    d.close_date = date_from_day_number(day_number(today()) + 90);
    return d;
}

// Returns the index of a deal just added, or -1.
static int draw_pipeline_settings(AppState& app) {
    Scenario& sc = app.scenario;
    const float w = 140 * app.ui_scale;
    int added = -1;
    ImGui::BeginGroup();
    ImGui::TextUnformatted("");   // the empty label line keeps the button level with the fields
    if (ImGui::Button(T("Add deal")) && sc.deals.size() < max_pipeline_deals) {
        sc.deals.push_back(new_deal(sc));
        added = int(sc.deals.size() - 1);
    }
    probe_item(app.probes, "pipeline.add", double(sc.deals.size()));
    ImGui::SameLine();
    import_csv_button(app);
    end_labelled();
    // The quota and the cycle are the sales plan's, edited here as in the Plan panel; a team
    // quota, when set, is what coverage is measured against, and says so.
    begin_labelled("Your quota", w);
    if (money_input(app, "##pipeline.quota", sc.plan.quota, w, check_quota)) apply_sales_plan(sc);
    end_labelled();
    begin_labelled("Team quota (optional)", w);
    money_input(app, "##pipeline.team_quota", sc.pipeline.team_quota, w, check_quota);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", T("A manager's quota for the team: coverage is measured against it. Leave at 0 to use your quota."));
    end_labelled();
    begin_labelled("Sales cycle (days)", w * 0.6f);
    count_input(app, "##pipeline.cycle_days", sc.plan.sales_cycle_days, w * 0.6f, check_sales_cycle_days);
    ImGui::EndGroup();
    return added;
}

// [SECTION] Deal table

enum DealColumn : int {
    ColDeal, ColAccount, ColStage, ColClose, ColAmount, ColFund, ColCompetition, ColPlacement, ColExpected,
    ColWeighted, ColFlags, ColumnCount
};

struct ColumnInfo {
    const char* name;
    float weight;
};
static const ColumnInfo columns[ColumnCount] = {
    {"Deal", 1.5f},     {"Account", 1.15f},  {"Stage", 0.95f},   {"Close", 0.9f},
    {"Amount", 1.0f},   {"Fund", 0.6f},      {"Comp.", 0.75f},   {"Placement", 1.3f},
    {"Expected", 1.0f}, {"Weighted", 1.0f},  {"Flags", 0.6f},
};

// Derived red flags plus the seller's own.
static int flag_count(const Deal& d, const DealResult* r) {
    return (r ? std::popcount(r->flags) : 0) + int(d.red_flags.size());
}

static const char* flag_message(DealFlag flag) {
    for (const DealFlagInfo& f : deal_flags)
        if (f.flag == flag) return f.message;
    return "";
}

static int three_way(const auto& a, const auto& b) { return a < b ? -1 : (b < a ? 1 : 0); }

// Negative, zero or positive as deal a sorts before, with or after deal b by `column`.
static int compare_deals(const std::vector<Deal>& deals, const PipelineResult* res, int column, size_t a, size_t b) {
    const Deal& x = deals[a];
    const Deal& y = deals[b];
    const DealResult* rx = res ? &res->deals[a] : nullptr;
    const DealResult* ry = res ? &res->deals[b] : nullptr;
    switch (column) {
    case ColDeal: return three_way(x.name, y.name);
    case ColAccount: return three_way(x.account, y.account);
    case ColStage: return rx ? three_way(rx->stage, ry->stage) : three_way(x.stage, y.stage);
    case ColClose: return three_way(day_number(x.close_date), day_number(y.close_date));
    case ColAmount: return three_way(x.amount.minor, y.amount.minor);
    case ColFund: return three_way(x.fund, y.fund);
    case ColCompetition: return three_way(x.competition, y.competition);
    case ColPlacement: return three_way(x.fund + x.competition, y.fund + y.competition);
    case ColExpected: return rx ? three_way(rx->expected.minor, ry->expected.minor) : 0;
    case ColWeighted: return rx ? three_way(rx->weighted.minor, ry->weighted.minor) : 0;
    case ColFlags: return three_way(flag_count(x, rx), flag_count(y, ry));
    }
    return 0;
}

// Row order as the table's sort specs ask (the input order when no column is sorted).
static std::vector<size_t> sorted_rows(const std::vector<Deal>& deals, const PipelineResult* res) {
    std::vector<size_t> order(deals.size());
    std::iota(order.begin(), order.end(), size_t(0));
    const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || specs->SpecsCount == 0) return order;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        for (int i = 0; i < specs->SpecsCount; ++i) {
            const ImGuiTableColumnSortSpecs& s = specs->Specs[i];
            if (int c = compare_deals(deals, res, int(s.ColumnUserID), a, b); c != 0)
                return s.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
        }
        return false;
    });
    return order;
}

// Text wider than its column is cut by the column's edge: hovering (or a tap) shows it whole.
static void tooltip_if_cut(const std::string& text) {
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth())
        ImGui::SetTooltip("%s", text.c_str());
}

static void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
    tooltip_if_cut(text);
}

static void draw_deal_table(AppState& app, const PipelineResult* res, int& selected, int scroll_to, float height) {
    const std::vector<Deal>& deals = app.scenario.deals;
    const Locale loc = locale_for(app.scenario.locale);
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
    // Columns stretch over the panel, but never below a readable width: a narrow window scrolls
    // the table sideways, with the deal's name kept in view.
    const float inner_w = std::max(ImGui::GetContentRegionAvail().x, 980 * app.ui_scale);
    if (!ImGui::BeginTable("##deals", ColumnCount, flags, ImVec2(0, height), inner_w)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    for (int c = 0; c < ColumnCount; ++c)
        ImGui::TableSetupColumn(T(columns[c].name), ImGuiTableColumnFlags_WidthStretch, columns[c].weight, ImGuiID(c));
    // The header row by hand (as TableHeadersRow does it) so that each header gets a probe.
    char id[64];
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ColumnCount; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::PushID(c);
        ImGui::TableHeader(T(columns[c].name));
        ImGui::PopID();
        std::snprintf(id, sizeof id, "pipeline.column.%d", c);
        probe_item(app.probes, id, c, T(columns[c].name));
    }

    for (size_t row : sorted_rows(deals, res)) {
        const Deal& d = deals[row];
        const DealResult* r = res ? &res->deals[row] : nullptr;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string label = (d.name.empty() ? std::string(T("Unnamed deal")) : d.name) + "##deal" + std::to_string(row);
        if (ImGui::Selectable(label.c_str(), selected == int(row), ImGuiSelectableFlags_SpanAllColumns)) selected = int(row);
        if (!d.name.empty()) tooltip_if_cut(d.name);
        if (scroll_to == int(row)) ImGui::SetScrollHereY();
        std::snprintf(id, sizeof id, "pipeline.deal.%zu.row", row);
        probe_item(app.probes, id, double(row), d.name);

        cell(d.account);
        if (d.state != DealState::Open) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", T(d.state == DealState::Won ? "Won" : "Lost"));
        } else if (r && r->stage < 0) {
            ImGui::TableNextColumn();
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(chart_colors(app.theme).error), "%s ?", d.stage.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(flag_message(flag_stage_not_in_funnel)));
        } else {
            cell(d.stage);
        }
        if (!d.close_date_known) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", T("no close date yet"));
        } else if (r && r->state == DealState::Open && r->when == CloseWhen::Overdue) {
            // Slipped: still open after its close date.
            ImGui::TableNextColumn();
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(chart_colors(app.theme).error), "%s !", iso_date(d.close_date).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(flag_message(flag_slipped)));
        } else {
            cell(iso_date(d.close_date));
        }
        ImGui::TableNextColumn();
        // A deal the CRM has no amount for yet is not a deal worth 0.
        const std::string amount = d.amount_known ? format_money(d.amount, loc) : std::string(T("no amount yet"));
        if (d.amount_known) ImGui::TextUnformatted(amount.c_str());
        else ImGui::TextDisabled("%s", amount.c_str());
        std::snprintf(id, sizeof id, "pipeline.deal.%zu.amount", row);
        probe_item(app.probes, id, double(d.amount.minor), amount);
        // Fund and competition nobody has judged are not shown as if somebody had.
        cell(d.reviewed ? format_percent(d.fund / 100.0, loc, 0) : "\u2014");
        cell(d.reviewed ? format_percent(d.competition / 100.0, loc, 0) : "\u2014");
        ImGui::TableNextColumn();
        if (r) {
            const char* placement = T(deal_placement_name(*r));
            if (r->reviewed) ImGui::TextUnformatted(placement);
            else ImGui::TextDisabled("%s", placement);
            std::snprintf(id, sizeof id, "pipeline.deal.%zu.placement", row);
            probe_item(app.probes, id, r->reviewed ? int(r->placement) : -1, placement);
            cell(format_money(r->expected, loc));
            std::snprintf(id, sizeof id, "pipeline.deal.%zu.expected", row);
            probe_item(app.probes, id, double(r->expected.minor), format_money(r->expected, loc));
            cell(r->stage >= 0 ? format_money(r->weighted, loc) : "\u2014");
        } else {
            cell("\u2014");
            cell("\u2014");
        }
        const int n_flags = flag_count(d, r);
        ImGui::TableNextColumn();
        if (n_flags > 0)
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(chart_colors(app.theme).error), "%d", n_flags);
    }
    ImGui::EndTable();
}

// [SECTION] Totals

// Open deals by when they close, on the plan's calendar: this period (what coverage counts), the
// next, later, and those that slipped past their close date.
static void draw_by_close(AppState& app, const PipelineTotals& t) {
    const Locale loc = locale_for(app.scenario.locale);
    const SalesPlan& plan = app.scenario.plan;
    const PeriodRange now = plan_period(plan, today());
    ImGui::TextDisabled("%s", Tf("Open deals by close date ({}):", {period_label(plan.period, now, plan.fiscal_year_start)}).c_str());
    struct Part { CloseWhen when; const char* label; };
    static const Part parts[] = {{CloseWhen::ThisPeriod, "This period"}, {CloseWhen::NextPeriod, "Next period"},
                                 {CloseWhen::Later, "Later"}, {CloseWhen::Overdue, "Slipped"}};
    for (const Part& p : parts) {
        const DealCount& c = t.by_close[size_t(p.when)];
        const std::string text = std::string(T(p.label)) + " " + format_money(c.amount, loc) + " (" + std::to_string(c.deals) + ")";
        // On the same line while it fits, else the next (a phone's width).
        ImGui::SameLine();
        if (ImGui::GetCursorScreenPos().x + ImGui::CalcTextSize(text.c_str()).x > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
            ImGui::NewLine();
        if (p.when == CloseWhen::Overdue && c.deals > 0)
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(chart_colors(app.theme).error), "%s", text.c_str());
        else
            ImGui::TextUnformatted(text.c_str());
        probe_item(app.probes, (std::string("pipeline.close.") + enum_id(close_when_ids, p.when)).c_str(),
                   double(c.amount.minor), text);
    }
}

static void draw_totals(AppState& app, const PipelineTotals& t) {
    const Locale loc = locale_for(app.scenario.locale);
    FigureRow flow = figure_row(5);

    const std::string open = format_money(t.open, loc);
    figure(app, flow, "Open pipeline", open);
    probe_item(app.probes, "pipeline.open", double(t.open.minor), open);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %d", T("Deals"), t.deals);

    const std::string weighted = format_money(t.weighted, loc);
    figure(app, flow, "Weighted pipeline", weighted);
    probe_item(app.probes, "pipeline.weighted", double(t.weighted.minor), weighted);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("Each deal's amount \u00D7 the win rate of its stage."));

    const std::string expected = format_money(t.expected, loc);
    figure(app, flow, "Expected value", expected);
    probe_item(app.probes, "pipeline.expected", double(t.expected.minor), expected);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", T("Each deal's amount \u00D7 fund % \u00D7 competition %; for a deal not reviewed, "
                                  "its amount \u00D7 the CRM's probability, or its weighted value."));

    const std::string coverage = t.coverage.ok() ? format_count(t.coverage.value, loc, 2) + "\u00D7"
                                                 : std::string(T(t.coverage.problem.message));
    figure(app, flow, app.scenario.pipeline.team_quota.minor > 0 ? "Coverage of team quota" : "Coverage of quota", coverage);
    probe_item(app.probes, "pipeline.coverage", t.coverage.value, coverage);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", T("Open deals closing this period \u00F7 the quota for the period; 3\u00D7 is a common rule."));

    const std::string won = format_money(t.won_this_period.amount, loc);
    figure(app, flow, "Won this period", won);
    probe_item(app.probes, "pipeline.won_this_period", double(t.won_this_period.amount.minor), won);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", Tf("{} deals won with a close date in this period; paid in the Commission panel.",
                                   {std::to_string(t.won_this_period.deals)}).c_str());

    const std::string velocity = format_money(t.velocity.value, loc) + " " + T("a day");
    figure(app, flow, "Sales velocity", velocity);
    probe_item(app.probes, "pipeline.velocity", double(t.velocity.value.minor), velocity);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%d %s \u00D7 %s \u00D7 %s \u00F7 %d %s", t.velocity_deals, T("deals"),
                          format_percent(t.win_rate, loc, 1).c_str(), format_money(t.average_deal, loc).c_str(),
                          app.scenario.plan.sales_cycle_days, T("days"));
    draw_by_close(app, t);
    if (t.deals_outside_funnel > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(chart_colors(app.theme).error));
        ImGui::TextWrapped("%d %s", t.deals_outside_funnel,
                           T("deals are in a stage the funnel does not have: they are left out of the weighted "
                             "pipeline and the velocity."));
        ImGui::PopStyleColor();
    }
    // Imported deals wait for the rep: said once here rather than as a flag on every row.
    if (t.not_reviewed.deals > 0) {
        ImGui::TextWrapped("%d %s", t.not_reviewed.deals,
                           T("open deals are not reviewed yet: they are in no placement until you set their fund % "
                             "and competition %."));
        probe_item(app.probes, "pipeline.not_reviewed", t.not_reviewed.deals);
    }
    if (t.deals_without_amount > 0) {
        ImGui::TextWrapped("%d %s", t.deals_without_amount,
                           T("open deals have no amount yet: counted as deals, in no money total."));
        probe_item(app.probes, "pipeline.without_amount", t.deals_without_amount);
    }
}

// [SECTION] Placement and the seller's week

// Hours a week on each kind of account; a total beyond a week is reported under the fields.
static void draw_week(AppState& app, const PipelineTotals& totals) {
    std::array<double, placement_count>& hours = app.scenario.pipeline.weekly_hours;
    ImGui::TextUnformatted(T("Your week: hours spent on accounts"));
    if (ImGui::BeginTable("##week", int(placement_count))) {
        char id[48];
        for (Placement p : all_placements) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", T(placement_name(p)));
            std::snprintf(id, sizeof id, "##pipeline.hours.%zu", size_t(p));
            number_input(app, id, hours[size_t(p)], 1, -1, check_hours);
        }
        ImGui::EndTable();
    }
    field_error(totals.time_shares.problem, "weekly_hours");
}

// [SECTION] Panel

// Which deal the review sheet shows: UI state, kept in ImGui's storage for this window.
static ImGuiID selection_key() { return ImGui::GetID("selected deal"); }

bool draw_pipeline_panel(AppState& app) {
    panel_header(app, "Pipeline",
                 "Your open deals, placed above, in or in the best few of the funnel by Fund % + Competition %. "
                 "Select a deal to review it.");
    bool history = false;
    if (ImGui::BeginTabBar("##pipeline_view")) {
        if (tab_item(app, "Deals", "pipeline.tab.deals")) ImGui::EndTabItem();
        if (tab_item(app, "History", "pipeline.tab.history")) {
            history = true;
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    if (history) {
        draw_history_view(app);
        return false;
    }
    Scenario& sc = app.scenario;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = selection_key();
    int selected = storage->GetInt(key, -1);
    if (selected >= int(sc.deals.size())) selected = -1;
    const int was_selected = selected;

    const int added = draw_pipeline_settings(app);
    if (added >= 0) selected = added;
    Outcome<PipelineResult> result = evaluate_pipeline(sc.deals, sc.funnel, pipeline_settings(sc, today()));
    const PipelineResult* res = result.ok() ? &result.value : nullptr;
    if (!result.ok()) {
        field_error(result.problem, "");
        probe_item(app.probes, "pipeline.problem", 0, T(result.problem.message));
    }
    ImGui::Spacing();

    const float s = app.ui_scale;
    // As tall as the rows (at least three), at most a third of the panel; the table scrolls beyond.
    const float row_h = ImGui::GetFrameHeight();
    const float rows_h = row_h * float(std::max<size_t>(sc.deals.size(), 3) + 1) + 2 * ImGui::GetStyle().CellPadding.y;
    draw_deal_table(app, res, selected, added, std::min(ImGui::GetContentRegionAvail().y * 0.34f, rows_h));
    ImGui::Spacing();
    if (res) draw_totals(app, res->totals);
    ImGui::Separator();

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool side_by_side = avail.x > 760 * s;
    ImGui::BeginChild("##sheet", ImVec2(side_by_side ? avail.x * 0.58f : avail.x, 0), false);
    if (selected >= 0) {
        const size_t i = size_t(selected);
        if (draw_deal_review(app, sc.deals[i], res ? &res->deals[i] : nullptr)) {
            sc.deals.erase(sc.deals.begin() + std::ptrdiff_t(i));
            selected = -1;
        }
    } else {
        note("Select a deal in the table to review it, or add one.");
    }
    if (!side_by_side && res) {
        ImGui::Separator();
        draw_placement_chart(app, res->totals, ImGui::GetContentRegionAvail().x, 320 * s);
        draw_week(app, res->totals);
    }
    ImGui::EndChild();
    probe_item(app.probes, "pipeline.sheet", selected);
    if (side_by_side) {
        ImGui::SameLine();
        ImGui::BeginChild("##placement", ImVec2(0, 0), false);
        if (res) {
            const ImVec2 room = ImGui::GetContentRegionAvail();
            const float week_h = ImGui::GetFrameHeightWithSpacing() * 3.5f;
            draw_placement_chart(app, res->totals, room.x, std::max(120 * s, room.y - week_h));
            draw_week(app, res->totals);
        }
        ImGui::EndChild();
    }

    // Refusals typed into one deal's sheet must not follow the user to the next deal's.
    if (selected != was_selected) forget_entry_problems(app, "##deal.");
    storage->SetInt(key, selected);
    return false;
}

} // namespace quotient
