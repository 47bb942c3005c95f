// Sales plan: the currency, the period calendar, the quota per period and the sales cycle that
// every other panel reads (core/sales_plan.h). Edited here, or in place where a panel shows them.
#include <string>
#include "app/panels.h"
#include "app/ui.h"
#include "core/sales_plan.h"
#include "core/scenario.h"
#include "imgui.h"

namespace quotient {

// The currencies a rep of our four languages meets; the symbol is format.cpp's.
static const char* const currency_codes[] = {"USD", "EUR", "GBP", "CNY", "RON", "JPY", "CHF", "CAD", "AUD"};
static const char* const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

// A bullet whose text wraps at the panel's edge (BulletText does not wrap).
static void bullet(const char* text) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", text);
}

static std::string currency_label(const char* code) {
    const Currency c = currency_from_code(code);
    const char* symbol = currency_symbol(c);
    return std::string(code) + (std::string(symbol) != code ? std::string(" (") + symbol + ")" : "");
}

static void draw_currency(AppState& app) {
    SalesPlan& plan = app.scenario.plan;
    ImGui::SetNextItemWidth(140 * app.ui_scale);
    const bool open = ImGui::BeginCombo("##plan.currency", currency_label(plan.currency.code).c_str());
    probe_item(app.probes, "plan.currency", 0, plan.currency.code);
    if (!open) return;
    for (const char* code : currency_codes) {
        if (ImGui::Selectable(currency_label(code).c_str(), std::string(code) == plan.currency.code)) {
            // Every amount of the scenario changes currency with the plan: one currency per scenario.
            app.entry_problems["##plan.currency"] = change_currency(app.scenario, currency_from_code(code));
        }
        probe_item(app.probes, (std::string("plan.currency.") + code).c_str(), 0, code);
    }
    ImGui::EndCombo();
}

static void draw_period_line(AppState& app, const char* label, const PeriodRange& r) {
    const SalesPlan& plan = app.scenario.plan;
    const std::string text = std::string(T(label)) + ": " + period_label(plan.period, r, plan.fiscal_year_start) + " (" +
                             iso_date(r.first) + " \u2013 " + iso_date(r.last) + ")";
    ImGui::TextWrapped("%s", text.c_str());
}

// Where each panel's figures come from, with the way back to the plan's own values where a
// panel keeps another (a what-if target, a team quota).
static void draw_readers(AppState& app) {
    Scenario& sc = app.scenario;
    const Locale loc = locale_for(sc.locale);
    ImGui::Separator();
    ImGui::TextUnformatted(T("Read by every panel"));
    bullet(T("Funnel: the reverse and ideal funnels work back from the quota per period."));
    if (sc.funnel_target.own) {
        ImGui::Indent();
        ImGui::TextWrapped("%s", Tf("The funnel uses a what-if target of {} instead.", {format_money(sc.funnel_target.target, loc)}).c_str());
        if (ImGui::SmallButton(T("Use my quota in the funnel"))) sc.funnel_target.own = false;
        probe_item(app.probes, "plan.use_quota_in_funnel", 0);
        ImGui::Unindent();
    }
    bullet(T("Pipeline: coverage of the quota and sales velocity over the sales cycle."));
    if (sc.pipeline.team_quota.minor > 0) {
        ImGui::Indent();
        ImGui::TextWrapped("%s", Tf("Coverage is measured against a team quota of {}.", {format_money(sc.pipeline.team_quota, loc)}).c_str());
        if (ImGui::SmallButton(T("Measure coverage against my quota"))) sc.pipeline.team_quota = Money{0, sc.plan.currency};
        probe_item(app.probes, "plan.clear_team_quota", 0);
        ImGui::Unindent();
    }
    bullet(T("Commission: attainment is bookings in the period / the quota, under every plan compared."));
    bullet(T("KPIs: quota attainment, pipeline coverage and sales velocity."));
}

bool draw_plan_panel(AppState& app) {
    panel_header(app, "Sales plan",
                 "Your quota, its periods and your sales cycle: the funnel, the pipeline, your commission and the "
                 "KPIs all read them from here.");
    Scenario& sc = app.scenario;
    SalesPlan& plan = sc.plan;
    const float w = 150 * app.ui_scale;

    begin_labelled("Currency", 140 * app.ui_scale);
    draw_currency(app);
    end_labelled();
    begin_labelled("Quota per period", w);
    money_input(app, "##plan.quota", plan.quota, w);
    end_labelled();
    begin_labelled("Sales cycle (days)", w * 0.6f);
    count_input(app, "##plan.cycle_days", plan.sales_cycle_days, w * 0.6f, check_sales_cycle_days);
    ImGui::EndGroup();
    if (auto bad = app.entry_problems.find("##plan.currency"); bad != app.entry_problems.end()) field_error(bad->second, "");

    ImGui::Spacing();
    begin_labelled("Period", 280 * app.ui_scale);
    for (PlanPeriod p : {PlanPeriod::Month, PlanPeriod::Quarter, PlanPeriod::Year}) {
        if (ImGui::RadioButton(T(period_name(p)), plan.period == p)) plan.period = p;
        probe_item(app.probes, (std::string("plan.period.") + enum_id(plan_period_ids, p)).c_str(), plan.period == p);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    end_labelled();
    begin_labelled("Fiscal year starts in", w);
    ImGui::SetNextItemWidth(w);
    const int start = plan.fiscal_year_start >= 1 && plan.fiscal_year_start <= 12 ? plan.fiscal_year_start : 1;
    if (ImGui::BeginCombo("##plan.fiscal_start", T(month_names[start - 1]))) {
        for (int m = 1; m <= 12; ++m) {
            if (ImGui::Selectable(T(month_names[m - 1]), m == start)) plan.fiscal_year_start = m;
            probe_item(app.probes, ("plan.fiscal_start." + std::to_string(m)).c_str(), m);
        }
        ImGui::EndCombo();
    }
    probe_item(app.probes, "plan.fiscal_start", plan.fiscal_year_start, T(month_names[start - 1]));
    ImGui::EndGroup();
    field_error(validate_sales_plan(plan), "");
    apply_sales_plan(sc);

    ImGui::Spacing();
    const PeriodRange now = plan_period(plan, today());
    draw_period_line(app, "This period", now);
    probe_item(app.probes, "plan.this_period", 0, period_label(plan.period, now, plan.fiscal_year_start));
    draw_period_line(app, "Next period", next_period(plan.period, now, plan.fiscal_year_start));
    const Locale loc = locale_for(sc.locale);
    Money year = plan.quota;
    year.minor *= periods_per_year(plan.period);   // within range: check_quota keeps a quota below max / 1000
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", Tf("{} a year, {} periods of {}.", {format_money(year, loc), std::to_string(periods_per_year(plan.period)),
                                                                  format_money(plan.quota, loc)}).c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    draw_readers(app);
    return false;
}

} // namespace quotient
