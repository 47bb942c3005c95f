#include "pipeline.h"
#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace quotient {

// [SECTION] Deals and pipeline settings

static BuyingInfluence influence(const char* name, unsigned roles, int rating, bool met) {
    BuyingInfluence b;
    b.name = name;
    b.roles = roles;
    b.rating = rating;
    b.met = met;
    return b;
}

static Deal sample(const char* name, const char* account, const char* owner, int64_t dollars,
                   const char* stage, CivilDate close, int fund, int competition, int position) {
    Deal d;
    d.name = name;
    d.account = account;
    d.owner = owner;
    d.amount = Money{dollars * 100, currency_from_code("USD")};
    d.stage = stage;
    d.close_date = close;
    d.fund = fund;
    d.competition = competition;
    d.position = position;
    return d;
}

std::vector<Deal> sample_deals(const CivilDate& today) {
    // Close and due dates are days from today, so the example always looks current (from
    // 2026-12-01 they are the dates schema 1 documents held).
    auto in_days = [&](int days) { return date_from_day_number(day_number(today) + days); };
    std::vector<Deal> deals;

    Deal fleet = sample("Fleet telematics renewal", "Northwind Logistics", "Dana Reyes", 48'000, "Opportunity",
                        in_days(59), 75, 75, 3);
    fleet.products = "Telematics units, 3-year service";
    fleet.budget = Money{50'000'00, currency_from_code("USD")};
    fleet.influences = {influence("Priya Natarajan (CFO)", role_economic, 2, true),
                        influence("Tom Becker (fleet manager)", role_user | role_coach, 4, true),
                        influence("IT security team", role_technical, -1, false)};
    fleet.competitors = {{"TrackRight", "Direct", "TR-900", "Lowest price per unit"}};
    fleet.strengths = {"Three years of uptime above 99.9%"};
    fleet.actions = {{"Send the security questionnaire answers", "Dana Reyes", in_days(3)},
                     {"Book the contract review with the CFO", "Dana Reyes", in_days(10)}};
    deals.push_back(std::move(fleet));

    Deal pilot = sample("Data platform pilot", "Contoso Bank", "Sam Okafor", 120'000, "SQL", in_days(150), 50, 50, 1);
    pilot.products = "Data platform, 6-month pilot";
    pilot.influences = {influence("Head of analytics", role_user, 3, true),
                        influence("Enterprise architecture board", role_technical, 0, false),
                        influence("COO", role_economic, 0, false)};
    pilot.competitors = {{"Incumbent in-house team", "Internal", "Data warehouse", "Build it themselves"}};
    pilot.red_flags = {"Budget owner changes in January"};
    pilot.actions = {{"Find a sponsor to introduce us to the COO", "Sam Okafor", in_days(17)}};
    deals.push_back(std::move(pilot));

    Deal scanners = sample("Warehouse scanners", "Fabrikam Retail", "Dana Reyes", 35'000, "Opportunity",
                           in_days(21), 99, 75, 4);
    scanners.products = "Handheld scanners (120)";
    scanners.influences = {influence("Operations director", role_economic | role_user, 4, true),
                           influence("Store IT lead", role_technical | role_coach, 3, true)};
    scanners.strengths = {"Pilot store already uses our scanners"};
    deals.push_back(std::move(scanners));

    Deal analytics = sample("Analytics suite expansion", "Tailspin Air", "Sam Okafor", 80'000, "MQL",
                            in_days(303), 25, 25, -2);
    analytics.influences = {influence("Revenue management lead", role_user | role_coach, 2, true)};
    analytics.competitors = {{"Skyline BI", "Partner", "Skyline Cloud", "Bundled with their booking system"}};
    deals.push_back(std::move(analytics));
    return deals;
}

// [SECTION] Placement

Placement placement_for(int fund, int competition) {
    const int points = fund + competition;
    if (points < 75) return Placement::AboveFunnel;
    if (points < 125) return Placement::InFunnel;
    return Placement::BestFew;
}

const char* placement_id(Placement p) {
    switch (p) {
    case Placement::AboveFunnel: return "above-funnel";
    case Placement::InFunnel: return "in-funnel";
    case Placement::BestFew: return "best-few";
    case Placement::Count: break;
    }
    return "";
}

const char* placement_name(Placement p) {
    switch (p) {
    case Placement::AboveFunnel: return "Above the funnel";
    case Placement::InFunnel: return "In the funnel";
    case Placement::BestFew: return "Best few";
    case Placement::Count: break;
    }
    return "";
}

const char* placement_horizon(Placement p) {
    switch (p) {
    case Placement::AboveFunnel: return "Decision more than 6 months away.";
    case Placement::InFunnel: return "Decision in 3 to 6 months.";
    case Placement::BestFew: return "Decision within 3 months.";
    case Placement::Count: break;
    }
    return "";
}

const char* deal_placement_id(const DealResult& r) { return r.reviewed ? placement_id(r.placement) : "not-reviewed"; }

const char* deal_placement_name(const DealResult& r) {
    return r.reviewed ? placement_name(r.placement) : "Not reviewed";
}

// [SECTION] Per-deal values

// The computations behind expected_value and weighted_value, for inputs already checked
// (evaluate_pipeline validates every deal once, then calls these in its loop).
// amount x fund x competition is at most 10^11 x 10^4: exact in an int64 and in a double, and
// its division by 100 x 100 keeps an exact half exact, so to_minor_units' rounding is the only one.
static Money expected_of_valid(const Money& amount, int fund, int competition) {
    return Money{to_minor_units(double(amount.minor * fund * competition) / 10'000.0).value, amount.currency};
}

static Money weighted_of_valid(const Money& amount, double win_rate) {
    return Money{to_minor_units(double(amount.minor) * win_rate).value, amount.currency};
}

Outcome<Money> expected_value(const Money& amount, int fund, int competition) {
    if (Problem p = check_deal_amount(amount); p.code) return Outcome<Money>{{}, p};
    if (Problem p = check_fund_percent(fund); p.code) return Outcome<Money>{{}, p};
    if (Problem p = check_competition_percent(competition); p.code) return Outcome<Money>{{}, p};
    return Outcome<Money>{expected_of_valid(amount, fund, competition), {}};
}

Money deal_expected_value(const Deal& d, const Money& weighted) {
    if (d.reviewed) return expected_of_valid(d.amount, d.fund, d.competition);
    if (d.probability) return expected_of_valid(d.amount, *d.probability, 100);
    return weighted;
}

Outcome<Money> weighted_value(const Money& amount, double win_rate) {
    if (Problem p = check_deal_amount(amount); p.code) return Outcome<Money>{{}, p};
    if (!std::isfinite(win_rate) || win_rate < 0 || win_rate > 1)
        return fail<Money>("rate_out_of_range", "win_rate", "A win rate must be between 0% and 100%.");
    return Outcome<Money>{weighted_of_valid(amount, win_rate), {}};
}

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

static std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// `a` and `b` already trimmed.
static bool same_stage_name(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// The funnel's stage names, trimmed once for all the deals of a pipeline.
struct StageNames {
    std::array<std::string_view, max_funnel_stages> names{};
    size_t count = 0;
};

static StageNames stage_names(const Funnel& f) {
    StageNames out;
    out.count = std::min(f.stages.size(), out.names.size());
    for (size_t i = 0; i < out.count; ++i) out.names[i] = trimmed(f.stages[i].name);
    return out;
}

static int find_stage(const StageNames& stages, std::string_view stage) {
    stage = trimmed(stage);
    for (size_t i = 0; i < stages.count; ++i)
        if (same_stage_name(stages.names[i], stage)) return int(i);
    return -1;
}

int find_stage(const Funnel& f, std::string_view stage) { return find_stage(stage_names(f), stage); }

std::vector<int> deals_per_stage(const Funnel& f, const std::vector<Deal>& deals) {
    std::vector<int> count(f.stages.size(), 0);
    const StageNames names = stage_names(f);
    for (const Deal& d : deals)
        if (int i = find_stage(names, d.stage); i >= 0 && d.state == DealState::Open) ++count[size_t(i)];
    return count;
}

// [SECTION] Pipeline KPIs

// Codes are NUL-padded to their 4 bytes (currency_from_code), so comparing all 4 is equality,
// without a strcmp call for every deal of every frame.
static bool same_currency(const Money& m, const Currency& c) {
    return std::memcmp(m.currency.code, c.code, sizeof c.code) == 0;
}

Outcome<double> pipeline_coverage(const Money& open_pipeline, const Money& quota) {
    if (!same_currency(open_pipeline, quota.currency))
        return fail<double>("currency_mismatch", "quota", "The pipeline and the quota must be in the same currency.");
    if (quota.minor <= 0) return fail<double>("no_quota", "quota", "Coverage needs a quota above zero.");
    return Outcome<double>{double(open_pipeline.minor) / double(quota.minor), {}};
}

Outcome<Money> sales_velocity(double open_opportunities, double win_rate, const Money& average_deal,
                              double sales_cycle_days) {
    if (!std::isfinite(open_opportunities) || open_opportunities < 0 || open_opportunities > double(max_pipeline_deals))
        return fail<Money>("opportunities_out_of_range", "open_opportunities",
                           "The number of open opportunities must be from 0 to 100,000.");
    if (!std::isfinite(win_rate) || win_rate < 0 || win_rate > 1)
        return fail<Money>("rate_out_of_range", "win_rate", "A win rate must be between 0% and 100%.");
    if (Problem p = check_deal_amount(average_deal); p.code)
        return fail<Money>(p.code, "average_deal", p.message);
    if (!std::isfinite(sales_cycle_days) || sales_cycle_days < 1)
        return fail<Money>("cycle_days_out_of_range", "sales_cycle_days", "The sales cycle must be at least 1 day.");
    auto minor = to_minor_units(open_opportunities * win_rate * double(average_deal.minor) / sales_cycle_days);
    return Outcome<Money>{Money{minor.value, average_deal.currency}, {}};
}

// [SECTION] Time allocation

Problem check_hours(double hours) {
    if (std::isfinite(hours) && hours >= 0 && hours <= hours_per_week) return {};
    return {"hours_out_of_range", "weekly_hours", "Hours per week must be from 0 to 168."};
}

Problem check_weekly_hours(const std::array<double, placement_count>& weekly_hours) {
    double total = 0;
    for (size_t i = 0; i < placement_count; ++i) {
        if (Problem p = check_hours(weekly_hours[i]); p.code) {
            p.field += "[" + std::to_string(i) + "]";
            return p;
        }
        total += weekly_hours[i];
    }
    if (total > hours_per_week)
        return {"hours_over_week", "weekly_hours", "The hours add up to more than the 168 hours of a week."};
    return {};
}

Outcome<std::array<double, placement_count>> time_shares(const std::array<double, placement_count>& weekly_hours) {
    using Shares = std::array<double, placement_count>;
    if (Problem p = check_weekly_hours(weekly_hours); p.code) return Outcome<Shares>{{}, p};
    const double total = weekly_hours[0] + weekly_hours[1] + weekly_hours[2];
    if (total == 0)
        return fail<Shares>("no_hours", "weekly_hours", "Enter the hours a week you spend on each kind of account.");
    Shares shares{};
    for (size_t i = 0; i < placement_count; ++i) shares[i] = weekly_hours[i] / total;
    return Outcome<Shares>{shares, {}};
}

// [SECTION] Validation

Problem check_deal_amount(const Money& amount) {
    if (is_valid_deal_amount(amount.minor)) return {};
    if (amount.minor < 0) return {"amount_negative", "amount", "The amount must be zero or more."};
    return {"amount_too_large", "amount", "The amount is too large (at most 1,000,000,000)."};
}

Problem check_budget(const Money& budget) {
    if (is_valid_deal_amount(budget.minor)) return {};
    if (budget.minor < 0) return {"budget_negative", "budget", "The budget must be zero (not known) or more."};
    return {"budget_too_large", "budget", "The budget is too large (at most 1,000,000,000)."};
}

Problem check_quota(const Money& quota) {
    if (quota.minor < 0) return {"quota_negative", "quota", "The quota must be zero or more."};
    if (quota.minor > max_minor_units / 1000) return {"quota_too_large", "quota", "The quota is too large."};
    return {};
}

Problem check_sales_cycle_days(int days) {
    if (days >= 1 && days <= max_sales_cycle_days) return {};
    return {"cycle_days_out_of_range", "sales_cycle_days", "The sales cycle must be from 1 to 3,650 days."};
}

// A close or due date the calendar does not have (a CivilDate filled in by code or an import;
// typed text is refused earlier, by parse_iso_date, with the same message).
static Problem check_date(const CivilDate& d, const char* field) {
    if (valid_date(d)) return {};
    return {"invalid_date", field, "A date must be a real calendar day written YYYY-MM-DD."};
}

static Problem at_index(Problem p, const char* list, size_t i) {
    p.field = std::string(list) + "[" + std::to_string(i) + "]." + p.field;
    return p;
}

// validate_deal's rules as one yes/no: the per-frame path asks this, and validate_deal only
// for a deal that fails it, to say why. (The bad-input tests run through evaluate_pipeline, so
// a rule missing here would fail them.)
static bool deal_is_valid(const Deal& d, const Currency& currency) {
    bool ok = is_valid_deal_amount(d.amount.minor) && same_currency(d.amount, currency) &&
              is_valid_deal_amount(d.budget.minor) && (d.budget.minor == 0 || same_currency(d.budget, currency)) &&
              valid_date(d.close_date) && is_valid_percent(d.fund) && is_valid_percent(d.competition) &&
              is_valid_position(d.position) && (d.amount_known || d.amount.minor == 0) &&
              (!d.probability || is_valid_percent(*d.probability)) && (!d.created || valid_date(*d.created));
    for (const BuyingInfluence& b : d.influences) ok = ok && is_valid_roles(b.roles) && is_valid_rating(b.rating);
    for (const ActionItem& a : d.actions) ok = ok && valid_date(a.due);
    return ok;
}

Problem validate_deal(const Deal& d, const Currency& currency) {
    if (Problem p = check_deal_amount(d.amount); p.code) return p;
    if (!same_currency(d.amount, currency))
        return {"currency_mismatch", "amount", "Every amount must be in the quota's currency."};
    if (Problem p = check_budget(d.budget); p.code) return p;
    if (d.budget.minor != 0 && !same_currency(d.budget, currency))
        return {"currency_mismatch", "budget", "Every amount must be in the quota's currency."};
    if (Problem p = check_date(d.close_date, "close_date"); p.code) return p;
    if (Problem p = check_fund_percent(d.fund); p.code) return p;
    if (Problem p = check_competition_percent(d.competition); p.code) return p;
    if (Problem p = check_position(d.position); p.code) return p;
    if (!d.amount_known && d.amount.minor != 0)
        return {"amount_not_known", "amount", "A deal with no amount yet must have an amount of 0."};
    if (d.probability && !is_valid_percent(*d.probability))
        return {"probability_out_of_range", "probability", "The probability must be from 0% to 100%."};
    if (d.created)
        if (Problem p = check_date(*d.created, "created"); p.code) return p;
    for (size_t i = 0; i < d.influences.size(); ++i) {
        if (Problem p = check_roles(d.influences[i].roles); p.code) return at_index(p, "influences", i);
        if (Problem p = check_rating(d.influences[i].rating); p.code) return at_index(p, "influences", i);
    }
    for (size_t i = 0; i < d.actions.size(); ++i)
        if (Problem p = check_date(d.actions[i].due, "due"); p.code) return at_index(p, "actions", i);
    return {};
}

// Everything but the deals themselves.
static Problem validate_pipeline_settings(const std::vector<Deal>& deals, const PipelineSettings& settings) {
    if (Problem p = check_quota(settings.quota); p.code) return p;
    if (Problem p = check_sales_cycle_days(settings.sales_cycle_days); p.code) return p;
    if (deals.size() > max_pipeline_deals)
        return {"too_many_deals", "deals", "The pipeline has too many deals (at most 100,000)."};
    return {};
}

Problem validate_pipeline(const std::vector<Deal>& deals, const PipelineSettings& settings) {
    if (Problem p = validate_pipeline_settings(deals, settings); p.code) return p;
    for (size_t i = 0; i < deals.size(); ++i)
        if (Problem p = validate_deal(deals[i], settings.quota.currency); p.code) return at_index(p, "deals", i);
    return {};
}

// [SECTION] Evaluating a whole pipeline

Outcome<PipelineResult> evaluate_pipeline(const std::vector<Deal>& deals, const Funnel& funnel,
                                          const PipelineSettings& settings) {
    if (Problem p = validate_pipeline_settings(deals, settings); p.code) return Outcome<PipelineResult>{{}, p};
    auto win_rates = stage_win_rates(funnel);
    if (!win_rates.ok()) {
        Problem p = win_rates.problem;
        p.field = "funnel." + p.field;
        return Outcome<PipelineResult>{{}, p};
    }

    const Currency currency = settings.quota.currency;
    const StageNames stages = stage_names(funnel);
    // This period and the next, on the plan's calendar, from the day the pipeline is looked at.
    PeriodRange this_period{}, next{};
    if (settings.dated) {
        this_period = period_containing(settings.period, settings.as_of, settings.fiscal_year_start);
        next = next_period(settings.period, this_period, settings.fiscal_year_start);
    }
    auto close_when = [&](const CivilDate& close) {
        if (!settings.dated) return CloseWhen::ThisPeriod;
        if (close < settings.as_of) return CloseWhen::Overdue;
        if (close <= this_period.last) return CloseWhen::ThisPeriod;
        return close <= next.last ? CloseWhen::NextPeriod : CloseWhen::Later;
    };
    PipelineResult out;
    out.deals.reserve(deals.size());   // filled as computed: no zeroing pass over the results first
    PipelineTotals& t = out.totals;
    int64_t velocity_amount = 0;
    double win_rate_sum = 0;
    for (size_t i = 0; i < deals.size(); ++i) {
        const Deal& d = deals[i];
        // One pass over the deals (the pipeline is recomputed every frame): each is validated
        // just before its values are computed, so the first bad deal is still the one reported.
        if (!deal_is_valid(d, currency))
            return Outcome<PipelineResult>{{}, at_index(validate_deal(d, currency), "deals", i)};
        DealResult& r = out.deals.emplace_back();
        r.state = d.state;
        if (d.state != DealState::Open) {
            // Won and lost deals are history: counted apart, never in the open pipeline.
            DealCount& c = d.state == DealState::Won ? t.won : t.lost;
            ++c.deals;
            c.amount.minor += d.amount.minor;
            // Undated, every won deal counts; dated, a won deal with no close date is a booking of
            // no known period. (The forecast books won deals by the same rule.)
            if (d.state == DealState::Won &&
                (!settings.dated || (d.close_date_known && in_period(this_period, d.close_date)))) {
                ++t.won_this_period.deals;
                t.won_this_period.amount.minor += d.amount.minor;
            }
            r.reviewed = d.reviewed;
            r.placement = placement_for(d.fund, d.competition);
            r.expected = r.weighted = Money{0, currency};
            continue;
        }
        // An undated deal is in no period: not in by_close, never slipped.
        r.when = d.close_date_known ? close_when(d.close_date) : CloseWhen::Later;
        if (d.close_date_known) {
            DealCount& w = t.by_close[size_t(r.when)];
            ++w.deals;
            w.amount.minor += d.amount.minor;
        } else {
            r.flags |= flag_no_close_date;
        }
        r.reviewed = d.reviewed;
        r.placement = placement_for(d.fund, d.competition);
        r.stage = find_stage(stages, d.stage);
        r.flags |= influence_red_flags(d.influences);
        if (d.close_date_known && r.when == CloseWhen::Overdue) r.flags |= flag_slipped;
        if (!d.amount_known) {
            r.flags |= flag_no_amount;
            ++t.deals_without_amount;
        }
        if (r.stage >= 0) {
            r.win_rate = win_rates.value[size_t(r.stage)];
            r.weighted = weighted_of_valid(d.amount, r.win_rate);
            // Velocity's average deal is over known amounts: a deal with none yet is no 0 deal.
            if (d.amount_known) {
                ++t.velocity_deals;
                velocity_amount += d.amount.minor;
                win_rate_sum += r.win_rate;
            }
        } else {
            r.weighted = Money{0, currency};
            r.flags |= flag_stage_not_in_funnel;
            ++t.deals_outside_funnel;
        }
        r.expected = deal_expected_value(d, r.weighted);
        t.open.minor += d.amount.minor;
        t.weighted.minor += r.weighted.minor;
        t.expected.minor += r.expected.minor;
        if (!d.reviewed) {
            ++t.not_reviewed.deals;
            t.not_reviewed.amount.minor += d.amount.minor;
            continue;
        }
        BucketTotal& b = t.buckets[size_t(r.placement)];
        ++b.deals;
        b.amount.minor += d.amount.minor;
        b.expected.minor += r.expected.minor;
    }

    t.deals = int(deals.size()) - t.won.deals - t.lost.deals;
    t.open.currency = t.weighted.currency = t.expected.currency = currency;
    for (DealCount* c : {&t.won, &t.lost, &t.won_this_period, &t.not_reviewed}) c->amount.currency = currency;
    for (DealCount& c : t.by_close) c.amount.currency = currency;
    for (BucketTotal& b : t.buckets) {
        b.amount.currency = b.expected.currency = currency;
        b.value_share = t.open.minor > 0 ? double(b.amount.minor) / double(t.open.minor) : 0.0;
    }
    if (t.velocity_deals > 0) {
        t.win_rate = win_rate_sum / t.velocity_deals;
        t.average_deal.minor = to_minor_units(double(velocity_amount) / t.velocity_deals).value;
    }
    t.average_deal.currency = currency;
    t.coverage = pipeline_coverage(t.by_close[size_t(CloseWhen::ThisPeriod)].amount, settings.quota);
    t.velocity = sales_velocity(t.velocity_deals, t.win_rate, t.average_deal, settings.sales_cycle_days);
    t.time_shares = time_shares(settings.weekly_hours);
    return Outcome<PipelineResult>{std::move(out), {}};
}

} // namespace quotient
