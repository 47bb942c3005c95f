// The Commission panel: the plan editor (components from a list, tiers in a table), the deals,
// the statement with every line's formula, the earnings curve with a "what if I close..." slider
// and the reverse question, the three tier methods side by side, and two plans compared.
// Every number comes from core/commission_*; this file edits the plan and the deals and shows
// what the core computed.
//
// Index
// [SECTION] View state and small widgets
// [SECTION] Plan editor: pay, quota, period, boundary
// [SECTION] Plan editor: components and tiers
// [SECTION] Plan editor: multipliers, SPIFFs, clawback, draw
// [SECTION] Deals
// [SECTION] Statement
// [SECTION] Earnings curve, what if, reverse question
// [SECTION] Compare: tier methods and plans
// [SECTION] The panel
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>
#include "app/panels.h"
#include "app/ui.h"
#include "core/commission_format.h"
#include "core/commission_payout.h"
#include "core/commission_statement.h"
#include "core/commission_tiers.h"
#include "core/earnings_plan.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace quotient {

// [SECTION] View state and small widgets


static std::string widget_id(const char* name, int i = -1, int j = -1) {
    char buf[96];
    if (j >= 0) std::snprintf(buf, sizeof buf, "##commission.%s.%d.%d", name, i, j);
    else if (i >= 0) std::snprintf(buf, sizeof buf, "##commission.%s.%d", name, i);
    else std::snprintf(buf, sizeof buf, "##commission.%s", name);
    return buf;
}
static const char* probe_id(const std::string& id) { return id.c_str() + 2; }   // without "##"

static bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Shows `problem` when its field is `prefix` or inside it ("components[1]" covers its tiers).
static void problems_under(const Problem& problem, const std::string& prefix) {
    if (problem.code && starts_with(problem.field, prefix)) field_error(problem, "");
}

// A combo over an enum, with translated labels.
template <class E, size_t N>
static bool enum_combo(AppState& app, const std::string& id, E& value, const E (&values)[N],
                       const char* const (&labels)[N], float width) {
    size_t current = 0;
    for (size_t i = 0; i < N; ++i)
        if (values[i] == value) current = i;
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id.c_str(), T(labels[current]))) {
        for (size_t i = 0; i < N; ++i) {
            if (ImGui::Selectable(T(labels[i]), i == current)) {
                value = values[i];
                changed = true;
            }
            probe_item(app.probes, (std::string(probe_id(id)) + "." + std::to_string(i)).c_str(), double(i),
                       T(labels[i]));
        }
        ImGui::EndCombo();
    }
    probe_item(app.probes, probe_id(id), double(current), T(labels[current]));
    return changed;
}

static const TierMethod tier_methods[] = {TierMethod::Marginal, TierMethod::Retroactive, TierMethod::Interpolated};
static const char* const tier_method_names[] = {"Marginal (each slice at its tier's rate)",
                                                "Retroactive (all at the tier reached)",
                                                "Interpolated (rate moves between tiers)"};
static const char* const tier_method_short[] = {"Marginal", "Retroactive", "Interpolated"};

static Locale locale_of(const AppState& app) { return locale_for(app.scenario.locale); }
static std::string money_text(const AppState& app, const Money& m) { return format_money(m, locale_of(app)); }

// [SECTION] Plan editor: pay, quota, period, boundary

static void draw_pay(AppState& app, CommissionPlan& p, const Problem& problem) {
    const float w = 150 * app.ui_scale;
    const Money ote = plan_ote(p);
    auto mix = complete_pay(PayFigures{p.base_salary, p.target_incentive, ote, 0}, PayFigure::BaseSalary,
                            PayFigure::TargetIncentive);
    // Base and incentive are what the plan keeps; a change to the OTE keeps the base, a change to
    // the mix keeps the OTE, and the core derives the rest.
    auto derive = [&](PayFigures f, PayFigure a, PayFigure b) {
        auto r = complete_pay(f, a, b);
        app.commission_view.pay_entry = r.problem;
        if (!r.ok()) return;
        p.base_salary = r.value.base_salary;
        p.target_incentive = r.value.target_incentive;
    };

    begin_labelled("Base salary", w);
    if (money_input(app, widget_id("base_salary").c_str(), p.base_salary, w)) app.commission_view.pay_entry = {};
    field_error(problem, "base_salary");
    end_labelled();
    begin_labelled("Target incentive", w);
    if (money_input(app, widget_id("target_incentive").c_str(), p.target_incentive, w)) app.commission_view.pay_entry = {};
    field_error(problem, "target_incentive");
    end_labelled();
    begin_labelled("On-target earnings (OTE)", w);
    Money typed_ote = ote;
    if (money_input(app, widget_id("ote").c_str(), typed_ote, w))
        derive(PayFigures{p.base_salary, {}, typed_ote, 0}, PayFigure::BaseSalary, PayFigure::Ote);
    end_labelled();
    begin_labelled("Pay mix (base share)", w * 0.8f);
    double share = mix.ok() ? mix.value.base_share : 0.0;
    if (percent_input(app, widget_id("pay_mix").c_str(), share, w * 0.8f))
        derive(PayFigures{{}, {}, ote, share}, PayFigure::Ote, PayFigure::PayMix);
    ImGui::EndGroup();
    field_error(app.commission_view.pay_entry, "");
    note("OTE = base salary + target incentive; the pay mix is the base's share of OTE. "
                                "Amounts are per plan period.");
}

static void draw_plan_settings(AppState& app, CommissionPlan& p, const Problem& problem) {
    const float w = 150 * app.ui_scale;
    begin_labelled("Plan name", w * 1.4f);
    ImGui::SetNextItemWidth(w * 1.4f);
    ImGui::InputText(widget_id("name").c_str(), &p.name);
    end_labelled();
    // The period and the quota are the sales plan's: every plan compared pays against them, and
    // an edit here is an edit of the plan the funnel and the pipeline read too.
    SalesPlan& sales = app.scenario.plan;
    begin_labelled("Period", w);
    static const PlanPeriod periods[] = {PlanPeriod::Month, PlanPeriod::Quarter, PlanPeriod::Year};
    static const char* const period_names[] = {"Month", "Quarter", "Year"};
    enum_combo(app, widget_id("period"), sales.period, periods, period_names, w);
    end_labelled();
    const std::string quota_label = std::string(T("Your quota (bookings)")) + " (" + sales.currency.code + ")";
    begin_labelled(quota_label.c_str(), w);
    money_input(app, widget_id("quota").c_str(), sales.quota, w);
    field_error(problem, "quota");
    ImGui::EndGroup();
    apply_sales_plan(app.scenario);
    ImGui::Spacing();
    draw_pay(app, p, problem);
}

