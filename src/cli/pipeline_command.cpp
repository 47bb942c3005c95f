// quotient-cli pipeline: deals in; each deal's placement, expected value, stage win rate,
// weighted value and red flags out, with the pipeline's totals (DOMAIN.md sections 1 and 2).
// Input conventions as everywhere in the CLI: fund and competition are fractions 0..1 (the
// sheet's 75% is 0.75), money is in major units, dates are YYYY-MM-DD. See docs/cli.md.
#include <cmath>
#include <cstdio>
#include "commands.h"
#include "outputs.h"
#include "pipeline_input.h"

namespace quotient::cli {

static const char* const pipeline_help = R"(Usage: quotient-cli pipeline [FILE|-]

Pipeline and deal review (Miller Heiman): each deal's placement by fund% +
competition% (below 75 above the funnel, 75-124 in the funnel, 125+ best few),
expected value (amount x fund x competition), stage win rate and weighted value
(amount x win rate), red flags (no coach, economic buyer not met, stage not in
the funnel, slipped); totals over the open deals: open, weighted and expected
pipeline, per placement, by close (overdue, this period, next, later), coverage
(open deals closing this period / quota) and sales velocity (opportunities x win
rate x average deal / days); won and lost deals are counted apart.
Reads JSON from FILE, or standard input when FILE is '-' or absent.

Input (a JSON object):
  funnel            optional, default "lead-pipeline": a preset id (buyer-journey-6,
                    classic-4, b2b-5, lead-pipeline) or {"preset": id, "stages":
                    [{"name": "SQL", "rate": 0.5}...]}; gives the stage win rates
  currency          ISO 4217 code of every amount, default "USD"
  quota             quota of the period, in major units (0 = none: coverage null)
  sales_cycle_days  whole number of days, 1 to 3650
  as_of             optional "YYYY-MM-DD": the day the pipeline is looked at. With
                    it, open deals are placed by close date in the plan's periods
                    and coverage counts those closing this period; without it,
                    every open deal counts as this period's
  period            optional "month", "quarter" (default) or "year"
  fiscal_year_start optional month 1..12 the periods count from (default 1)
  weekly_hours      optional {"above-funnel": 6, "in-funnel": 10, "best-few": 14}:
                    the seller's hours a week on each kind of account
  deals             array of deals:
    name, stage         strings; stage is matched to the funnel ignoring case
    state               optional "open" (default), "won" or "lost"
    amount              major units, 0 to 1,000,000,000; left out: no amount yet
                        (counted as a deal, in no money total; flag no_amount)
    close_date          "YYYY-MM-DD"; left out: no close date yet (in no period;
                        flag no_close_date)
    created             optional "YYYY-MM-DD": the day the CRM opened it
    probability         optional CRM win probability, a fraction 0 to 1 in whole
                        percents
    reviewed            optional, default true; false: nobody has judged fund and
                        competition, the placement is "not-reviewed" and the
                        expected value is amount x probability (else the weighted
                        value)
    fund, competition   fractions 0 to 1 in whole percents (0.75 = 75%); optional
                        when not reviewed
    position            whole number -5 to +5, not 0; optional when not reviewed
    account, owner, products   optional strings
    budget              optional amount (0 = not known)
    influences          optional [{"name", "roles": "EC" (letters E, T, U, C),
                        "rating": -5..+5 (default 0), "met": true/false (default false)}]
    competitors         optional [{"name", "channel", "product", "key_strategy"}]
    strengths, red_flags    optional arrays of strings
    actions             optional [{"what", "owner", "due": "YYYY-MM-DD"}]

Output:
  {"deals": [{"name", "state", "close" (open deals with a close date: overdue,
              this_period, next_period, later), "placement" (or "not-reviewed"),
              "expected_value", "stage_index", "win_rate", "weighted_value",
              "flags"}...],
   "totals": {"deals", "open_pipeline", "weighted_pipeline", "expected_value",
              "deals_outside_funnel", "deals_without_amount", "not_reviewed":
              {"deals", "amount"}, "by_close": {"overdue", "this_period",
              "next_period", "later": {"deals", "amount"}}, "won_this_period",
              "won", "lost": {"deals", "amount"}, "coverage", "sales_velocity": {"per_day",
              "opportunities", "win_rate", "average_deal", "sales_cycle_days"},
              "placements": [{"placement", "deals", "amount", "expected_value",
              "value_share", "time_share"}...]}}

Example:
  echo '{"quota": 100000, "sales_cycle_days": 60, "deals": [{"name": "Scanners",
    "amount": 35000, "stage": "Opportunity", "close_date": "2026-12-22",
    "fund": 0.99, "competition": 0.75, "position": 4}]}' | quotient-cli pipeline
)";

