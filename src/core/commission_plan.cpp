#include "commission_plan.h"
#include <algorithm>
#include <cmath>
#include <cstring>

namespace quotient {

// [SECTION] Pay: base salary, target incentive, OTE and pay mix

Outcome<PayFigures> complete_pay(const PayFigures& given, PayFigure known_a, PayFigure known_b) {
    if (known_a == known_b)
        return fail<PayFigures>("pay_figures_same", "", "Give two different pay figures to derive the others.");
    auto known = [&](PayFigure f) { return known_a == f || known_b == f; };
    struct Named { PayFigure figure; const Money* money; const char* field; };
    const Named amounts[] = {{PayFigure::BaseSalary, &given.base_salary, "base_salary"},
                             {PayFigure::TargetIncentive, &given.target_incentive, "target_incentive"},
                             {PayFigure::Ote, &given.ote, "ote"}};
    Currency currency{};
    bool have_currency = false;
    for (const Named& n : amounts) {
        if (!known(n.figure)) continue;
        if (n.money->minor < 0) return fail<PayFigures>("pay_negative", n.field, "Pay figures must be zero or more.");
        if (n.money->minor > max_deal_minor)
            return fail<PayFigures>("amount_too_large", n.field, "The amount is too large.");
        if (!have_currency) currency = n.money->currency, have_currency = true;
    }
    const double mix = given.base_share;
    if (known(PayFigure::PayMix) && !(mix >= 0 && mix <= 1))   // also refuses NaN
        return fail<PayFigures>("rate_out_of_range", "pay_mix", "The pay mix must be a base share from 0% to 100%.");

    int64_t base = given.base_salary.minor, incentive = given.target_incentive.minor, ote = given.ote.minor;
    // The one figure computed from a share is rounded by the money rule.
    auto rounded = [](double minor, int64_t& out) {
        auto r = to_minor_units(minor);
        if (r.ok()) out = r.value;
        return r.problem;
    };
    Problem p{};
    if (known(PayFigure::BaseSalary) && known(PayFigure::TargetIncentive)) {
        ote = base + incentive;
    } else if (known(PayFigure::BaseSalary) && known(PayFigure::Ote)) {
        if (base > ote)
            return fail<PayFigures>("base_above_ote", "base_salary", "The base salary cannot exceed the OTE.");
        incentive = ote - base;
    } else if (known(PayFigure::TargetIncentive) && known(PayFigure::Ote)) {
        if (incentive > ote)
            return fail<PayFigures>("incentive_above_ote", "target_incentive",
                                    "The target incentive cannot exceed the OTE.");
        base = ote - incentive;
    } else if (known(PayFigure::Ote)) {   // and the mix
        p = rounded(double(ote) * mix, base);
        incentive = ote - base;
    } else if (known(PayFigure::BaseSalary)) {   // and the mix: OTE = base / base share
        if (mix == 0)
            return fail<PayFigures>("pay_mix_undefined", "pay_mix",
                                    "With a 0% base share the base salary cannot give the OTE.");
        p = rounded(double(base) / mix, ote);
        incentive = ote - base;
    } else {   // target incentive and the mix: OTE = incentive / (1 - base share)
        if (mix == 1)
            return fail<PayFigures>("pay_mix_undefined", "pay_mix",
                                    "With a 100% base share the target incentive cannot give the OTE.");
        p = rounded(double(incentive) / (1.0 - mix), ote);
        base = ote - incentive;
    }
    if (p.code) return fail<PayFigures>(p.code, "pay_mix", p.message);

    PayFigures out;
    out.base_salary = Money{base, currency};
    out.target_incentive = Money{incentive, currency};
    out.ote = Money{ote, currency};
    if (known(PayFigure::PayMix)) {
        out.base_share = mix;
    } else {
        if (ote == 0) return fail<PayFigures>("ote_zero", "ote", "The OTE is zero, so there is no pay mix.");
        out.base_share = double(base) / double(ote);
    }
    return Outcome<PayFigures>{out, {}};
}

Money plan_ote(const CommissionPlan& p) { return Money{p.base_salary.minor + p.target_incentive.minor, p.currency}; }

// [SECTION] Deals and split credit

int split_index(const ClosedDeal& d, const std::string& rep) {
    for (size_t i = 0; i < d.splits.size(); ++i)
        if (d.splits[i].rep == rep) return int(i);
    return -1;
}

static int64_t rounded_share(int64_t amount, double share) {
    // Validated shares (0..1) of validated amounts cannot fail the rounding rule.
    return to_minor_units(double(amount) * share).value;
}

Money split_credit(const Money& amount, const std::vector<SplitShare>& splits, size_t index) {
    if (index + 1 < splits.size()) return Money{rounded_share(amount.minor, splits[index].share), amount.currency};
    int64_t rest = amount.minor;
    for (size_t i = 0; i + 1 < splits.size(); ++i) rest -= rounded_share(amount.minor, splits[i].share);
    return Money{rest, amount.currency};
}

// [SECTION] Validation

static bool same_currency(const Money& m, const Currency& c) { return std::strcmp(m.currency.code, c.code) == 0; }

// An amount of the plan: zero or more, not absurd, in the plan's currency.
static Problem check_amount(const Money& m, const Currency& c, const std::string& field) {
    if (!same_currency(m, c))
        return {"currency_mismatch", field, "Every amount must be in the plan's currency."};
    if (m.minor < 0) return {"amount_negative", field, "The amount must be zero or more."};
    if (m.minor > max_deal_minor) return {"amount_too_large", field, "The amount is too large."};
    return {};
}

static Problem check_rate(double rate, const std::string& field) {
    if (rate < 0) return {"rate_negative", field, "A rate cannot be negative."};
    if (!(rate <= 1)) return {"rate_out_of_range", field, "A rate must be between 0% and 100%."};   // also NaN
    return {};
}

static Problem check_factor(double factor, const std::string& field) {
    if (!(factor >= 0 && factor <= 100))
        return {"multiplier_out_of_range", field, "A multiplier must be between 0 and 100."};
    return {};
}

static std::string item(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }

static Problem validate_tiers(const PlanComponent& c, const Currency& cur, const std::string& at) {
    const std::vector<Tier>& tiers = c.tiers;
    if (tiers.empty()) return {"no_tiers", at + ".tiers", "A tiered component needs at least one tier."};
    if (tiers.size() > 50) return {"too_many_tiers", at + ".tiers", "A component has at most 50 tiers."};
    for (size_t j = 0; j < tiers.size(); ++j) {
        const Tier& t = tiers[j];
        const std::string tf = item(at + ".tiers", j);
        const bool last = j + 1 == tiers.size();
        if (Problem p = check_amount(t.from, cur, tf + ".from"); p.code) return p;
        if (!t.open_ended)
            if (Problem p = check_amount(t.to, cur, tf + ".to"); p.code) return p;
        if (Problem p = check_rate(t.rate, tf + ".rate"); p.code) return p;
        if (j == 0 && t.from.minor != 0)
            return {"tiers_not_from_zero", tf + ".from", "The first tier must start at zero."};
        if (j > 0) {
            const Tier& prev = tiers[j - 1];
            if (t.from.minor < prev.from.minor)
                return {"tiers_unsorted", tf + ".from", "Tiers must be listed from the lowest to the highest."};
            if (t.from.minor < prev.to.minor)
                return {"tiers_overlap", tf + ".from", "Tiers overlap: a tier must start where the previous one ends."};
            if (t.from.minor > prev.to.minor)
                return {"tiers_gap", tf + ".from", "Tiers leave a gap: a tier must start where the previous one ends."};
        }
        if (t.open_ended && !last)
            return {"open_tier_not_last", tf + ".to", "Only the last tier may have no upper end."};
        if (!t.open_ended && t.to.minor <= t.from.minor)
            return {"tiers_unsorted", tf + ".to", "A tier must end above where it starts."};
    }
    return {};
}

static Problem validate_curve(const CommissionPlan& plan, const PayoutCurve& c, const std::string& at) {
    if (plan.quota.minor <= 0)
        return {"quota_required", "quota", "An attainment curve needs a quota above zero."};
    if (!(c.threshold >= 0 && c.threshold <= 1))
        return {"threshold_out_of_range", at + ".threshold", "The threshold must be between 0% and 100% attainment."};
    if (!(c.decelerator >= 0 && c.decelerator <= 1))
        return {"decelerator_out_of_range", at + ".decelerator", "The decelerator must be between 0% and 100%."};
    if (c.accelerators.size() > 20)
        return {"too_many_accelerators", at + ".accelerators", "A curve has at most 20 accelerator steps."};
    for (size_t j = 0; j < c.accelerators.size(); ++j) {
        const Accelerator& a = c.accelerators[j];
        const std::string af = item(at + ".accelerators", j);
        if (!(a.from_attainment >= 1 && a.from_attainment <= 100))
            return {"accelerator_out_of_range", af + ".from", "An accelerator starts at 100% attainment or above."};
        if (j > 0 && a.from_attainment <= c.accelerators[j - 1].from_attainment)
            return {"accelerators_unsorted", af + ".from",
                    "Accelerator steps must be listed from the lowest to the highest."};
        if (a.multiplier < 0) return {"rate_negative", af + ".multiplier", "A multiplier cannot be negative."};
        if (Problem p = check_factor(a.multiplier, af + ".multiplier"); p.code) return p;
    }
    if (c.cap != CapKind::None) {
        if (!(c.cap_at > 0 && c.cap_at <= 100))
            return {"cap_out_of_range", at + ".cap.at", "A cap must be above 0% (and at most 10,000%)."};
        if (c.threshold > c.cap_at)
            return {"threshold_above_cap", at + ".threshold", "The threshold cannot be above the cap."};
    }
    return {};
}

Problem validate_plan(const CommissionPlan& p) {
    const Currency& cur = p.currency;
    if (Problem e = check_amount(p.base_salary, cur, "base_salary"); e.code) return e;
    if (Problem e = check_amount(p.target_incentive, cur, "target_incentive"); e.code) return e;
    if (Problem e = check_amount(p.quota, cur, "quota"); e.code) return e;
    if (p.components.size() > 20) return {"too_many_components", "components", "A plan has at most 20 components."};
    for (size_t i = 0; i < p.components.size(); ++i) {
        const PlanComponent& c = p.components[i];
        const std::string at = item("components", i);
        Problem e{};
        switch (c.kind) {
        case ComponentKind::Flat: e = check_rate(c.rate, at + ".rate"); break;
        case ComponentKind::Tiered: e = validate_tiers(c, cur, at); break;
        case ComponentKind::Curve: e = validate_curve(p, c.curve, at); break;
        }
        if (e.code) return e;
        if (c.capped && c.kind != ComponentKind::Curve)
            if (Problem cap = check_amount(c.cap, cur, at + ".cap"); cap.code) return cap;
    }
    for (size_t i = 0; i < p.multipliers.size(); ++i) {
        const DealMultiplier& m = p.multipliers[i];
        const std::string at = item("multipliers", i);
        if (Problem e = check_factor(m.factor, at + ".factor"); e.code) return e;
        if (m.kind == MultiplierKind::Product && m.product.empty())
            return {"product_missing", at + ".product", "A product multiplier needs the product's name."};
    }
    for (size_t i = 0; i < p.spiffs.size(); ++i)
        if (Problem e = check_amount(p.spiffs[i].amount, cur, item("spiffs", i) + ".amount"); e.code) return e;
    if (p.clawback_days < 0 || p.clawback_days > max_clawback_days)
        return {"clawback_days_out_of_range", "clawback_days", "The clawback window must be between 0 and 3660 days."};
    if (p.draw.kind != DrawKind::None)
        if (Problem e = check_amount(p.draw.amount, cur, "draw.amount"); e.code) return e;
    return {};
}

// `at` names the deal ("deals[4]"); field names are only built for a problem, because a clean
// list of 10,000 deals is checked on every statement.
template <class At>
static Problem validate_splits(const ClosedDeal& d, const At& at) {
    if (d.splits.empty()) return {"no_splits", at() + ".splits", "A deal needs at least one rep to credit."};
    double total = 0;
    for (size_t j = 0; j < d.splits.size(); ++j) {
        const SplitShare& s = d.splits[j];
        auto sf = [&] { return item(at() + ".splits", j); };
        if (s.rep.empty()) return {"rep_missing", sf() + ".rep", "Each split names a rep."};
        if (!(s.share >= 0 && s.share <= 1))
            return {"share_out_of_range", sf() + ".share", "A split share must be between 0% and 100%."};
        for (size_t k = 0; k < j; ++k)
            if (d.splits[k].rep == s.rep)
                return {"split_duplicate_rep", sf() + ".rep", "A rep appears twice in the same split."};
        total += s.share;
    }
    // Shares are typed as decimals (0.3333 + 0.3333 + 0.3334): allow for binary rounding only.
    if (std::fabs(total - 1.0) > 1e-9) return {"splits_not_100", at() + ".splits", "The split shares must total 100%."};
    return {};
}

Problem validate_deals(const std::vector<ClosedDeal>& deals, const Currency& currency) {
    if (deals.size() > max_deals) return {"too_many_deals", "deals", "At most 1,000,000 deals."};
    const char* const bad_date = "A date must be a real calendar day written YYYY-MM-DD.";
    for (size_t k = 0; k < deals.size(); ++k) {
        const ClosedDeal& d = deals[k];
        auto at = [k] { return item("deals", k); };
        if (!same_currency(d.amount, currency))
            return {"currency_mismatch", at() + ".amount", "Every amount must be in the plan's currency."};
        if (!same_currency(d.margin, currency))
            return {"currency_mismatch", at() + ".margin", "Every amount must be in the plan's currency."};
        if (d.amount.minor < 0) return {"deal_negative", at() + ".amount", "A deal's amount must be zero or more."};
        if (d.amount.minor > max_deal_minor)
            return {"deal_too_large", at() + ".amount", "The deal's amount is too large."};
        if (d.margin.minor < 0 || d.margin.minor > d.amount.minor)
            return {"margin_out_of_range", at() + ".margin",
                    "The gross margin must be between zero and the deal's amount."};
        if (!valid_date(d.close_date)) return {"invalid_date", at() + ".close_date", bad_date};
        if (d.contract_years < 1 || d.contract_years > 100)
            return {"years_out_of_range", at() + ".years", "Contract years must be between 1 and 100."};
        if (Problem p = validate_splits(d, at); p.code) return p;
        if (d.churned) {
            if (!valid_date(d.churn_date)) return {"invalid_date", at() + ".churn_date", bad_date};
            if (d.churn_date < d.close_date)
                return {"churn_before_close", at() + ".churn_date", "A customer cannot churn before the deal closes."};
        }
    }
    return {};
}

// [SECTION] The commission part of a scenario

static Money usd(int64_t dollars) { return Money{dollars * 100, currency_from_code("USD")}; }

CommissionBook commission_example(const CivilDate& today) {
    CommissionPlan current;
    current.name = "Current plan";
    current.currency = currency_from_code("USD");
    current.base_salary = usd(30'000);
    current.target_incentive = usd(20'000);
    current.quota = usd(200'000);
    // 8% on the first $100,000 and 12% on the next $100,000 pay the $20,000 target incentive at
    // quota; bookings above quota earn 15%.
    PlanComponent tiers;
    tiers.name = "Bookings tiers";
    tiers.kind = ComponentKind::Tiered;
    tiers.tiers = {Tier{usd(0), usd(100'000), false, 0.08}, Tier{usd(100'000), usd(200'000), false, 0.12},
                   Tier{usd(200'000), {}, true, 0.15}};
    current.components = {tiers};

    CommissionPlan proposed = current;
    proposed.name = "Proposed plan";
    PlanComponent curve;
    curve.name = "Attainment curve";
    curve.kind = ComponentKind::Curve;
    curve.curve.threshold = 0.5;
    curve.curve.accelerators = {Accelerator{1.0, 1.5}, Accelerator{1.5, 2.0}};
    curve.curve.cap = CapKind::Payout;
    curve.curve.cap_at = 3.0;
    proposed.components = {curve};

    CommissionBook book;
    book.plans = {current, proposed};
    book.rep = "You";
    // The current quarter, with deals that closed 64, 44 and 10 days ago, or on its first day
    // when that is later: the statement shows all three, whatever the day (from 2024-03-22 they
    // are the 18 January, 7 February and 12 March of the first quarter of 2024).
    const PeriodRange quarter = period_containing(PlanPeriod::Quarter, today);
    book.period_date = quarter.first;
    auto days_ago = [&](int days) { return std::max(quarter.first, date_from_day_number(day_number(today) - days)); };
    auto deal = [&](const char* id, CivilDate close, int64_t dollars, int64_t margin) {
        ClosedDeal d;
        d.id = id;
        d.close_date = close;
        d.amount = usd(dollars);
        d.margin = usd(margin);
        d.splits = {SplitShare{book.rep, 1.0}};
        return d;
    };
    book.deals.push_back(deal("Acme renewal", days_ago(64), 40'000, 28'000));
    book.deals.push_back(deal("Globex new logo", days_ago(44), 60'000, 39'000));
    book.deals.back().new_logo = true;
    book.deals.back().contract_years = 2;
    book.deals.push_back(deal("Initech expansion", days_ago(10), 50'000, 30'000));
    book.deals.back().splits = {SplitShare{book.rep, 0.5}, SplitShare{"Sam", 0.5}};
    return book;
}

} // namespace quotient
