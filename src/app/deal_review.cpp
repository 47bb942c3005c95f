// The deal review sheet (Miller Heiman "Strategic Selling", DOMAIN.md section 2): every field of
// one deal, edited in place. Each typed value goes through the same core check validate_deal
// uses; a refused value never stays in the document, and the reason shows under the field.
// Lists (buying influences, competitors, strengths, red flags, actions) grow with Add and
// shrink with Remove.
//
// Index
// [SECTION] Inputs checked as they are typed
// [SECTION] The deal and its qualification
// [SECTION] Buying influences
// [SECTION] Competitors, strengths, red flags, action plan
// [SECTION] The sheet
#include <cstdint>
#include <cstdio>
#include <string>
#include "app/panels.h"
#include "app/ui.h"
#include "core/format.h"
#include "core/pipeline.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace quotient {

// [SECTION] Inputs checked as they are typed
// Numbers go through the shared checked inputs (ui.h) with the same core checks validate_deal
// uses: a refused value never reaches the document, and its reason stays under the field.

// The probe id of a widget: its ImGui id without the leading "##".
static const char* probe_id(const char* id) { return id[0] == '#' && id[1] == '#' ? id + 2 : id; }

// Row i of a list: "deal.influence.2.rating" and the like, for ImGui ids and probes alike.
static std::string row_id(const char* list, size_t i, const char* member) {
    return std::string("##deal.") + list + "." + std::to_string(i) + "." + member;
}

// A form row: the label in the first column, the widget(s) in the second.
static void form_label(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(T(label));
    ImGui::TableNextColumn();
}

static bool begin_form(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthStretch, 0.32f);
    ImGui::TableSetupColumn("##field", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    return true;
}

// [SECTION] The deal and its qualification

static void draw_stage_choice(AppState& app, Deal& deal, const DealResult* result) {
    const Funnel& f = app.scenario.funnel;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##deal.stage", deal.stage.c_str())) {
        for (const Stage& s : f.stages)
            if (ImGui::Selectable(s.name.c_str(), find_stage(f, deal.stage) == int(&s - f.stages.data())))
                deal.stage = s.name;
        ImGui::EndCombo();
    }
    probe_item(app.probes, "deal.stage", result ? result->stage : -1, deal.stage);
    if (result && result->stage >= 0)
        ImGui::TextDisabled("%s %s", T("Win rate from this stage:"),
                            format_percent(result->win_rate, locale_for(app.scenario.locale), 1).c_str());
}

// Fund and competition are whole percents, written as the locale writes a percentage ("25 %").
static std::string whole_percent(const AppState& app, int percent) {
    return format_percent(percent / 100.0, locale_for(app.scenario.locale), 0);
}

// Fund % or competition %: picked from the method's named levels, or typed as any whole percent.
// The typed field comes last on the line so that its refusal message sits under both.
// True when the rep picked a level or typed a value (even the one already there: a judgement).
static bool draw_percent_choice(AppState& app, const char* id, const char* level_id, int& value,
                                Problem (*check)(int), const PercentLevel (&levels)[4]) {
    bool chosen = false;
    const float field_w = 70 * app.ui_scale;
    const char* preview = T("Choose a level...");
    for (const PercentLevel& l : levels)
        if (l.percent == value) preview = T(l.meaning);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - field_w - ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::BeginCombo(level_id, preview)) {
        char label[256], probe[64];
        for (const PercentLevel& l : levels) {
            std::snprintf(label, sizeof label, "%s  %s", whole_percent(app, l.percent).c_str(), T(l.meaning));
            if (ImGui::Selectable(label, l.percent == value)) {
                value = l.percent;
                chosen = true;
                forget_entry_problems(app, id);   // a level is a value: the typed one's refusal is past
            }
            std::snprintf(probe, sizeof probe, "%s.%d", probe_id(level_id), l.percent);
            probe_item(app.probes, probe, l.percent, label);
        }
        ImGui::EndCombo();
    }
    probe_item(app.probes, probe_id(level_id), value, preview);
    ImGui::SameLine();
    return count_input(app, id, value, field_w, check) || chosen;
}

static std::string position_label(int position) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%+d  %s", position, T(position_word(position)));
    return buf;
}

