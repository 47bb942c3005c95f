#include "app/ui.h"
#include <algorithm>
#include <cmath>
#include <cstdint>
#include "app/app.h"
#include "core/civil_date.h"
#include "core/format.h"
#include "core/money.h"
#include "core/parse_number.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include <ctime>

namespace quotient {

static Language ui_language = Language::English;

void set_ui_language(Language lang) { ui_language = lang; }
const char* T(const char* english) { return translate(ui_language, english); }

std::string Tf(const char* english, std::initializer_list<std::string_view> args) {
    std::string out = T(english);
    size_t at = 0;
    for (std::string_view a : args) {
        at = out.find("{}", at);
        if (at == std::string::npos) break;
        out.replace(at, 2, a);
        at += a.size();
    }
    return out;
}

void panel_header(const AppState& app, const char* title, const char* subtitle) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(T(title));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", T(subtitle));
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

bool field_error(const Problem& problem, const char* field) {
    if (!problem.code) return false;
    if (field[0] && problem.field != field) return false;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(IM_COL32(240, 90, 80, 255)));
    ImGui::TextWrapped("%s", T(problem.message));
    ImGui::PopStyleColor();
    return true;
}

// [SECTION] Checked inputs

static Locale locale_of(const AppState& app) { return locale_for(app.scenario.locale); }

// The probe id of a widget: its ImGui id without the leading "##".
static const char* probe_id(const char* id) { return id[0] == '#' && id[1] == '#' ? id + 2 : id; }

// A refusal is kept under the field's id made unique by ImGui's (rows push their index), and
// starts with the id so that forget_entry_problems can drop a group of fields by prefix.
static std::string problem_key(const char* id) { return std::string(id) + "@" + std::to_string(ImGui::GetID(id)); }

// entry_field, with the refusal kept under `problem_id` (a slider's field keeps it under the
// slider's id, where the slider shows it once it is a slider again).
static bool edit_field(AppState& app, const char* id, const char* problem_id, const std::string& shown, float width,
                       const std::function<Problem(const std::string&)>& read, const char* hint) {
    EntryEdit& e = app.entry;
    const unsigned int key = ImGui::GetID(id);
    const int frame = ImGui::GetFrameCount();
    // The edit is this field's only if the field held the keyboard last frame: a field that
    // vanished while typed in (another panel was opened) leaves no text to be stored later.
    const bool mine = e.id == key && e.frame >= frame - 1;
    std::string scratch = shown;
    std::string& text = mine ? e.text : scratch;
    ImGui::SetNextItemWidth(width);
    // Plain text: ImGui's number fields would work out "+500" or "*2" on the value behind the
    // user's back, and read only the C locale's "12500.50".
    if (hint) ImGui::InputTextWithHint(id, hint, &text, ImGuiInputTextFlags_AutoSelectAll);
    else ImGui::InputText(id, &text, ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::IsItemActive()) {
        if (!mine) {
            e.id = key;
            e.text = scratch;
            e.shown = shown;
        }
        e.frame = frame;
        return false;
    }
    if (!mine) return false;
    // The field has just let go of the keyboard: Enter, Tab, a click elsewhere, or Escape (which
    // has put back the text it started with).
    const std::string typed = std::move(e.text);
    const bool unchanged = typed == e.shown;
    e.id = 0;
    e.text.clear();
    e.shown.clear();
    e.frame = -1;
    if (unchanged) return false;
    Problem p = read(typed);
    const std::string k = problem_key(problem_id);
    if (p.code) {
        app.entry_problems[k] = std::move(p);
        return false;
    }
    app.entry_problems.erase(k);
    return true;
}

bool entry_field(AppState& app, const char* id, const std::string& shown, float width,
                 const std::function<Problem(const std::string&)>& read, const char* hint) {
    return edit_field(app, id, id, shown, width, read, hint);
}

bool show_entry_problem(AppState& app, const char* id, const char* probe) {
    auto it = app.entry_problems.find(problem_key(id));
    if (it == app.entry_problems.end() || !field_error(it->second, "")) return false;
    probe_item(app.probes, (std::string(probe) + ".error").c_str(), 0, T(it->second.message));
    return true;
}

void forget_entry_problems(AppState& app, const char* id_prefix) {
    std::erase_if(app.entry_problems, [&](const auto& e) { return e.first.rfind(id_prefix, 0) == 0; });
}

// Negatives are refused as typed unless a check decides (ui.h).
template <class F>
static Sign sign_for(F* check) { return check ? Sign::Any : Sign::NotNegative; }

bool money_input(AppState& app, const char* id, Money& m, float width, Problem (*check)(const Money&)) {
    const Locale loc = locale_of(app);
    const Money old = m;
    entry_field(app, id, format_money(m, loc), width, [&](const std::string& text) {
        Outcome<Money> typed = parse_money(text, m.currency, loc, sign_for(check));
        if (typed.ok() && check) typed.problem = check(typed.value);
        if (typed.ok()) m = typed.value;
        return typed.problem;
    });
    probe_item(app.probes, probe_id(id), double(m.minor), format_money(m, loc));
    show_entry_problem(app, id, probe_id(id));
    return m != old;
}