// Which tier owns an amount exactly on a boundary: users disagree, so the plan says it, and the
// panel shows what it means on the plan's own first boundary.
static void draw_boundary_setting(AppState& app, CommissionPlan& p) {
    ImGui::TextWrapped("%s", T("An amount exactly on a boundary (a tier edge, the threshold, a cliff at 100%) belongs to"));
    int owner = int(p.boundary);
    ImGui::RadioButton(T("the tier that starts there"), &owner, int(BoundaryOwner::UpperTier));
    probe_item(app.probes, "commission.boundary.upper", owner == int(BoundaryOwner::UpperTier));
    same_line_if_fits(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                      ImGui::CalcTextSize(T("the tier that ends there")).x);
    ImGui::RadioButton(T("the tier that ends there"), &owner, int(BoundaryOwner::LowerTier));
    probe_item(app.probes, "commission.boundary.lower", owner == int(BoundaryOwner::LowerTier));
    p.boundary = BoundaryOwner(owner);
    for (const PlanComponent& c : p.components) {
        if (c.kind != ComponentKind::Tiered || c.tiers.size() < 2 || validate_plan(p).code) continue;
        const Money edge = c.tiers[1].from;
        const size_t held = tier_holding(c.tiers, p.boundary, edge.minor);
        ImGui::TextDisabled("%s %s: %s %zu (%s)", T("For example, exactly"), money_text(app, edge).c_str(), T("tier"),
                            held + 1, format_rate(c.tiers[held].rate, locale_of(app)).c_str());
        break;
    }
}

// [SECTION] Plan editor: components and tiers