// [SECTION] Field readers this command needs beyond json_io's

static int whole_number(const Json& v, const std::string& path) {
    double x = number(v, path);
    if (std::trunc(x) != x || std::fabs(x) > 1e9)
        fail("not_whole_number", path, "'" + path + "' must be a whole number, like 3 or -2.");
    return int(x);
}

// A share 0..1 as the CLI writes every rate (refusing 75 meant as 75%).
static double fraction(const Json& v, const std::string& path) {
    double x = number(v, path);
    if (!(x >= 0 && x <= 1)) fail("rate_out_of_range", path, "A rate must be a fraction from 0 to 1: use 0.15 for 15%.");
    return x;
}

// Fund and competition: the sheet's scales are whole percents, written here as fractions.
static int whole_percent(const Json& v, const std::string& path) {
    double pct = fraction(v, path) * 100.0;
    double whole = std::round(pct);
    if (std::fabs(pct - whole) > 1e-9)
        fail("not_whole_percent", path, "'" + path + "' must be a whole percent written as a fraction, like 0.75 for 75%.");
    return int(whole);
}

static std::string optional_text(const Json& object, const char* key, const std::string& at) {
    const Json* v = find(object, key);
    return v ? text(*v, at + "." + key) : std::string();
}

static std::vector<std::string> text_list(const Json& object, const char* key, const std::string& at) {
    std::vector<std::string> out;
    const Json* v = find(object, key);
    if (!v) return out;
    const std::string path = at + "." + key;
    const Json& list = expect_array(*v, path);
    for (size_t i = 0; i < list.size(); ++i) out.push_back(text(list[i], path + "[" + std::to_string(i) + "]"));
    return out;
}

// [SECTION] Reading the input

static Funnel read_funnel(const Json& v) {
    if (v.is_string()) {
        auto p = funnel_preset_from_id(text(v, "funnel"));
        if (!p.ok()) fail(p.problem, "funnel");
        return funnel_preset(p.value);
    }
    const Json& in = expect_object(v, "funnel");
    reject_unknown_keys(in, {"preset", "stages"}, "funnel");
    Funnel f = funnel_preset(FunnelPreset::LeadPipeline);
    if (const Json* preset = find(in, "preset")) {
        auto p = funnel_preset_from_id(text(*preset, "funnel.preset"));
        if (!p.ok()) fail(p.problem, "funnel.preset");
        f = funnel_preset(p.value);
    } else {
        require(in, "stages", "funnel.stages");
    }
    // Only what the win rates need: names to match deals against, and the rates.
    if (const Json* stages = find(in, "stages")) {
        const Json& list = expect_array(*stages, "funnel.stages");
        f.stages.clear();
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string at = item("funnel.stages", i);
            const Json& s = expect_object(list[i], at);
            reject_unknown_keys(s, {"name", "rate"}, at);
            Stage stage;
            stage.name = text(require(s, "name", at + ".name"), at + ".name");
            if (i + 1 < list.size())
                stage.rate_to_next = fraction(require(s, "rate", at + ".rate"), at + ".rate");
            else if (const Json* rate = find(s, "rate"))
                number(*rate, at + ".rate");   // type-checked; the last stage's rate is not used
            f.stages.push_back(stage);
        }
    }
    return f;
}