// A rate in percent with as many decimals as it needs, at most four (12.3456%).
static std::string percent_text(double rate, const Locale& loc) {
    return format_percent(rate, loc, decimals_needed(rate * 100.0, 4));
}

bool percent_input(AppState& app, const char* id, double& rate, float width, Problem (*check)(double)) {
    const Locale loc = locale_of(app);
    const double old = rate;
    entry_field(app, id, percent_text(rate, loc), width, [&](const std::string& text) {
        Outcome<double> typed = parse_percent(text, loc, 4, sign_for(check));
        if (typed.ok() && check) typed.problem = check(typed.value);
        if (typed.ok()) rate = typed.value;
        return typed.problem;
    });
    probe_item(app.probes, probe_id(id), rate, percent_text(rate, loc));
    show_entry_problem(app, id, probe_id(id));
    return rate != old;
}

bool count_input(AppState& app, const char* id, int& value, float width, Problem (*check)(int)) {
    const Locale loc = locale_of(app);
    const int old = value;
    entry_field(app, id, format_count(value, loc), width, [&](const std::string& text) {
        Outcome<int64_t> typed = parse_count(text, loc, sign_for(check));
        if (!typed.ok()) return typed.problem;
        if (typed.value > INT32_MAX || typed.value < INT32_MIN)
            return Problem{"too_large", "", "The number is too large."};
        if (check)
            if (Problem p = check(int(typed.value)); p.code) return p;
        value = int(typed.value);
        return Problem{};
    });
    probe_item(app.probes, probe_id(id), value, format_count(value, loc));
    show_entry_problem(app, id, probe_id(id));
    return value != old;
}

bool number_input(AppState& app, const char* id, double& value, int decimals, float width, Problem (*check)(double)) {
    const Locale loc = locale_of(app);
    const double old = value;
    auto text_of = [&](double v) { return format_count(v, loc, decimals_needed(v, decimals)); };
    entry_field(app, id, text_of(value), width, [&](const std::string& text) {
        Outcome<double> typed = parse_decimal(text, loc, decimals, sign_for(check));
        if (typed.ok() && check) typed.problem = check(typed.value);
        if (typed.ok()) value = typed.value;
        return typed.problem;
    });
    probe_item(app.probes, probe_id(id), value, text_of(value));
    show_entry_problem(app, id, probe_id(id));
    return value != old;
}

bool date_input(AppState& app, const char* id, CivilDate& date, float width) {
    const CivilDate old = date;
    entry_field(app, id, iso_date(date), width, [&](const std::string& text) {
        Outcome<CivilDate> typed = parse_iso_date(text);
        if (typed.ok()) date = typed.value;
        return typed.problem;
    }, T("YYYY-MM-DD"));
    probe_item(app.probes, probe_id(id), double(day_number(date)), iso_date(date));
    show_entry_problem(app, id, probe_id(id));
    return date != old;
}

// [SECTION] Rate slider

// A finger on a rate slider: a finger hides what it touches and is not precise, so the handle
// moves by the distance dragged (across the slider's width is 0 to 100 %), not to where the
// finger lands, and a tap turns the slider into a field for typing the rate, as Ctrl+click does
// with a mouse. Called after the slider, which moved the rate to the finger: that is undone.
static bool finger_on_slider(AppState& app, unsigned int key, double& rate, double old) {
    EntryEdit& e = app.entry;
    const float x = ImGui::GetIO().MousePos.x, width = ImGui::GetItemRectSize().x;
    if (ImGui::IsItemActivated()) {
        e.finger_slider = key;
        e.finger_from_rate = old;
        e.finger_from_x = x;
    }
    if (e.finger_slider != key) {
        rate = old;
        return false;
    }
    const float dragged = x - e.finger_from_x;
    if (ImGui::IsItemActive()) {
        const double to = std::clamp(e.finger_from_rate + double(dragged / std::max(width, 1.0f)), 0.0, 1.0);
        rate = std::nearbyint(to * 1000.0) / 1000.0;
        return rate != old;
    }
    e.finger_slider = 0;
    rate = old;
    // Lifted within a few pixels of where it touched, in every direction, this very frame: a
    // tap. (A swipe up the panel that started on the slider let go of it earlier, moving.)
    const float slop = 10.0f * app.ui_scale;
    if (ImGui::GetIO().MouseReleased[0] && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < slop * slop) {
        e.slider = key;
        e.focus = true;
    }
    return false;
}