// A new component, as added from the list: plausible values to edit, in the plan's currency.
static PlanComponent new_component(ComponentKind kind, const Currency& cur) {
    PlanComponent c;
    c.kind = kind;
    const Money zero{0, cur};
    const Money step = money_from_major(100'000, cur).value;
    switch (kind) {
    case ComponentKind::Flat: c.name = "Flat rate"; c.rate = 0.1; break;
    case ComponentKind::Tiered:
        c.name = "Tiers";
        c.tiers = {Tier{zero, step, false, 0.05}, Tier{step, zero, true, 0.10}};
        break;
    case ComponentKind::Curve:
        c.name = "Attainment curve";
        c.curve.threshold = 0.5;
        c.curve.accelerators = {Accelerator{1.0, 1.5}};
        break;
    }
    return c;
}

static void draw_tiers(AppState& app, PlanComponent& c, int ci, const Problem& problem, const Currency& cur) {
    const float s = app.ui_scale;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    int remove = -1;
    if (begin_readable_table(app, "##tiers", 5, flags, 520, c.tiers.size())) {
        ImGui::TableSetupColumn(T("Tier"));
        ImGui::TableSetupColumn(T("From"));
        ImGui::TableSetupColumn(T("To"));
        ImGui::TableSetupColumn(T("Rate"));
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (size_t j = 0; j < c.tiers.size(); ++j) {
            Tier& t = c.tiers[j];
            ImGui::TableNextRow();
            ImGui::PushID(int(j));
            ImGui::TableNextColumn();
            ImGui::Text("%zu", j + 1);
            ImGui::TableNextColumn();
            // A tier starts where the previous one ends, so editing a start moves that end too.
            if (j == 0) ImGui::TextUnformatted(money_text(app, t.from).c_str());
            else if (money_input(app, widget_id("tier.from", ci, int(j)).c_str(), t.from, 130 * s))
                c.tiers[j - 1].to = t.from;
            ImGui::TableNextColumn();
            // Only the last tier's end is edited here (the others end where the next starts); it
            // may be open ("and above") or closed, as published, paying nothing above its end.
            if (j + 1 == c.tiers.size()) {
                bool open = t.open_ended;
                if (ImGui::Checkbox(T("and above"), &open)) {
                    t.open_ended = open;
                    if (!open && t.to.minor <= t.from.minor) t.to = Money{t.from.minor * 2, cur};
                }
                probe_item(app.probes, probe_id(widget_id("tier.open", ci)), open ? 1 : 0);
                if (!t.open_ended) {
                    ImGui::SameLine();
                    money_input(app, widget_id("tier.to", ci, int(j)).c_str(), t.to, 130 * s);
                }
            } else {
                ImGui::TextUnformatted(money_text(app, t.to).c_str());
            }
            ImGui::TableNextColumn();
            percent_input(app, widget_id("tier.rate", ci, int(j)).c_str(), t.rate, 90 * s);
            ImGui::TableNextColumn();
            if (c.tiers.size() > 1 && ImGui::SmallButton(T("Remove"))) remove = int(j);
            probe_item(app.probes, probe_id(widget_id("tier.remove", ci, int(j))), 0);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // The removed tier's range joins its neighbour, so the tiers stay contiguous from zero.
    if (remove > 0) {
        c.tiers[size_t(remove) - 1].to = c.tiers[size_t(remove)].to;
        c.tiers[size_t(remove) - 1].open_ended = c.tiers[size_t(remove)].open_ended;
        c.tiers.erase(c.tiers.begin() + remove);
    } else if (remove == 0) {
        c.tiers[1].from = c.tiers[0].from;
        c.tiers.erase(c.tiers.begin());
    }
    for (size_t j = 0; j < c.tiers.size(); ++j)
        if (problem.code &&
            starts_with(problem.field, "components[" + std::to_string(ci) + "].tiers[" + std::to_string(j) + "]")) {
            ImGui::Text("%s %zu:", T("Tier"), j + 1);
            ImGui::SameLine();
            field_error(problem, "");
        }
    field_error(problem, ("components[" + std::to_string(ci) + "].tiers").c_str());
    // A new tier starts at twice the last start (or at 100,000 after a tier starting at zero),
    // or where a closed last tier ends; it keeps the last tier's end, open or closed.
    if (ImGui::SmallButton(T("Add tier")) && !c.tiers.empty()) {
        Tier& last = c.tiers.back();
        Money start = last.from.minor > 0 ? Money{last.from.minor * 2, cur} : money_from_major(100'000, cur).value;
        if (!last.open_ended && last.to.minor > last.from.minor) start = last.to;
        Tier added{start, Money{start.minor * 2, cur}, last.open_ended, last.rate};
        last.open_ended = false;
        last.to = start;
        c.tiers.push_back(added);
    }
    probe_item(app.probes, probe_id(widget_id("tier.add", ci)), double(c.tiers.size()));
}

static void draw_curve(AppState& app, PayoutCurve& curve, int ci, const Problem& problem) {
    const float s = app.ui_scale;
    const std::string at = "components[" + std::to_string(ci) + "]";
    ImGui::BeginGroup();
    ImGui::TextUnformatted(T("No pay below attainment"));
    percent_input(app, widget_id("threshold", ci).c_str(), curve.threshold, 100 * s);
    field_error(problem, (at + ".threshold").c_str());
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextUnformatted(T("Below 100%, rate at the threshold"));
    percent_input(app, widget_id("decelerator", ci).c_str(), curve.decelerator, 100 * s);
    field_error(problem, (at + ".decelerator").c_str());
    ImGui::Checkbox(T("Cliff at 100%"), &curve.cliff);
    probe_item(app.probes, probe_id(widget_id("cliff", ci)), curve.cliff ? 1 : 0);
    ImGui::TextDisabled("%s", T(curve.cliff ? "Below 100% pays this share; 100% steps up to the whole target."
                                            : "The rate rises to 100% at quota, without a jump."));
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextUnformatted(T("Cap"));
    static const CapKind caps[] = {CapKind::None, CapKind::Payout, CapKind::Attainment};
    static const char* const cap_names[] = {"No cap", "On payout (% of target)", "On attainment"};
    enum_combo(app, widget_id("cap", ci), curve.cap, caps, cap_names, 170 * s);
    if (curve.cap != CapKind::None) {
        ImGui::SameLine();
        percent_input(app, widget_id("cap_at", ci).c_str(), curve.cap_at, 100 * s);
    }
    field_error(problem, (at + ".cap.at").c_str());
    ImGui::EndGroup();

    ImGui::TextUnformatted(T("Accelerators above 100%: each point of attainment from the step on pays"));
    int remove = -1;
    for (size_t j = 0; j < curve.accelerators.size(); ++j) {
        Accelerator& a = curve.accelerators[j];
        ImGui::PushID(int(j));
        ImGui::TextUnformatted(T("from"));
        ImGui::SameLine();
        percent_input(app, widget_id("accelerator.from", ci, int(j)).c_str(), a.from_attainment, 90 * s);
        ImGui::SameLine();
        ImGui::TextUnformatted("\u00D7");
        ImGui::SameLine();
        number_input(app, widget_id("accelerator.multiplier", ci, int(j)).c_str(), a.multiplier, 4, 70 * s);
        ImGui::SameLine();
        if (ImGui::SmallButton(T("Remove"))) remove = int(j);
        ImGui::PopID();
    }
    if (remove >= 0) curve.accelerators.erase(curve.accelerators.begin() + remove);
    problems_under(problem, at + ".accelerators");
    if (ImGui::SmallButton(T("Add step"))) {
        const double from = curve.accelerators.empty() ? 1.0 : curve.accelerators.back().from_attainment + 0.5;
        curve.accelerators.push_back(
            Accelerator{from, curve.accelerators.empty() ? 1.5 : curve.accelerators.back().multiplier});
    }
}

// A flat or tiered component's cap: at most this much per period.
static void draw_component_cap(AppState& app, PlanComponent& c, int ci, const Problem& problem, const Currency& cur) {
    if (ImGui::Checkbox(T("Cap per period"), &c.capped) && c.capped && c.cap.minor == 0)
        c.cap = money_from_major(50'000, cur).value;
    probe_item(app.probes, probe_id(widget_id("component.capped", ci)), c.capped ? 1 : 0);
    if (c.capped) {
        ImGui::SameLine();
        money_input(app, widget_id("component.cap", ci).c_str(), c.cap, 120 * app.ui_scale);
    }
    field_error(problem, ("components[" + std::to_string(ci) + "].cap").c_str());
}

static void draw_components(AppState& app, CommissionPlan& p, const Problem& problem) {
    const float s = app.ui_scale;
    static const char* const kind_names[] = {"Flat rate", "Tiered rates", "Attainment curve"};
    static const PaidOn paid_on[] = {PaidOn::Bookings, PaidOn::GrossMargin};
    static const char* const paid_on_names[] = {"on bookings", "on gross margin"};
    int remove = -1;
    for (size_t i = 0; i < p.components.size(); ++i) {
        PlanComponent& c = p.components[i];
        const int ci = int(i);
        ImGui::PushID(ci);
        ImGui::Separator();
        ImGui::SetNextItemWidth(200 * s);
        ImGui::InputText(widget_id("component.name", ci).c_str(), &c.name);
        same_line_if_fits(ImGui::CalcTextSize(T(kind_names[int(c.kind)])).x);
        ImGui::TextDisabled("%s", T(kind_names[int(c.kind)]));
        if (c.kind != ComponentKind::Curve) {
            same_line_if_fits(150 * s);
            enum_combo(app, widget_id("component.paid_on", ci), c.paid_on, paid_on, paid_on_names, 150 * s);
        }
        same_line_if_fits(ImGui::CalcTextSize(T("Remove component")).x + 2 * ImGui::GetStyle().FramePadding.x);
        if (ImGui::SmallButton(T("Remove component"))) remove = ci;
        probe_item(app.probes, probe_id(widget_id("component.remove", ci)), 0);

        switch (c.kind) {
        case ComponentKind::Flat:
            ImGui::TextUnformatted(T("Rate"));
            ImGui::SameLine();
            percent_input(app, widget_id("component.rate", ci).c_str(), c.rate, 100 * s);
            ImGui::SameLine();
            draw_component_cap(app, c, ci, problem, p.currency);
            field_error(problem, ("components[" + std::to_string(ci) + "].rate").c_str());
            break;
        case ComponentKind::Tiered:
            ImGui::TextUnformatted(T("Tiers apply"));
            same_line_if_fits(300 * s);
            enum_combo(app, widget_id("component.method", ci), c.method, tier_methods, tier_method_names, 300 * s);
            same_line_if_fits(130 * s);
            draw_component_cap(app, c, ci, problem, p.currency);
            draw_tiers(app, c, ci, problem, p.currency);
            break;
        case ComponentKind::Curve:
            note("Pays the target incentive times the curve's factor at your attainment.");
            draw_curve(app, c.curve, ci, problem);
            break;
        }
        ImGui::PopID();
    }
    if (remove >= 0) p.components.erase(p.components.begin() + remove);

    ImGui::Separator();
    ImGui::SetNextItemWidth(220 * s);
    static const char* const kind_ids[] = {"commission.add.flat", "commission.add.tiered", "commission.add.curve"};
    if (ImGui::BeginCombo("##commission.add", T("Add a component..."))) {
        for (ComponentKind k : {ComponentKind::Flat, ComponentKind::Tiered, ComponentKind::Curve}) {
            if (ImGui::Selectable(T(kind_names[int(k)]))) p.components.push_back(new_component(k, p.currency));
            probe_item(app.probes, kind_ids[int(k)], 0, T(kind_names[int(k)]));
        }
        ImGui::EndCombo();
    }
    probe_item(app.probes, "commission.add", double(p.components.size()));
    field_error(problem, "components");
}

// [SECTION] Plan editor: multipliers, SPIFFs, clawback, draw

static void draw_deal_rules(AppState& app, CommissionPlan& p, const Problem& problem) {
    const float s = app.ui_scale;
    ImGui::TextUnformatted(T("Multipliers (scale a deal's commission)"));
    static const MultiplierKind kinds[] = {MultiplierKind::MultiYear, MultiplierKind::NewLogo, MultiplierKind::Product};
    static const char* const kind_names[] = {"Multi-year contract", "New logo", "Product"};
    int remove = -1;
    for (size_t i = 0; i < p.multipliers.size(); ++i) {
        DealMultiplier& m = p.multipliers[i];
        ImGui::PushID(int(i) + 1000);
        enum_combo(app, widget_id("multiplier.kind", int(i)), m.kind, kinds, kind_names, 170 * s);
        if (m.kind == MultiplierKind::Product) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(120 * s);
            ImGui::InputTextWithHint("##product", T("product"), &m.product);
        }
        ImGui::SameLine();
        ImGui::TextUnformatted("\u00D7");
        ImGui::SameLine();
        number_input(app, widget_id("multiplier.factor", int(i)).c_str(), m.factor, 4, 70 * s);
        ImGui::SameLine();
        if (ImGui::SmallButton(T("Remove"))) remove = int(i);
        problems_under(problem, "multipliers[" + std::to_string(i) + "]");
        ImGui::PopID();
    }
    if (remove >= 0) p.multipliers.erase(p.multipliers.begin() + remove);
    if (ImGui::SmallButton(T("Add multiplier"))) p.multipliers.push_back(DealMultiplier{});

    ImGui::Spacing();
    ImGui::TextUnformatted(T("SPIFFs (a fixed bonus per qualifying deal, times your share)"));
    remove = -1;
    for (size_t i = 0; i < p.spiffs.size(); ++i) {
        Spiff& sp = p.spiffs[i];
        ImGui::PushID(int(i) + 2000);
        ImGui::SetNextItemWidth(150 * s);
        ImGui::InputTextWithHint("##name", T("name"), &sp.name);
        ImGui::SameLine();
        money_input(app, widget_id("spiff.amount", int(i)).c_str(), sp.amount, 110 * s);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(120 * s);
        ImGui::InputTextWithHint("##product", T("any product"), &sp.product);
        ImGui::SameLine();
        ImGui::Checkbox(T("new logos only"), &sp.new_logo_only);
        ImGui::SameLine();
        if (ImGui::SmallButton(T("Remove"))) remove = int(i);
        problems_under(problem, "spiffs[" + std::to_string(i) + "]");
        ImGui::PopID();
    }
    if (remove >= 0) p.spiffs.erase(p.spiffs.begin() + remove);
    if (ImGui::SmallButton(T("Add SPIFF")))
        p.spiffs.push_back(Spiff{T("SPIFF"), money_from_major(500, p.currency).value, "", false});

    ImGui::Spacing();
    ImGui::TextUnformatted(T("Clawback: take back commission when the customer churns within"));
    ImGui::SameLine();
    count_input(app, "##commission.clawback_days", p.clawback_days, 90 * s);
    ImGui::SameLine();
    ImGui::TextUnformatted(T("days (0 = never)"));
    field_error(problem, "clawback_days");

    ImGui::TextUnformatted(T("Draw per period"));
    ImGui::SameLine();
    static const DrawKind draws[] = {DrawKind::None, DrawKind::Recoverable, DrawKind::NonRecoverable};
    static const char* const draw_names[] = {"No draw", "Recoverable (repaid from later earnings)",
                                             "Non-recoverable (guaranteed minimum)"};
    enum_combo(app, widget_id("draw.kind"), p.draw.kind, draws, draw_names, 300 * s);
    if (p.draw.kind != DrawKind::None) {
        ImGui::SameLine();
        money_input(app, widget_id("draw.amount").c_str(), p.draw.amount, 120 * s);
    }
    field_error(problem, "draw.amount");
    if (p.draw.kind == DrawKind::NonRecoverable) {
        ImGui::TextUnformatted(T("A clawback the guarantee covers"));
        ImGui::SameLine();
        static const DrawClawback clawbacks[] = {DrawClawback::ReducesFuture, DrawClawback::Forgiven};
        static const char* const clawback_names[] = {"is recovered from later earnings above the draw",
                                                     "is forgiven"};
        enum_combo(app, widget_id("draw.clawback"), p.draw.clawback, clawbacks, clawback_names, 320 * s);
    }
}

// [SECTION] Deals

static void draw_splits(AppState& app, ClosedDeal& d, int k) {
    const float s = app.ui_scale;
    int remove = -1;
    for (size_t j = 0; j < d.splits.size(); ++j) {
        ImGui::PushID(int(j));
        if (j > 0) ImGui::SameLine();
        ImGui::SetNextItemWidth(70 * s);
        ImGui::InputText("##rep", &d.splits[j].rep);
        ImGui::SameLine();
        percent_input(app, widget_id("deal.share", k, int(j)).c_str(), d.splits[j].share, 70 * s);
        if (d.splits.size() > 1) {
            ImGui::SameLine();
            if (ImGui::SmallButton("\u00D7")) remove = int(j);
        }
        ImGui::PopID();
    }
    if (remove >= 0) d.splits.erase(d.splits.begin() + remove);
    ImGui::SameLine();
    if (ImGui::SmallButton("+")) d.splits.push_back(SplitShare{T("Other rep"), 0});
}

static void draw_deals(AppState& app, CommissionBook& book, const Problem& problem) {
    const float s = app.ui_scale;
    const Currency cur = book.plans[size_t(app.commission_view.plan)].currency;
    ImGui::TextUnformatted(T("Your name on the deals"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120 * s);
    ImGui::InputText("##commission.rep", &book.rep);
    ImGui::SameLine();
    if (ImGui::Button(T("Add deal"))) {
        ClosedDeal d;
        d.id = T("New deal");
        d.close_date = plan_period(app.scenario.plan, book.period_date).first;
        d.amount = d.margin = Money{0, cur};
        d.splits = {SplitShare{book.rep, 1.0}};
        book.deals.push_back(d);
    }
    probe_item(app.probes, "commission.deals.add", double(book.deals.size()));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
    int remove = -1;
    if (ImGui::BeginTable("##deals", 9, flags)) {
        for (const char* h : {"Deal", "Closed", "Amount", "Gross margin", "Split (rep, share)", "New logo", "Years",
                              "Product", "Churned on"})
            ImGui::TableSetupColumn(T(h));
        ImGui::TableHeadersRow();
        for (size_t k = 0; k < book.deals.size(); ++k) {
            ClosedDeal& d = book.deals[k];
            const int ki = int(k);
            ImGui::TableNextRow();
            ImGui::PushID(ki);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(140 * s);
            ImGui::InputText("##id", &d.id);
            if (ImGui::SmallButton(T("Remove"))) remove = ki;
            ImGui::TableNextColumn();
            date_input(app, widget_id("deal.close", ki).c_str(), d.close_date, 100 * s);
            ImGui::TableNextColumn();
            money_input(app, widget_id("deal.amount", ki).c_str(), d.amount, 110 * s);
            ImGui::TableNextColumn();
            money_input(app, widget_id("deal.margin", ki).c_str(), d.margin, 110 * s);
            ImGui::TableNextColumn();
            draw_splits(app, d, ki);
            ImGui::TableNextColumn();
            ImGui::Checkbox("##new_logo", &d.new_logo);
            ImGui::TableNextColumn();
            count_input(app, widget_id("deal.years", ki).c_str(), d.contract_years, 60 * s);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(100 * s);
            ImGui::InputText("##product", &d.product);
            ImGui::TableNextColumn();
            ImGui::Checkbox("##churned", &d.churned);
            if (d.churned) {
                ImGui::SameLine();
                date_input(app, widget_id("deal.churn", ki).c_str(), d.churn_date, 100 * s);
            }
            problems_under(problem, "deals[" + std::to_string(k) + "]");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove >= 0) book.deals.erase(book.deals.begin() + remove);
    // Won deals of the pipeline are paid too, without being typed again: marked won there.
    const Locale loc = locale_of(app);
    const size_t typed = book.deals.size();
    ImGui::Spacing();
    ImGui::TextDisabled("%s", Tf("{} won in the Pipeline panel, paid here as well:", {std::to_string(app.commission_view.bookings.size() - typed)}).c_str());
    probe_item(app.probes, "commission.deals.won_in_pipeline", double(app.commission_view.bookings.size() - typed));
    for (size_t k = typed; k < app.commission_view.bookings.size(); ++k) {
        const ClosedDeal& d = app.commission_view.bookings[k];
        ImGui::BulletText("%s \u2014 %s \u2014 %s (%s)", d.id.c_str(), iso_date(d.close_date).c_str(),
                          format_money(d.amount, loc).c_str(), d.splits.empty() ? "" : d.splits[0].rep.c_str());
    }
}

// [SECTION] Statement

static const char* line_label(LineKind k) {
    switch (k) {
    case LineKind::Commission: return "Commission";
    case LineKind::Multiplier: return "Multiplier";
    case LineKind::Spiff: return "SPIFF";
    case LineKind::Clawback: return "Clawback";
    case LineKind::DrawAdvance: return "Draw advance";
    case LineKind::Guarantee: return "Guaranteed minimum";
    case LineKind::DrawRecovery: return "Draw recovery";
    case LineKind::CapApplied: return "Cap applied";
    case LineKind::AboveLastTier: return "Above the last tier (earns nothing)";
    case LineKind::ClawbackCarried: return "Clawback carried (owed from later earnings)";
    }
    return "";
}

static std::string line_source(const CommissionPlan& p, const std::vector<ClosedDeal>& bookings, const StatementLine& l) {
    std::string out = T(line_label(l.kind));
    if (l.kind == LineKind::Commission) out = p.components[size_t(l.source)].name;
    else if (of_component(l.kind)) out = p.components[size_t(l.source)].name + ": " + out;
    if (l.kind == LineKind::Spiff) out += ": " + p.spiffs[size_t(l.source)].name;
    if (l.deal >= 0) out = bookings[size_t(l.deal)].id + " \u2014 " + out;
    return out;
}

static std::string outcome_percent(const AppState& app, const Outcome<double>& v, int decimals = 1) {
    return v.ok() ? format_percent(v.value, locale_of(app), decimals) : std::string(T(v.problem.message));
}

static void draw_statement_figures(AppState& app, const Statement& s) {
    FigureRow row = figure_row(5);
    const std::string total = money_text(app, s.total_payout);
    figure(app, row, "Total payout", total);
    probe_item(app.probes, "commission.statement.total", double(s.total_payout.minor), total);
    const std::string earned = money_text(app, s.earned);
    figure(app, row, "Earned", earned);
    probe_item(app.probes, "commission.statement.earned", double(s.earned.minor), earned);
    figure(app, row, "Attainment", s.attainment.ok() ? format_percent(s.attainment.value, locale_of(app), 1) : "\u2014");
    probe_item(app.probes, "commission.statement.attainment", s.attainment.ok() ? s.attainment.value : 0);
    figure(app, row, "Effective rate",
           s.effective_rate.ok() ? format_percent(s.effective_rate.value, locale_of(app), 2) : "\u2014");
    figure(app, row, "Draw owed after", money_text(app, s.draw_balance_after));
    if (!s.attainment.ok()) ImGui::TextDisabled("%s", T(s.attainment.problem.message));
    if (!s.effective_rate.ok()) ImGui::TextDisabled("%s", T(s.effective_rate.problem.message));
}

static void draw_statement_lines(AppState& app, const CommissionPlan& p, const CommissionBook& book,
                                 const Statement& s) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##lines", 5, flags)) return;
    ImGui::TableSetupColumn(T("Line"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(T("Credit"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(T("Rate"), ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableSetupColumn(T("Formula"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(T("Amount"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    const Locale loc = locale_of(app);
    char id[64];
    for (size_t i = 0; i < s.lines.size(); ++i) {
        const StatementLine& l = s.lines[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", line_source(p, app.commission_view.bookings, l).c_str());
        ImGui::TableNextColumn();
        if (l.deal >= 0) ImGui::TextUnformatted(money_text(app, l.credit).c_str());
        ImGui::TableNextColumn();
        if (l.kind == LineKind::Commission) ImGui::TextUnformatted(format_rate(l.rate, loc).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", l.formula.c_str());
        if (l.kind == LineKind::Clawback)
            ImGui::TextDisabled("%s %d %s", T("Churned"), l.days, T("days after closing."));
        ImGui::TableNextColumn();
        const std::string amount = money_text(app, l.amount);
        ImGui::TextUnformatted(amount.c_str());
        std::snprintf(id, sizeof id, "commission.statement.line.%zu", i);
        probe_item(app.probes, id, double(l.amount.minor), l.formula);
    }
    for (const StatementSubtotal& t : s.subtotals) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        std::string name = t.kind == LineKind::Commission ? p.components[size_t(t.source)].name : T(line_label(t.kind));
        if (t.kind == LineKind::Spiff) name += ": " + p.spiffs[size_t(t.source)].name;
        ImGui::Text("%s %s", T("Subtotal:"), name.c_str());
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", t.formula.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(money_text(app, t.amount).c_str());
    }
    ImGui::EndTable();
    note("A tiered or curve line is the deal's share of the component's payout on the period "
                                "total (payout x credit / total), so every deal earns the period's blended rate "
                                "whatever order deals close in. Leftover cents go to the largest remainders; other "
                                "lines are rounded to the cent, halves to even.");
}

static void draw_period_run(AppState& app, const CommissionPlan& p, const CommissionBook& book) {
    ImGui::TextUnformatted(T("Periods in a row from this one (the draw balance carries over)"));
    ImGui::SameLine();
    count_input(app, "##commission.periods", app.commission_view.periods, 90 * app.ui_scale);
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.draw_balance = Money{0, p.currency};
    req.formulas = false;
    auto run = run_periods(p, app.commission_view.bookings, req, app.commission_view.periods);
    if (!run.ok()) {
        field_error(run.problem, "");
        return;
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("##run", 6, flags)) return;
    for (const char* h : {"Period", "Commission", "Clawbacks", "Draw", "Payout", "Draw owed after"})
        ImGui::TableSetupColumn(T(h));
    ImGui::TableHeadersRow();
    for (const Statement& s : run.value) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s \u2013 %s", iso_date(s.period.first).c_str(), iso_date(s.period.last).c_str());
        for (const Money* m : {&s.commission, &s.clawbacks, &s.draw, &s.total_payout, &s.draw_balance_after}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(money_text(app, *m).c_str());
        }
    }
    ImGui::EndTable();
}

static void draw_period_picker(AppState& app, CommissionBook& book, const CommissionPlan& p) {
    const PeriodRange shown = period_containing(p.period, book.period_date, p.fiscal_year_start);
    if (ImGui::ArrowButton("##commission.previous", ImGuiDir_Left))
        book.period_date = previous_period(p.period, shown, p.fiscal_year_start).first;
    probe_item(app.probes, "commission.period.previous", 0);
    ImGui::SameLine();
    ImGui::Text("%s (%s \u2013 %s)", period_label(p.period, shown, p.fiscal_year_start).c_str(),
                iso_date(shown.first).c_str(), iso_date(shown.last).c_str());
    ImGui::SameLine();
    if (ImGui::ArrowButton("##commission.next", ImGuiDir_Right)) book.period_date = next_period(p.period, shown, p.fiscal_year_start).first;
    probe_item(app.probes, "commission.period.next", 0);
}

static Outcome<Statement> statement_of(const CommissionPlan& p, const CommissionBook& book,
                                       const std::vector<ClosedDeal>& deals, const Locale& loc) {
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.draw_balance = Money{0, p.currency};
    req.locale = loc;
    return build_statement(p, deals, req);
}

static void draw_statement(AppState& app, CommissionBook& book, const CommissionPlan& p, const Outcome<Statement>& s) {
    draw_period_picker(app, book, p);
    if (!s.ok()) {
        field_error(s.problem, "");
        probe_item(app.probes, "commission.statement.problem", 0, T(s.problem.message));
        return;
    }
    draw_statement_figures(app, s.value);
    ImGui::Spacing();
    draw_statement_lines(app, p, book, s.value);
    ImGui::Spacing();
    draw_period_run(app, p, book);
}

// [SECTION] Earnings curve, what if, reverse question

static void draw_reverse_question(AppState& app, const CommissionPlan& p) {
    const Locale loc = locale_of(app);
    if (!app.commission_view.earn_set || std::string(app.commission_view.earn.currency.code) != p.currency.code) app.commission_view.earn = p.target_incentive;
    ImGui::TextUnformatted(T("What bookings do I need to earn"));
    ImGui::SameLine();
    if (money_input(app, "##commission.earn", app.commission_view.earn, 130 * app.ui_scale)) app.commission_view.earn_set = true;
    ImGui::SameLine();
    ImGui::TextUnformatted(T("in commission?"));
    auto needed = bookings_to_earn(p, app.commission_view.earn);
    if (!needed.ok()) {
        field_error(needed.problem, "");
        return;
    }
    const std::string bookings = money_text(app, needed.value);
    auto share = attainment_for(p, needed.value);
    ImGui::Text("%s %s (%s %s)", T("You need"), bookings.c_str(), outcome_percent(app, share).c_str(), T("of quota"));
    probe_item(app.probes, "commission.reverse.bookings", double(needed.value.minor), bookings);
    // The same question asked of the funnel: how many deals, and how many leads at the top.
    const Funnel& funnel = app.scenario.funnel;
    auto leads = plan_to_earn(p, funnel, app.commission_view.earn);
    if (leads.ok()) {
        const ReverseFunnel& r = leads.value.funnel;
        const std::string prospects = format_count(r.required_whole.front(), loc);
        ImGui::TextUnformatted(Tf("That is {} won deals of {} each, and {} prospects entering your funnel at \"{}\", "
                                  "at the Funnel panel's rates.",
                                  {format_quantity(r.deals_needed, loc), format_money(funnel.average_deal, loc), prospects,
                                   funnel.stages.front().name}).c_str());
        probe_item(app.probes, "commission.reverse.prospects", r.required_whole.front(), prospects);
    } else {
        ImGui::TextDisabled("%s %s", T("The funnel cannot say how many leads that takes:"), T(leads.problem.message));
    }
    if (auto ote = plan_to_earn(p, funnel, p.target_incentive); ote.ok())
        ImGui::TextDisabled("%s", Tf("To reach your OTE of {} you need bookings of {}: {} won deals, {} prospects.",
                                     {money_text(app, plan_ote(p)), format_money(ote.value.bookings, loc),
                                      format_quantity(ote.value.funnel.deals_needed, loc),
                                      format_count(ote.value.funnel.required_whole.front(), loc)}).c_str());
    else if (auto ote_bookings = bookings_to_earn(p, p.target_incentive); ote_bookings.ok())
        ImGui::TextDisabled("%s", Tf("To reach your OTE of {} you need bookings of {}.",
                                     {money_text(app, plan_ote(p)), format_money(ote_bookings.value, loc)}).c_str());
}

static void draw_what_if(AppState& app, const CommissionBook& book, const CommissionPlan& p, const Statement& now,
                         EarningsCurveView& mark) {
    const Locale loc = locale_of(app);
    if (std::string(app.commission_view.what_if.currency.code) != p.currency.code) app.commission_view.what_if = Money{0, p.currency};
    ImGui::TextUnformatted(T("What if I close another deal of"));
    ImGui::SameLine();
    // The slider runs to twice the quota (or 1,000,000 without one), in whole major units.
    double major = to_major(app.commission_view.what_if);
    const double top = p.quota.minor > 0 ? 2 * to_major(p.quota) : 1'000'000.0;
    const double bottom = 0;
    // The label is the amount as the locale writes it, used by ImGui as a printf format with no
    // conversion (an amount has no '%'): ImGui then does not round, so the amount is rounded to
    // whole units here. NoInput keeps out ImGui's Ctrl+click text entry and its hidden arithmetic.
    const std::string label = money_text(app, app.commission_view.what_if);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    if (ImGui::SliderScalar("##commission.what_if", ImGuiDataType_Double, &major, &bottom, &top, label.c_str(),
                            ImGuiSliderFlags_NoInput)) {
        auto m = money_from_major(std::round(major), p.currency);
        if (m.ok()) app.commission_view.what_if = m.value;
    }
    probe_item(app.probes, "commission.what_if", double(app.commission_view.what_if.minor), money_text(app, app.commission_view.what_if));

    // The same statement with the extra deal closing on the period's last day.
    std::vector<ClosedDeal> deals = app.commission_view.bookings;
    ClosedDeal extra;
    extra.id = T("This deal");
    extra.close_date = now.period.last;
    extra.amount = app.commission_view.what_if;
    extra.margin = app.commission_view.what_if;
    extra.splits = {SplitShare{book.rep, 1.0}};
    deals.push_back(extra);
    auto with = statement_of(p, book, deals, loc);
    if (!with.ok()) {
        field_error(with.problem, "");
        return;
    }
    // What closing it adds to the period's earnings: its own share, and what a higher blended rate
    // adds to the other deals' shares (a tier or the curve's next step reached).
    const Money this_deal{with.value.earned.minor - now.earned.minor, p.currency};
    const std::string payout = format_money(with.value.total_payout, loc);
    ImGui::Text("%s %s, %s %s: %s %s.", T("Attainment"), outcome_percent(app, with.value.attainment).c_str(),
                T("payout"), payout.c_str(), T("closing it adds to your earnings"),
                format_money(this_deal, loc).c_str());
    probe_item(app.probes, "commission.what_if.payout", double(with.value.total_payout.minor), payout);
    probe_item(app.probes, "commission.what_if.deal", double(this_deal.minor), format_money(this_deal, loc));
    if (with.value.attainment.ok()) {
        auto at = plan_payout(p, with.value.bookings, with.value.margin);
        if (at.ok()) {
            mark.mark_attainment[mark.marks] = with.value.attainment.value;
            mark.mark_payout[mark.marks] = at.value.minor;
            ++mark.marks;
        }
    }
}

static void draw_curve_tab(AppState& app, const CommissionBook& book, const CommissionPlan& p,
                           const Outcome<Statement>& s) {
    auto curve = earnings_curve(p);
    if (!curve.ok()) {
        field_error(curve.problem, "");
        draw_reverse_question(app, p);
        return;
    }
    EarningsCurveView view_of_plan;
    view_of_plan.points = &curve.value;
    view_of_plan.label = p.name.c_str();
    if (s.ok() && s.value.attainment.ok()) {
        // The current point sits on the curve: the components' payout on the period's credit.
        auto now = plan_payout(p, s.value.bookings, s.value.margin);
        if (now.ok()) {
            view_of_plan.mark_attainment[0] = s.value.attainment.value;
            view_of_plan.mark_payout[0] = now.value.minor;
            view_of_plan.marks = 1;
        }
        auto cost = cost_of_sales(p, s.value.attainment.value);
        if (cost.ok())
            // "Cost of sales" alone reads as the cost of goods sold; this is the rep's pay.
            ImGui::Text("%s %s: %s", T("Your pay as a share of bookings (compensation cost of sales) at"),
                        format_percent(s.value.attainment.value, locale_of(app), 1).c_str(),
                        format_percent(cost.value.cost_of_sales, locale_of(app), 1).c_str());
    }
    if (s.ok()) draw_what_if(app, book, p, s.value, view_of_plan);
    draw_reverse_question(app, p);
    ImGui::Spacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    draw_earnings_chart(app, &view_of_plan, 1, avail.x, std::max(200.0f * app.ui_scale, avail.y - 10));
}

// [SECTION] Compare: tier methods and plans

static void draw_tier_methods(AppState& app, const CommissionBook& book, const CommissionPlan& p) {
    bool tiered = false;
    for (const PlanComponent& c : p.components) tiered = tiered || c.kind == ComponentKind::Tiered;
    ImGui::TextUnformatted(T("The same deals under each way of applying tiers"));
    if (!tiered) {
        note("This plan has no tiered component.");
        return;
    }
    const Locale loc = locale_of(app);
    Outcome<Statement> by_method[3];
    for (size_t m = 0; m < 3; ++m) {
        CommissionPlan variant = p;
        for (PlanComponent& c : variant.components) c.method = tier_methods[m];
        by_method[m] = statement_of(variant, book, app.commission_view.bookings, loc);
        if (!by_method[m].ok()) {
            field_error(by_method[m].problem, "");
            return;
        }
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("##methods", 4, flags)) return;
    ImGui::TableSetupColumn(T("Deal"));
    for (const char* name : tier_method_short) ImGui::TableSetupColumn(T(name));
    ImGui::TableHeadersRow();
    const Statement& first = by_method[0].value;
    std::vector<int> shown;
    for (const StatementLine& l : first.lines)
        if (l.deal >= 0 && (shown.empty() || shown.back() != l.deal)) shown.push_back(l.deal);
    for (int k : shown) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app.commission_view.bookings[size_t(k)].id.c_str());
        for (const Outcome<Statement>& s : by_method) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(money_text(app, deal_earnings(s.value, k)).c_str());
        }
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(T("Total payout"));
    static const char* const ids[] = {"commission.methods.marginal", "commission.methods.retroactive",
                                      "commission.methods.interpolated"};
    for (size_t m = 0; m < 3; ++m) {
        ImGui::TableNextColumn();
        const std::string total = money_text(app, by_method[m].value.total_payout);
        ImGui::TextUnformatted(total.c_str());
        probe_item(app.probes, ids[m], double(by_method[m].value.total_payout.minor), total);
    }
    ImGui::EndTable();
}

static void draw_plan_compare(AppState& app, CommissionBook& book) {
    const Locale loc = locale_of(app);
    ImGui::Spacing();
    ImGui::TextUnformatted(T("Two plans side by side, on your deals and across attainment"));
    Outcome<Statement> s[2];
    Outcome<std::vector<EarningsPoint>> curves[2];
    EarningsCurveView views[2];
    int shown = 0;
    for (int i = 0; i < 2; ++i) {
        const CommissionPlan& p = book.plans[size_t(i)];
        s[i] = statement_of(p, book, app.commission_view.bookings, loc);
        curves[i] = earnings_curve(p);
        if (curves[i].ok()) {
            views[shown].points = &curves[i].value;
            views[shown].label = p.name.c_str();
            ++shown;
        }
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame;
    if (ImGui::BeginTable("##plans", 3, flags)) {
        ImGui::TableSetupColumn("");
        for (int i = 0; i < 2; ++i) ImGui::TableSetupColumn(book.plans[size_t(i)].name.c_str());
        ImGui::TableHeadersRow();
        auto row = [&](const char* label, auto text_of) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(T(label));
            for (int i = 0; i < 2; ++i) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(text_of(i).c_str());
            }
        };
        auto payout_text = [&](int i) {
            return s[i].ok() ? money_text(app, s[i].value.total_payout) : std::string(T(s[i].problem.message));
        };
        row("Payout on your deals", payout_text);
        row("OTE", [&](int i) { return money_text(app, plan_ote(book.plans[size_t(i)])); });
        // Points every 5% from 0 to 300%: index 10 is 50%, 20 is 100%, 30 is 150%, 40 is 200%.
        static const char* const at_labels[] = {"Payout at 50%", "Payout at 100%", "Payout at 150%", "Payout at 200%"};
        for (int a = 0; a < 4; ++a)
            row(at_labels[a], [&](int i) {
                return curves[i].ok() ? money_text(app, curves[i].value[size_t(10 * (a + 1))].payout)
                                      : std::string(T(curves[i].problem.message));
            });
        ImGui::EndTable();
    }
    for (int i = 0; i < 2; ++i)
        if (s[i].ok())
            probe_item(app.probes, i == 0 ? "commission.compare.0" : "commission.compare.1",
                       double(s[i].value.total_payout.minor), book.plans[size_t(i)].name);
    if (shown > 0) {
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        draw_earnings_chart(app, views, shown, avail.x, std::max(200.0f * app.ui_scale, avail.y - 10));
    }
}

// [SECTION] The panel

static void draw_plan_picker(AppState& app, CommissionBook& book) {
    ImGui::TextUnformatted(T("Plan"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220 * app.ui_scale);
    if (ImGui::BeginCombo("##commission.plan", book.plans[size_t(app.commission_view.plan)].name.c_str())) {
        for (int i = 0; i < int(book.plans.size()); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(book.plans[size_t(i)].name.c_str(), i == app.commission_view.plan)) app.commission_view.plan = i;
            ImGui::PopID();
            probe_item(app.probes, i == 0 ? "commission.plan.0" : "commission.plan.1", i, book.plans[size_t(i)].name);
        }
        ImGui::EndCombo();
    }
    probe_item(app.probes, "commission.plan", app.commission_view.plan, book.plans[size_t(app.commission_view.plan)].name);
}

bool draw_commission_panel(AppState& app) {
    panel_header(app, "Commission",
                 "What you will earn, line by line: your plan, your deals, and a statement you can check by hand.");
    CommissionBook& book = app.scenario.commission;
    // A document (a file, a link) may hold no plan: drawing never adds one; the user chooses.
    if (book.plans.empty()) {
        ImGui::TextWrapped("%s", T("This scenario has no commission plan yet."));
        if (ImGui::Button(T("Start from the example plans"))) {
            book.plans = commission_example(today()).plans;
            apply_sales_plan(app.scenario);
        }
        probe_item(app.probes, "commission.start_example", 0);
        return false;
    }
    if (app.commission_view.plan < 0 || app.commission_view.plan >= int(book.plans.size())) app.commission_view.plan = 0;
    app.commission_view.bookings = commission_bookings(app.scenario);

    draw_plan_picker(app, book);
    CommissionPlan& plan = book.plans[size_t(app.commission_view.plan)];
    const Problem plan_problem = validate_plan(plan);
    const Problem deal_problem = validate_deals(app.commission_view.bookings, plan.currency);
    const Outcome<Statement> statement = statement_of(plan, book, app.commission_view.bookings, locale_of(app));

    if (ImGui::BeginTabBar("##commission.tabs")) {
        if (tab_item(app, "Plan", "commission.tab.plan")) {
            ImGui::BeginChild("##plan", ImVec2(0, 0), false);
            draw_plan_settings(app, plan, plan_problem);
            ImGui::Spacing();
            draw_boundary_setting(app, plan);
            ImGui::Spacing();
            draw_components(app, plan, plan_problem);
            ImGui::Spacing();
            draw_deal_rules(app, plan, plan_problem);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (tab_item(app, "Deals", "commission.tab.deals")) {
            draw_deals(app, book, deal_problem);
            ImGui::EndTabItem();
        }
        if (tab_item(app, "Statement", "commission.tab.statement")) {
            ImGui::BeginChild("##statement", ImVec2(0, 0), false);
            draw_statement(app, book, plan, statement);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (tab_item(app, "Earnings curve", "commission.tab.curve")) {
            draw_curve_tab(app, book, plan, statement);
            ImGui::EndTabItem();
        }
        if (tab_item(app, "Compare", "commission.tab.compare")) {
            ImGui::BeginChild("##compare", ImVec2(0, 0), false);
            draw_tier_methods(app, book, plan);
            if (book.plans.size() >= 2) {
                draw_plan_compare(app, book);
            } else {
                ImGui::Spacing();
                ImGui::TextWrapped("%s", T("One plan: add a second to see both side by side."));
                if (ImGui::Button(T("Compare with a copy of this plan"))) {
                    book.plans.push_back(book.plans.front());
                    book.plans.back().name += T(" (copy)");
                }
                probe_item(app.probes, "commission.add_compare", 0);
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    return false;
}

} // namespace quotient
