// The Forecast panel: the pipeline's bookings for a period as a spread (P10 / P50 / P90), the
// chance to reach quota, the histogram of the trials with quota marked and the cumulative curve,
// and a tornado of the deals whose loss moves P50 most. The simulation is the core's
// (core/forecast.h); the panel only chooses its settings and spreads a long run over frames.
//
// Index
// [SECTION] Running the simulation across frames
// [SECTION] Settings
// [SECTION] Figures
// [SECTION] Histogram and cumulative curve
// [SECTION] Tornado of drivers
// [SECTION] The panel
#include <algorithm>
#include <cstdio>
#include "app/panels.h"
#include "app/ui.h"
#include "core/format.h"
#include "imgui.h"

namespace quotient {

// [SECTION] Running the simulation across frames

// Deal-trials simulated per frame (a trial of 1,000 deals is 1,000): about 5 ms in WASM, so a
// long run never holds a frame up.
constexpr int64_t deal_trials_per_frame = 4'000'000;
// While a control is dragged every frame shows a whole fresh forecast, from at most 2,000 trials,
// fewer for a pipeline too large to run them in one frame's budget (at least 100); the full count
// runs once the control is let go.
static int dragging_trials(size_t deals) {
    return int(std::clamp<int64_t>(deal_trials_per_frame / std::max<int64_t>(int64_t(deals), 64), 100, 2'000));
}

// Starts a new run when what the figures rest on has changed; then runs the next slice of it.
// Returns true while trials remain (the app wants another frame).
static bool advance_forecast(AppState& app, bool dragging) {
    ForecastView& v = app.forecast_view;
    const Scenario& sc = app.scenario;
    ForecastSettings want = v.settings;
    if (dragging) want.trials = std::min(want.trials, dragging_trials(sc.deals.size()));
    const PipelineSettings pipeline = pipeline_settings(sc, today());
    if (!v.started || !(want == v.ran) || !(pipeline == v.pipeline) || !(sc.funnel == v.funnel) ||
        !(sc.deals == v.deals)) {
        v.deals = sc.deals;
        v.funnel = sc.funnel;
        v.pipeline = pipeline;
        v.ran = want;
        v.started = true;
        v.run = start_forecast(sc.deals, sc.funnel, pipeline, want);
        v.result_trials = -1;
    }
    if (!v.run.ok()) return false;
    ForecastRun& run = v.run.value;
    if (!run.done()) {
        // Dragging: the whole (small) run now, so that the figures follow the hand.
        const int64_t lanes = std::max<int64_t>(int64_t(run.model.deal.size()), 64);
        continue_forecast(run, dragging ? want.trials : int(std::max<int64_t>(1, deal_trials_per_frame / lanes)));
    }
    // The figures of a run in progress are refreshed each time its trials have doubled, and at
    // its end: summing them up sorts every trial so far, too much to do every frame of a long run.
    const int trials = int(run.won.size());
    if (trials != v.result_trials && (run.done() || trials >= 2 * std::max(v.result_trials, 0))) {
        v.result = forecast_result(run);
        v.result_trials = trials;
    }
    return !run.done();
}

// [SECTION] Settings

// A radio button's width: its circle, the gap and its label.
static float radio_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

// Draws the controls; returns true while one of them is held (a slider being dragged).
static bool draw_settings(AppState& app) {
    ForecastSettings& s = app.forecast_view.settings;
    const float w = 200 * app.ui_scale;
    bool held = false;

    begin_labelled("Win probability");
    // Each choice starts a new line when it would not fit (a phone).
    auto choice = [&](const char* label, ProbabilitySource source, const char* probe, bool first) {
        if (!first) same_line_if_fits(radio_width(T(label)));
        if (ImGui::RadioButton(T(label), s.source == source)) s.source = source;
        probe_item(app.probes, probe, s.source == source);
    };
    choice("Stage win rate", ProbabilitySource::StageWinRate, "forecast.source.stage", true);
    choice("Deal review (fund x competition)", ProbabilitySource::Review, "forecast.source.review", false);
    choice("CRM probability", ProbabilitySource::Crm, "forecast.source.crm", false);
    end_labelled();

    begin_labelled("Period", radio_width(T("This period")));
    if (ImGui::RadioButton(T("This period"), s.period == ForecastPeriod::ThisPeriod)) s.period = ForecastPeriod::ThisPeriod;
    probe_item(app.probes, "forecast.period.this", s.period == ForecastPeriod::ThisPeriod);
    same_line_if_fits(radio_width(T("Next period")));
    if (ImGui::RadioButton(T("Next period"), s.period == ForecastPeriod::NextPeriod)) s.period = ForecastPeriod::NextPeriod;
    probe_item(app.probes, "forecast.period.next", s.period == ForecastPeriod::NextPeriod);
    end_labelled();

    // Slip 0 means none: one slider says both.
    begin_labelled("Close dates slip by up to", w);
    int slip = s.slip == SlipKind::Uniform ? s.slip_days : 0;
    ImGui::SetNextItemWidth(w);
    const std::string slip_text = slip == 0 ? std::string(T("no slip")) : Tf("+/- {} days", {std::to_string(slip)});
    if (ImGui::SliderInt("##forecast.slip", &slip, 0, 90, slip_text.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
        s.slip = slip > 0 ? SlipKind::Uniform : SlipKind::None;
        if (slip > 0) s.slip_days = slip;
    }
    held |= ImGui::IsItemActive();
    probe_item(app.probes, "forecast.slip", slip, slip_text);
    end_labelled();

    begin_labelled("Haircut on amounts", w);
    ImGui::SetNextItemWidth(w);
    // Labelled as the locale writes a percentage ("10 %"); '%' doubled for ImGui's format.
    std::string haircut_label;
    for (char c : format_percent(s.haircut_percent / 100.0, locale_for(app.scenario.locale), 0))
        haircut_label += c == '%' ? std::string("%%") : std::string(1, c);
    ImGui::SliderInt("##forecast.haircut", &s.haircut_percent, 0, 50, haircut_label.c_str(), ImGuiSliderFlags_AlwaysClamp);
    held |= ImGui::IsItemActive();
    probe_item(app.probes, "forecast.haircut", s.haircut_percent);
    end_labelled();

    begin_labelled("Trials", radio_width("100 000"));
    for (int trials : {1'000, 10'000, 100'000}) {
        const std::string label = format_count(trials, locale_for(app.scenario.locale), 0);
        if (trials != 1'000) same_line_if_fits(radio_width(label.c_str()));
        if (ImGui::RadioButton(label.c_str(), s.trials == trials)) s.trials = trials;
        probe_item(app.probes, ("forecast.trials." + std::to_string(trials)).c_str(), s.trials == trials);
    }
    end_labelled();
    return held;
}

// [SECTION] Figures

static std::string percent_or_reason(const Outcome<double>& chance, const Locale& loc) {
    return chance.ok() ? format_percent(chance.value, loc, 0) : std::string(T(chance.problem.message));
}

static void draw_figures(AppState& app, const ForecastResult& r) {
    const Locale loc = locale_for(app.scenario.locale);
    struct Card {
        const char* label;
        const char* probe;
        std::string text;
        double value;
    };
    const std::string chance = percent_or_reason(r.chance_to_reach_quota, loc);
    const Card cards[] = {
        {"P10 (downside)", "forecast.p10", format_money(r.p10, loc), double(r.p10.minor)},
        {"P50 (median)", "forecast.p50", format_money(r.p50, loc), double(r.p50.minor)},
        {"P90 (upside)", "forecast.p90", format_money(r.p90, loc), double(r.p90.minor)},
        {"Mean", "forecast.mean", format_money(r.mean, loc), double(r.mean.minor)},
        {"Already won", "forecast.booked", format_money(r.booked, loc), double(r.booked.minor)},
        {"Chance to reach quota", "forecast.chance", chance,
         r.chance_to_reach_quota.ok() ? r.chance_to_reach_quota.value : 0}};
    FigureRow row = figure_row(6);
    for (const Card& c : cards) {
        figure(app, row, c.label, c.text);
        probe_item(app.probes, c.probe, c.value, c.text);
    }

    // Each attainment level's chance on one line, as a manager reads a forecast call.
    std::string levels = Tf("Quota {} in the period; chance to reach:", {format_money(r.quota, loc)});
    for (const AttainmentChance& a : r.attainment)
        if (a.chance.ok())
            levels += "  " + format_percent(a.level_percent / 100.0, loc, 0) + " " + format_percent(a.chance.value, loc, 0);
    ImGui::TextDisabled("%s", levels.c_str());
    probe_item(app.probes, "forecast.attainment", r.attainment[4].chance.ok() ? r.attainment[4].chance.value : 0, levels);
}

// [SECTION] Histogram and cumulative curve

// Bars: the trials per bin; the line: the share of trials at or below each bin's top (the
// cumulative curve, read against the right-hand scale 0..100%); a vertical line at quota.
static void draw_histogram(AppState& app, const ForecastResult& r, float width, float height) {
    if (r.histogram.empty() || width < 120 || height < 80) return;
    const ChartColors colors = chart_colors(app.theme);
    const Locale loc = locale_for(app.scenario.locale);
    const float s = app.ui_scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line_h = ImGui::GetTextLineHeight();
    const float x0 = origin.x + 4 * s, x1 = origin.x + width - 44 * s;
    const float y0 = origin.y + 2 * line_h + 6 * s, y1 = origin.y + height - line_h - 6 * s;
    // The range of the trials, widened to show quota when it lies beyond them.
    int64_t lo = r.histogram.front().from.minor, hi = r.histogram.back().to.minor + 1;
    if (r.quota.minor > 0) {
        lo = std::min(lo, r.quota.minor);
        hi = std::max(hi, r.quota.minor + std::max<int64_t>(1, r.quota.minor / 20));
    }
    auto x_of = [&](int64_t minor) { return x0 + (x1 - x0) * float(double(minor - lo) / double(hi - lo)); };
    int tallest = 1;
    for (const HistogramBin& b : r.histogram) tallest = std::max(tallest, b.trials);

    dl->AddText(origin, colors.label_muted, T("Trials by bookings, and the share at or below (line)"));
    dl->AddLine(ImVec2(x0, y1), ImVec2(x1, y1), colors.label_muted);
    for (const HistogramBin& b : r.histogram) {
        // At least a few pixels wide: with quota far beyond the trials a bin is a sliver of the range.
        const float bx0 = x_of(b.from.minor) + 1, bx1 = std::max(bx0 + 4 * s, x_of(b.to.minor + 1) - 1);
        const float by = y1 - (y1 - y0) * float(b.trials) / float(tallest);
        const bool reached = r.quota.minor > 0 && b.from.minor >= r.quota.minor;
        dl->AddRectFilledMultiColor(ImVec2(bx0, by), ImVec2(bx1, y1), reached ? colors.bottleneck_top : colors.band_top,
                                    reached ? colors.bottleneck_top : colors.band_top,
                                    reached ? colors.bottleneck_bottom : colors.band_bottom,
                                    reached ? colors.bottleneck_bottom : colors.band_bottom);
    }
    // The cumulative curve starts at 0 on the lowest bookings and steps up through each bin.
    ImVec2 prev(x0, y1);
    for (const HistogramBin& b : r.histogram) {
        const ImVec2 at(x_of(b.to.minor + 1), y1 - (y1 - y0) * float(b.cumulative));
        dl->AddLine(prev, at, colors.label, 2 * s);
        prev = at;
    }
    dl->AddText(ImVec2(x1 + 4 * s, y0 - line_h * 0.5f), colors.label_muted, "100%");
    dl->AddText(ImVec2(x1 + 4 * s, y1 - line_h * 0.5f), colors.label_muted, "0%");
    // Lowest and highest bookings under the axis, quota over its line.
    const std::string low = format_money(r.lowest, loc), high = format_money(r.highest, loc);
    const float high_w = ImGui::CalcTextSize(high.c_str()).x;
    const float low_end = x_of(r.lowest.minor) + ImGui::CalcTextSize(low.c_str()).x;
    dl->AddText(ImVec2(x_of(r.lowest.minor), y1 + 2 * s), colors.label_muted, low.c_str());
    if (r.highest.minor > r.lowest.minor)
        dl->AddText(ImVec2(std::max(low_end + 8 * s, std::min(x_of(r.highest.minor), x1 - high_w)), y1 + 2 * s),
                    colors.label_muted, high.c_str());
    if (r.quota.minor > 0) {
        const std::string q = Tf("Quota {}", {format_money(r.quota, loc)});
        const float qx = x_of(r.quota.minor);
        dl->AddLine(ImVec2(qx, y0), ImVec2(qx, y1), colors.error, 2 * s);
        const float tw = ImGui::CalcTextSize(q.c_str()).x;
        dl->AddText(ImVec2(std::clamp(qx - tw * 0.5f, x0, x1 - tw), y0 - line_h - 2 * s), colors.error, q.c_str());
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##forecast.histogram", ImVec2(width, height));
    probe_item(app.probes, "forecast.histogram", double(r.histogram.size()));
    if (ImGui::IsItemHovered()) {
        const float mx = ImGui::GetIO().MousePos.x;
        for (const HistogramBin& b : r.histogram) {
            if (mx < x_of(b.from.minor) || mx >= x_of(b.to.minor + 1)) continue;
            ImGui::BeginTooltip();
            ImGui::Text("%s - %s", format_money(b.from, loc).c_str(), format_money(b.to, loc).c_str());
            ImGui::TextUnformatted(Tf("{} of {} trials", {std::to_string(b.trials), std::to_string(r.trials)}).c_str());
            ImGui::TextUnformatted(Tf("{} of trials at or below", {format_percent(b.cumulative, loc, 0)}).c_str());
            ImGui::EndTooltip();
        }
    }
}

// [SECTION] Tornado of drivers

// One bar per deal, longest first: how far P50 falls if that deal is lost.
static void draw_tornado(AppState& app, const ForecastResult& r, float width) {
    const Locale loc = locale_for(app.scenario.locale);
    ImGui::TextUnformatted(T("What if I lose...: P50 without each deal"));
    if (r.drivers.empty()) {
        ImGui::TextDisabled("%s", T("No open deal can close in this period."));
        return;
    }
    const ChartColors colors = chart_colors(app.theme);
    const float s = app.ui_scale;
    const float row_h = ImGui::GetFrameHeight();
    const float name_w = std::min(220 * s, width * 0.35f), value_w = 110 * s;
    const float bar_w = std::max(40.0f, width - name_w - value_w - 12 * s);
    int64_t largest = 1;
    for (const ForecastDriver& d : r.drivers) largest = std::max(largest, -d.p50_change.minor);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < r.drivers.size(); ++i) {
        const ForecastDriver& d = r.drivers[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string& name = app.forecast_view.deals[size_t(d.deal)].name;
        ImGui::PushClipRect(at, ImVec2(at.x + name_w, at.y + row_h), true);
        dl->AddText(ImVec2(at.x, at.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f), colors.label, name.c_str());
        ImGui::PopClipRect();
        const float len = bar_w * float(double(-d.p50_change.minor) / double(largest));
        const float bx = at.x + name_w + 6 * s;
        dl->AddRectFilled(ImVec2(bx, at.y + row_h * 0.2f), ImVec2(bx + len, at.y + row_h * 0.8f), colors.band_top, 3 * s);
        const std::string change = format_money(d.p50_change, loc);
        dl->AddText(ImVec2(bx + len + 6 * s, at.y + (row_h - ImGui::GetTextLineHeight()) * 0.5f), colors.label_muted,
                    change.c_str());
        char id[48];
        std::snprintf(id, sizeof id, "##forecast.driver.%zu", i);
        ImGui::InvisibleButton(id, ImVec2(width, row_h));
        probe_item(app.probes, id + 2, double(d.p50_change.minor), name);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(name.c_str());
            ImGui::TextUnformatted(Tf("{} at a {} chance of winning it in the period",
                                      {format_money(d.amount, loc), format_percent(d.probability, loc, 0)})
                                       .c_str());
            ImGui::TextUnformatted(Tf("P50 without it: {}", {format_money(d.p50_without, loc)}).c_str());
            ImGui::EndTooltip();
        }
    }
}

// [SECTION] The panel

bool draw_forecast_panel(AppState& app) {
    panel_header(app, "Forecast",
                 "Your open pipeline simulated many times over: each deal won with its probability, its close date "
                 "slipping or not. The spread says how sure the number is.");
    const bool held = draw_settings(app);
    const bool running = advance_forecast(app, held);
    ForecastView& v = app.forecast_view;
    ImGui::Separator();
    if (!v.run.ok()) {
        field_error(v.run.problem, "");
        probe_item(app.probes, "forecast.problem", 0, T(v.run.problem.message));
        return false;
    }
    const ForecastResult& r = v.result;
    const Locale loc = locale_for(app.scenario.locale);
    const std::string period = r.dated ? period_label(app.scenario.plan.period, r.period, app.scenario.plan.fiscal_year_start)
                                       : std::string(T("All open deals"));
    ImGui::TextUnformatted(Tf("{}: open deals that can close in it: {}", {period, std::to_string(r.deals_in_play)}).c_str());
    probe_item(app.probes, "forecast.deals_in_play", r.deals_in_play, period);
    // Progress of a long run; the figures above it are those of the trials run so far.
    const int trials_run = int(v.run.value.won.size());
    const float progress = float(trials_run) / float(std::max(1, v.ran.trials));
    const std::string of = Tf("{} of {} trials", {format_count(trials_run, loc, 0), format_count(v.ran.trials, loc, 0)});
    if (running) {
        ImGui::SameLine();
        ImGui::ProgressBar(progress, ImVec2(220 * app.ui_scale, 0), of.c_str());
    }
    // Value: the trials the figures rest on; the text says whether the run is complete (tests
    // wait for "done").
    probe_item(app.probes, "forecast.trials_done", r.trials, running ? of : std::string("done"));
    ImGui::Spacing();
    draw_figures(app, r);
    ImGui::Spacing();

    const float s = app.ui_scale;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool side_by_side = avail.x > 900 * s;
    const float chart_w = side_by_side ? avail.x * 0.58f : avail.x;
    const float chart_h = std::clamp(avail.y * (side_by_side ? 0.9f : 0.5f), 160 * s, 360 * s);
    draw_histogram(app, r, chart_w, chart_h);
    if (side_by_side) {
        ImGui::SameLine(0, 16 * s);
        ImGui::BeginGroup();
        draw_tornado(app, r, avail.x - chart_w - 16 * s);
        ImGui::EndGroup();
    } else {
        draw_tornado(app, r, avail.x);
    }
    return running;
}

} // namespace quotient