bool rate_slider(AppState& app, const char* id, double& rate, float width) {
    EntryEdit& e = app.entry;
    const Locale loc = locale_of(app);
    const unsigned int key = ImGui::GetID(id);
    const double old = rate;
    if (e.slider == key) {
        // Ctrl+click made the slider a field until it lets go of the keyboard. ImGui gives the
        // keyboard a frame or two after it is asked: ask until the field has it.
        if (e.focus) ImGui::SetKeyboardFocusHere();
        const std::string field_id = std::string(id) + "##typed";
        edit_field(app, field_id.c_str(), id, format_percent(rate, loc, 1), width, [&](const std::string& text) {
            // The slider's precision: a tenth of a percent, so 33.33 is refused, not rounded.
            Outcome<double> typed = parse_percent(text, loc, 1);
            if (typed.ok()) rate = typed.value;
            return typed.problem;
        }, nullptr);
        if (ImGui::IsItemActive()) e.focus = false;
        else if (!e.focus) e.slider = 0;
        return rate != old;
    }
    float pct = float(rate * 100.0);
    // The label is the locale's percentage ("12,5 %"); ImGui reads it as a printf format, so its
    // '%' is doubled. Without a conversion in it ImGui neither rounds the value nor offers its
    // own text entry (NoInput), whose arithmetic ("+5") and C-locale reading we do not want.
    std::string label;
    for (char c : format_percent(rate, loc, 1)) label += c == '%' ? std::string("%%") : std::string(1, c);
    ImGui::SetNextItemWidth(width);
    const bool moved = ImGui::SliderFloat(id, &pct, 0.0f, 100.0f, label.c_str(), ImGuiSliderFlags_NoInput);
    if (ImGui::IsItemActivated() && ImGui::GetIO().KeyCtrl) {
        // The click asked for the keyboard, not for the rate under the mouse.
        e.slider = key;
        e.focus = true;
        return false;
    }
    if (app.touch) return finger_on_slider(app, key, rate, old);
    if (!moved) return false;
    // Store what the label shows: the rate to a tenth of a percent, 333 / 1000 = 0.333 (the
    // float under the slider would give 0.33299999237060547).
    rate = std::nearbyint(double(pct) * 10.0) / 1000.0;
    return rate != old;
}

CivilDate today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

const char* period_name(PlanPeriod p) {
    switch (p) {
    case PlanPeriod::Month: return "Month";
    case PlanPeriod::Quarter: return "Quarter";
    case PlanPeriod::Year: return "Year";
    }
    return "Quarter";
}

bool begin_readable_table(const AppState& app, const char* id, int columns, int flags, float min_width, size_t rows) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const bool scrolls = ImGui::GetContentRegionAvail().x < min_width * app.ui_scale;
    ImVec2 outer(0, 0);
    if (scrolls) {
        // A scrolling table is a window of its own and needs a height: every row and the header,
        // and the scroll bar under them.
        flags |= ImGuiTableFlags_ScrollX;
        const float row = ImGui::GetFrameHeight() + 2 * style.CellPadding.y;
        outer.y = row * float(rows + 1) + style.ScrollbarSize + 2 * style.CellPadding.y;
    }
    if (!ImGui::BeginTable(id, columns, flags, outer, scrolls ? min_width * app.ui_scale : 0)) return false;
    if (scrolls) ImGui::TableSetupScrollFreeze(1, 0);
    return true;
}

bool tab_item(AppState& app, const char* label, const char* id) {
    const bool open = ImGui::BeginTabItem(T(label));
    probe_item(app.probes, id, open ? 1 : 0, T(label));
    return open;
}

void note(const char* english) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", T(english));
    ImGui::PopStyleColor();
}

// After SameLine, the cursor is where the next item would go on this line: if `width` does not
// fit there (and the line holds something already), the item starts the next line instead.
static void wrap_unless_fits(float width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetCursorScreenPos().x + width > right && ImGui::GetCursorPosX() > ImGui::GetStyle().WindowPadding.x + 1)
        ImGui::NewLine();
}

void same_line_if_fits(float width) {
    ImGui::SameLine();
    wrap_unless_fits(width);
}

void begin_labelled(const char* label, float field_width) {
    wrap_unless_fits(std::max(ImGui::CalcTextSize(T(label)).x, field_width));
    ImGui::BeginGroup();
    ImGui::TextUnformatted(T(label));
}

void end_labelled() {
    ImGui::EndGroup();
    ImGui::SameLine(0, 2 * ImGui::GetStyle().ItemSpacing.x);
}

FigureRow figure_row(int columns) { return FigureRow{ImGui::GetContentRegionAvail().x, columns, 0}; }

void next_in_row(FigureRow& row, float item_width) {
    const float w = item_width + 2 * ImGui::GetStyle().ItemSpacing.x;
    if (row.x > 0 && row.x + w <= row.width) ImGui::SameLine(row.x);
    else row.x = 0;
    row.x += std::max(row.width / float(row.columns), w);
}

void figure(const AppState& app, FigureRow& row, const char* label, const std::string& value) {
    ImGui::PushFont(app.fonts.figure);
    const float value_w = ImGui::CalcTextSize(value.c_str()).x;
    ImGui::PopFont();
    next_in_row(row, std::max(ImGui::CalcTextSize(T(label)).x, value_w));
    figure(app, label, value);
}

void figure(const AppState& app, const char* label, const std::string& value) {
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", T(label));
    ImGui::PushFont(app.fonts.figure);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
}

} // namespace quotient