static BuyingInfluence read_influence(const Json& v, const std::string& at) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"name", "roles", "rating", "met"}, at);
    BuyingInfluence b;
    b.name = text(require(in, "name", at + ".name"), at + ".name");
    const std::string roles_path = at + ".roles";
    for (char letter : text(require(in, "roles", roles_path), roles_path)) {
        unsigned bit = 0;
        for (const BuyingRoleInfo& r : buying_roles)
            if (r.letter == letter) bit = r.role;
        if (!bit)
            fail("unknown_role", roles_path,
                 "'" + roles_path + "' must be letters among E (economic), T (technical), U (user) and C (coach), like \"EC\".");
        b.roles |= bit;
    }
    if (const Json* r = find(in, "rating")) b.rating = whole_number(*r, at + ".rating");
    if (const Json* m = find(in, "met")) b.met = boolean(*m, at + ".met");
    return b;
}

static Competitor read_competitor(const Json& v, const std::string& at) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"name", "channel", "product", "key_strategy"}, at);
    Competitor c;
    c.name = text(require(in, "name", at + ".name"), at + ".name");
    c.channel = optional_text(in, "channel", at);
    c.product = optional_text(in, "product", at);
    c.key_strategy = optional_text(in, "key_strategy", at);
    return c;
}

static ActionItem read_action(const Json& v, const std::string& at) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in, {"what", "owner", "due"}, at);
    ActionItem a;
    a.what = text(require(in, "what", at + ".what"), at + ".what");
    a.owner = optional_text(in, "owner", at);
    a.due = date(require(in, "due", at + ".due"), at + ".due");
    return a;
}

// Reads `key` (an optional array) of `in` with `read_one` for each element.
template <class T, class Read>
static std::vector<T> read_list(const Json& in, const char* key, const std::string& at, Read read_one) {
    std::vector<T> out;
    if (const Json* v = find(in, key)) {
        const std::string path = at + "." + key;
        const Json& list = expect_array(*v, path);
        for (size_t i = 0; i < list.size(); ++i) out.push_back(read_one(list[i], item(path, i)));
    }
    return out;
}

static Deal read_deal(const Json& v, const std::string& at, const Currency& cur) {
    const Json& in = expect_object(v, at);
    reject_unknown_keys(in,
                        {"name", "account", "owner", "products", "amount", "budget", "stage", "state", "close_date",
                         "created", "probability", "reviewed", "fund", "competition", "position", "influences",
                         "competitors", "strengths", "red_flags", "actions"},
                        at);
    auto required = [&](const char* key) -> const Json& { return require(in, key, at + "." + key); };
    Deal d;
    d.name = text(required("name"), at + ".name");
    // Left out: not known yet (a deal as a CRM export holds it), as the saved document has it.
    d.amount = Money{0, cur};
    d.amount_known = find(in, "amount") != nullptr;
    if (d.amount_known) d.amount = amount(*find(in, "amount"), at + ".amount", cur);
    d.stage = text(required("stage"), at + ".stage");
    if (const Json* st = find(in, "state")) d.state = choice(deal_state_ids, *st, at + ".state");
    d.close_date_known = find(in, "close_date") != nullptr;
    if (d.close_date_known) d.close_date = date(*find(in, "close_date"), at + ".close_date");
    if (const Json* c = find(in, "created")) d.created = date(*c, at + ".created");
    if (const Json* p = find(in, "probability")) d.probability = whole_percent(*p, at + ".probability");
    if (const Json* r = find(in, "reviewed")) d.reviewed = boolean(*r, at + ".reviewed");
    // A reviewed deal states its review; one not reviewed may carry none.
    auto review = [&](const char* key) -> const Json* { return d.reviewed ? &required(key) : find(in, key); };
    if (const Json* f = review("fund")) d.fund = whole_percent(*f, at + ".fund");
    if (const Json* c = review("competition")) d.competition = whole_percent(*c, at + ".competition");
    if (const Json* p = review("position")) d.position = whole_number(*p, at + ".position");
    d.account = optional_text(in, "account", at);
    d.owner = optional_text(in, "owner", at);
    d.products = optional_text(in, "products", at);
    if (const Json* b = find(in, "budget")) d.budget = amount(*b, at + ".budget", cur);
    d.influences = read_list<BuyingInfluence>(in, "influences", at, read_influence);
    d.competitors = read_list<Competitor>(in, "competitors", at, read_competitor);
    d.strengths = text_list(in, "strengths", at);
    d.red_flags = text_list(in, "red_flags", at);
    d.actions = read_list<ActionItem>(in, "actions", at, read_action);
    return d;
}