// A list of the ten positions: 0 cannot be chosen, because there is no such position.
static void draw_position_choice(AppState& app, Deal& deal) {
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##deal.position", position_label(deal.position).c_str())) {
        for (int p = max_position; p >= min_position; --p)
            if (p != 0 && ImGui::Selectable(position_label(p).c_str(), p == deal.position)) deal.position = p;
        ImGui::EndCombo();
    }
    probe_item(app.probes, "deal.position", deal.position, position_word(deal.position));
}

static void draw_basics(AppState& app, Deal& deal, const DealResult* result) {
    if (!begin_form("##deal.basics")) return;
    form_label("Deal");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##deal.name", &deal.name);
    probe_item(app.probes, "deal.name", 0, deal.name);
    form_label("Account");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##deal.account", &deal.account);
    form_label("Owner");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##deal.owner", &deal.owner);
    form_label("Products");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##deal.products", &deal.products);
    form_label("Stage");
    draw_stage_choice(app, deal, result);
    // Open, won or lost: a won deal is paid in the Commission panel and leaves the open pipeline.
    form_label("State");
    for (const auto& st : deal_state_ids) {
        const char* name = st.value == DealState::Open ? "Open" : st.value == DealState::Won ? "Won" : "Lost";
        if (ImGui::RadioButton(T(name), deal.state == st.value)) deal.state = st.value;
        probe_item(app.probes, (std::string("deal.state.") + st.id).c_str(), deal.state == st.value, T(name));
        ImGui::SameLine();
    }
    ImGui::NewLine();
    form_label(deal.state == DealState::Open ? "Close date" : "Closed on");
    if (date_input(app, "##deal.close_date", deal.close_date, 140 * app.ui_scale)) deal.close_date_known = true;
    if (!deal.close_date_known) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", T("no close date yet"));
    }
    if (result && deal.state == DealState::Open && (result->flags & flag_slipped)) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(IM_COL32(240, 90, 80, 255)), "%s", T("Slipped"));
    }
    form_label("Proposed amount");
    if (money_input(app, "##deal.amount", deal.amount, 160 * app.ui_scale, check_deal_amount)) deal.amount_known = true;
    if (!deal.amount_known) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", T("no amount yet"));
    }
    form_label("Budget");
    money_input(app, "##deal.budget", deal.budget, 160 * app.ui_scale, check_budget);
    ImGui::SameLine();
    note("0 = not known");
    ImGui::EndTable();
}

static void draw_qualification(AppState& app, Deal& deal, const DealResult* result) {
    if (!begin_form("##deal.qualification")) return;
    // Setting either is the rep's review: from then on the deal is placed and valued by them.
    form_label("Fund %");
    if (draw_percent_choice(app, "##deal.fund", "##deal.fund_level", deal.fund, check_fund_percent, fund_levels))
        deal.reviewed = true;
    form_label("Competition %");
    if (draw_percent_choice(app, "##deal.competition", "##deal.competition_level", deal.competition,
                            check_competition_percent, competition_levels))
        deal.reviewed = true;
    form_label("Current position");
    draw_position_choice(app, deal);
    if (result) {
        const Locale loc = locale_for(app.scenario.locale);
        const std::string expected = format_money(result->expected, loc);
        form_label("Placement");
        const char* placement = T(deal_placement_name(*result));
        if (result->reviewed) {
            ImGui::Text("%s (%s + %s = %d)", placement, whole_percent(app, deal.fund).c_str(),
                        whole_percent(app, deal.competition).c_str(), deal.fund + deal.competition);
            ImGui::SameLine();
            ImGui::TextDisabled("%s", T(placement_horizon(result->placement)));
        } else {
            ImGui::Text("%s", placement);
            ImGui::SameLine();
            ImGui::TextDisabled("%s", T("Set fund % and competition % to place it."));
        }
        probe_item(app.probes, "deal.placement", result->reviewed ? int(result->placement) : -1, placement);
        form_label("Expected value");
        if (result->reviewed)
            ImGui::Text("%s \u00D7 %s \u00D7 %s = %s", format_money(deal.amount, loc).c_str(),
                        whole_percent(app, deal.fund).c_str(), whole_percent(app, deal.competition).c_str(),
                        expected.c_str());
        else if (deal.probability)
            ImGui::Text("%s \u00D7 %s %s = %s", format_money(deal.amount, loc).c_str(),
                        whole_percent(app, *deal.probability).c_str(), T("(CRM probability)"), expected.c_str());
        else
            ImGui::Text("%s \u00D7 %s %s = %s", format_money(deal.amount, loc).c_str(),
                        format_percent(result->win_rate, loc, 1).c_str(), T("(stage win rate)"), expected.c_str());
        probe_item(app.probes, "deal.expected", double(result->expected.minor), expected);
    }
    ImGui::EndTable();
}