PipelineInput read_pipeline(const Json& in) {
    if (!in.is_object()) fail("wrong_type", "", "The input must be a JSON object.");
    reject_unknown_keys(in, {"funnel", "currency", "quota", "sales_cycle_days", "as_of", "period", "fiscal_year_start",
                             "weekly_hours", "deals"}, "");
    for (const char* key : {"quota", "sales_cycle_days", "deals"}) require(in, key, key);
    PipelineInput out;
    if (const Json* f = find(in, "funnel")) out.funnel = read_funnel(*f);
    Currency cur = currency_from_code("USD");
    if (const Json* c = find(in, "currency")) cur = currency(*c, "currency");
    out.settings.quota = amount(*find(in, "quota"), "quota", cur);
    out.settings.sales_cycle_days = whole_number(*find(in, "sales_cycle_days"), "sales_cycle_days");
    if (const Json* d = find(in, "as_of")) {
        out.settings.dated = true;
        out.settings.as_of = date(*d, "as_of");
    }
    if (const Json* p = find(in, "period")) out.settings.period = choice(plan_period_ids, *p, "period");
    if (const Json* f = find(in, "fiscal_year_start")) {
        out.settings.fiscal_year_start = whole_number(*f, "fiscal_year_start");
        if (out.settings.fiscal_year_start < 1 || out.settings.fiscal_year_start > 12)
            fail("fiscal_start_out_of_range", "fiscal_year_start", "The fiscal year starts in a month from 1 to 12.");
    }
    if (const Json* h = find(in, "weekly_hours")) {
        const Json& hours = expect_object(*h, "weekly_hours");
        reject_unknown_keys(hours, {"above-funnel", "in-funnel", "best-few"}, "weekly_hours");
        for (Placement p : all_placements) {
            const std::string path = std::string("weekly_hours.") + placement_id(p);
            out.settings.weekly_hours[size_t(p)] = number(require(hours, placement_id(p), path), path);
        }
        out.has_hours = true;
    }
    const Json& deals = expect_array(*find(in, "deals"), "deals");
    for (size_t i = 0; i < deals.size(); ++i) out.deals.push_back(read_deal(deals[i], item("deals", i), cur));
    return out;
}

// [SECTION] Output

// The core names an hours entry by index; the input names it by placement.
static std::string cli_field(const std::string& field) {
    for (Placement p : all_placements)
        if (field == item("weekly_hours", size_t(p))) return std::string("weekly_hours.") + placement_id(p);
    return field;
}

static Json deal_json(const Deal& d, const DealResult& r) {
    Json flags = Json::array();
    for (const DealFlagInfo& f : deal_flags)
        if (r.flags & f.flag) flags.push_back(f.code);
    Json out;
    out["name"] = d.name;
    out["state"] = enum_id(deal_state_ids, r.state);
    out["close"] = r.state == DealState::Open && !(r.flags & flag_no_close_date) ? Json(enum_id(close_when_ids, r.when))
                                                                                 : Json(nullptr);
    out["placement"] = deal_placement_id(r);
    out["expected_value"] = money_json(r.expected);
    out["stage_index"] = r.stage >= 0 ? Json(r.stage) : Json(nullptr);
    out["win_rate"] = r.stage >= 0 ? Json(r.win_rate) : Json(nullptr);
    out["weighted_value"] = r.stage >= 0 ? money_json(r.weighted) : Json(nullptr);
    out["flags"] = flags;
    return out;
}