// [SECTION] Buying influences

static void draw_influences(AppState& app, Deal& deal) {
    const float s = app.ui_scale;
    size_t remove = deal.influences.size();
    if (!deal.influences.empty() &&
        ImGui::BeginTable("##deal.influences", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(T("Person"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn(T("Roles"), ImGuiTableColumnFlags_WidthStretch, 1.9f);
        ImGui::TableSetupColumn(T("Rating"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn(T("Met"), ImGuiTableColumnFlags_WidthStretch, 0.3f);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 70 * s);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < deal.influences.size(); ++i) {
            BuyingInfluence& b = deal.influences[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            ImGui::InputTextWithHint("##name", T("Name and title"), &b.name);

            ImGui::TableNextColumn();
            // Roles as four boxes; clearing the last one is refused like any bad value.
            const std::string roles_id = row_id("influence", i, "roles");
            for (const BuyingRoleInfo& r : buying_roles) {
                unsigned roles = b.roles;
                const char letter[2] = {r.letter, 0};
                if (ImGui::CheckboxFlags(letter, &roles, r.role)) {
                    Problem p = check_roles(roles);
                    if (!p.code) b.roles = roles;
                    app.entry_problems[roles_id] = std::move(p);
                }
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T(r.name));
                ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x * 2);
            }
            ImGui::NewLine();
            if (auto it = app.entry_problems.find(roles_id);
                it != app.entry_problems.end() && field_error(it->second, ""))
                probe_item(app.probes, (roles_id.substr(2) + ".error").c_str(), 0, T(it->second.message));

            ImGui::TableNextColumn();
            count_input(app, row_id("influence", i, "rating").c_str(), b.rating, -1, check_rating);
            ImGui::TableNextColumn();
            ImGui::Checkbox("##met", &b.met);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", T("Someone on our side has met this person."));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(T("Remove"))) remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove < deal.influences.size()) {
        deal.influences.erase(deal.influences.begin() + std::ptrdiff_t(remove));
        forget_entry_problems(app, "##deal.influence.");   // the rows below have moved up
    }
    if (ImGui::Button(T("Add person"))) {
        BuyingInfluence b;
        b.roles = role_user;   // a role is required; the user buyer is the most common first contact
        deal.influences.push_back(b);
    }
    ImGui::SameLine();
    note("E economic, T technical, U user, C coach; rating -5 to +5");
}

// [SECTION] Competitors, strengths, red flags, action plan

static void draw_competitors(AppState& app, Deal& deal) {
    size_t remove = deal.competitors.size();
    if (!deal.competitors.empty() &&
        ImGui::BeginTable("##deal.competitors", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(T("Competitor"));
        ImGui::TableSetupColumn(T("Channel"));
        ImGui::TableSetupColumn(T("Product"));
        ImGui::TableSetupColumn(T("Key strategy"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 70 * app.ui_scale);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < deal.competitors.size(); ++i) {
            Competitor& c = deal.competitors[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            for (std::string* field : {&c.name, &c.channel, &c.product, &c.key_strategy}) {
                ImGui::TableNextColumn();
                ImGui::PushID(field);
                ImGui::SetNextItemWidth(-1);
                ImGui::InputText("##text", field);
                ImGui::PopID();
            }
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(T("Remove"))) remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove < deal.competitors.size()) deal.competitors.erase(deal.competitors.begin() + std::ptrdiff_t(remove));
    if (ImGui::Button(T("Add competitor"))) deal.competitors.push_back({});
}

// Strengths and the seller's own red flags: a list of lines.
static void draw_text_list(AppState& app, const char* id, std::vector<std::string>& lines, const char* add_label,
                           const char* hint) {
    ImGui::PushID(id);
    size_t remove = lines.size();
    const float button_w = 70 * app.ui_scale;
    for (size_t i = 0; i < lines.size(); ++i) {
        ImGui::PushID(int(i));
        ImGui::SetNextItemWidth(-button_w - ImGui::GetStyle().ItemSpacing.x);
        ImGui::InputTextWithHint("##line", T(hint), &lines[i]);
        ImGui::SameLine();
        if (ImGui::SmallButton(T("Remove"))) remove = i;
        ImGui::PopID();
    }
    if (remove < lines.size()) lines.erase(lines.begin() + std::ptrdiff_t(remove));
    if (ImGui::Button(T(add_label))) lines.emplace_back();
    ImGui::PopID();
}

// What the core derives (no coach, economic buyer not met, unknown stage), then the seller's own.
static void draw_red_flags(AppState& app, Deal& deal, const DealResult* result) {
    int shown = 0;
    if (result)
        for (const DealFlagInfo& f : deal_flags)
            if (result->flags & f.flag) {
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(chart_colors(app.theme).error));
                ImGui::Bullet();
                ImGui::TextWrapped("%s", T(f.message));
                ImGui::PopStyleColor();
                ++shown;
            }
    probe_item(app.probes, "deal.red_flags", result ? double(result->flags) : 0, std::to_string(shown));
    draw_text_list(app, "##deal.red_flags", deal.red_flags, "Add red flag", "What worries you about this deal");
}

static void draw_actions(AppState& app, Deal& deal) {
    size_t remove = deal.actions.size();
    if (!deal.actions.empty() &&
        ImGui::BeginTable("##deal.actions", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(T("Action"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(T("Owner"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(T("Due"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed, 70 * app.ui_scale);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < deal.actions.size(); ++i) {
            ActionItem& a = deal.actions[i];
            ImGui::PushID(int(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            ImGui::InputText("##what", &a.what);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            ImGui::InputText("##owner", &a.owner);
            ImGui::TableNextColumn();
            date_input(app, row_id("action", i, "due").c_str(), a.due, -1);
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(T("Remove"))) remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove < deal.actions.size()) {
        deal.actions.erase(deal.actions.begin() + std::ptrdiff_t(remove));
        forget_entry_problems(app, "##deal.action.");
    }
    if (ImGui::Button(T("Add action"))) {
        ActionItem a;
        a.owner = deal.owner;
        a.due = deal.close_date;   // an action that matters happens before the close
        deal.actions.push_back(a);
    }
}

// [SECTION] The sheet

// Asks before deleting; returns true once the user has confirmed.
static bool draw_delete(AppState& app) {
    if (ImGui::Button(T("Delete deal"))) ImGui::OpenPopup("###delete_deal");
    probe_item(app.probes, "deal.delete", 0);
    bool confirmed = false;
    const std::string title = std::string(T("Delete this deal?")) + "###delete_deal";
    if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(T("The deal and its review sheet will be removed."));
        ImGui::Spacing();
        if (ImGui::Button(T("Delete"))) {
            confirmed = true;
            ImGui::CloseCurrentPopup();
        }
        probe_item(app.probes, "deal.delete.confirm", 0);
        ImGui::SameLine();
        if (ImGui::Button(T("Cancel"))) ImGui::CloseCurrentPopup();
        probe_item(app.probes, "deal.delete.cancel", 0);
        ImGui::EndPopup();
    }
    return confirmed;
}

bool draw_deal_review(AppState& app, Deal& deal, const DealResult* result) {
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted(deal.name.empty() ? T("Unnamed deal") : deal.name.c_str());
    ImGui::PopFont();
    note("Deal review sheet");

    const ImGuiTreeNodeFlags open = ImGuiTreeNodeFlags_DefaultOpen;
    if (ImGui::CollapsingHeader(T("Deal"), open)) draw_basics(app, deal, result);
    if (ImGui::CollapsingHeader(T("Qualification"), open)) draw_qualification(app, deal, result);
    if (ImGui::CollapsingHeader(T("Buying influences"), open)) draw_influences(app, deal);
    if (ImGui::CollapsingHeader(T("Red flags"), open)) draw_red_flags(app, deal, result);
    if (ImGui::CollapsingHeader(T("Competitors"), open)) draw_competitors(app, deal);
    if (ImGui::CollapsingHeader(T("Strengths"), open))
        draw_text_list(app, "##deal.strengths", deal.strengths, "Add strength", "Why we can win");
    if (ImGui::CollapsingHeader(T("Action plan"), open)) draw_actions(app, deal);
    ImGui::Spacing();
    return draw_delete(app);
}

} // namespace quotient