static Json totals_json(const PipelineTotals& t, int sales_cycle_days, bool with_time_shares) {
    Json out;
    out["deals"] = t.deals;
    out["open_pipeline"] = money_json(t.open);
    out["weighted_pipeline"] = money_json(t.weighted);
    out["expected_value"] = money_json(t.expected);
    out["deals_outside_funnel"] = t.deals_outside_funnel;
    out["deals_without_amount"] = t.deals_without_amount;
    auto count_json = [](const DealCount& c) { return Json{{"deals", c.deals}, {"amount", money_json(c.amount)}}; };
    out["not_reviewed"] = count_json(t.not_reviewed);
    Json by_close;
    for (const auto& w : close_when_ids) by_close[w.id] = count_json(t.by_close[size_t(w.value)]);
    out["by_close"] = by_close;
    out["won_this_period"] = count_json(t.won_this_period);
    out["won"] = count_json(t.won);
    out["lost"] = count_json(t.lost);
    out["coverage"] = t.coverage.ok() ? Json(t.coverage.value) : Json(nullptr);
    Json velocity;
    velocity["per_day"] = money_json(t.velocity.value);
    velocity["opportunities"] = t.velocity_deals;
    velocity["win_rate"] = t.win_rate;
    velocity["average_deal"] = money_json(t.average_deal);
    velocity["sales_cycle_days"] = sales_cycle_days;
    out["sales_velocity"] = velocity;
    Json placements = Json::array();
    for (Placement p : all_placements) {
        const BucketTotal& b = t.buckets[size_t(p)];
        Json j;
        j["placement"] = placement_id(p);
        j["deals"] = b.deals;
        j["amount"] = money_json(b.amount);
        j["expected_value"] = money_json(b.expected);
        j["value_share"] = b.value_share;
        // The pipeline command refuses hours that give no shares; eval shows why in their place.
        if (with_time_shares)
            j["time_share"] =
                t.time_shares.ok() ? Json(t.time_shares.value[size_t(p)]) : problem_json(t.time_shares.problem);
        placements.push_back(j);
    }
    out["placements"] = placements;
    return out;
}

Json pipeline_json(const std::vector<Deal>& deals, const PipelineResult& r, int sales_cycle_days,
                   bool with_time_shares) {
    Json list = Json::array();
    for (size_t i = 0; i < deals.size(); ++i) list.push_back(deal_json(deals[i], r.deals[i]));
    Json out;
    out["deals"] = list;
    out["totals"] = totals_json(r.totals, sales_cycle_days, with_time_shares);
    return out;
}

int run_pipeline(const std::vector<std::string>& args) {
    CommandArgs a = parse_command_args("pipeline", args);
    if (a.help) {
        std::fputs(pipeline_help, stdout);
        return exit_ok;
    }
    PipelineInput in = read_pipeline(read_input(a.input));
    auto result = evaluate_pipeline(in.deals, in.funnel, in.settings);
    if (!result.ok()) fail(result.problem, result.problem.field);
    const PipelineTotals& t = result.value.totals;
    // Velocity cannot fail on validated input; time shares fail only on the hours given.
    if (!t.velocity.ok()) fail(t.velocity.problem, t.velocity.problem.field);
    if (in.has_hours && !t.time_shares.ok()) fail(t.time_shares.problem, cli_field(t.time_shares.problem.field));
    print_json(pipeline_json(in.deals, result.value, in.settings.sales_cycle_days, in.has_hours));
    return exit_ok;
}

} // namespace quotient::cli
