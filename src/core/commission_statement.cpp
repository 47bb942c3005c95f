#include "commission_statement.h"
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include "commission_draws.h"
#include "commission_format.h"
#include "commission_payout.h"
#include "commission_tiers.h"

namespace quotient {

// [SECTION] Lines and statement

const char* line_kind_id(LineKind k) {
    switch (k) {
    case LineKind::Commission: return "commission";
    case LineKind::Multiplier: return "multiplier";
    case LineKind::Spiff: return "spiff";
    case LineKind::Clawback: return "clawback";
    case LineKind::DrawAdvance: return "draw_advance";
    case LineKind::Guarantee: return "guarantee";
    case LineKind::DrawRecovery: return "draw_recovery";
    case LineKind::CapApplied: return "cap_applied";
    case LineKind::AboveLastTier: return "above_last_tier";
    case LineKind::ClawbackCarried: return "clawback_carried";
    }
    return "";
}

bool is_note(LineKind k) {
    return k == LineKind::CapApplied || k == LineKind::AboveLastTier || k == LineKind::ClawbackCarried;
}

bool of_component(LineKind k) {
    return k == LineKind::Commission || k == LineKind::CapApplied || k == LineKind::AboveLastTier;
}

static bool earns_for_deal(LineKind k) {
    return k == LineKind::Commission || k == LineKind::Multiplier || k == LineKind::Spiff;
}

Money deal_earnings(const Statement& s, int deal) {
    int64_t sum = 0;
    for (const StatementLine& l : s.lines)
        if (l.deal == deal && earns_for_deal(l.kind)) sum += l.amount.minor;
    return Money{sum, s.bookings.currency};
}

// [SECTION] Building statements

namespace {

const char* const times = " \u00D7 ";
const char* const minus = " \u2212 ";

Problem too_large() { return {"payout_too_large", "", "The payout is too large to compute."}; }

// Adds `amount` to `total` unless the total would leave Money's range. Both are within
// +-max_minor_units, so the sum itself cannot overflow.
bool add_in_range(int64_t& total, int64_t amount) {
    total += amount;
    return std::llabs(total) <= max_minor_units;
}

// Everything one statement run shares: the inputs, and what each earlier period paid per deal
// (a clawback takes back what the deal earned in the period it closed).
struct Run {
    const CommissionPlan& plan;
    const std::vector<ClosedDeal>& deals;
    const std::string& rep;
    const Locale& loc;
    bool formulas = true;
    struct PeriodEarnings {
        int64_t first_day = 0;
        std::vector<std::pair<int, int64_t>> by_deal;   // deal index -> earnings, ascending index
    };
    std::vector<PeriodEarnings> earned;

    std::string money(int64_t minor) const { return format_money(Money{minor, plan.currency}, loc); }
    Money as_money(int64_t minor) const { return Money{minor, plan.currency}; }
};

struct DealLines {
    std::vector<StatementLine> lines;
    int deals = 0;
    int64_t bookings = 0;
    int64_t margin = 0;
};

bool multiplier_applies(const DealMultiplier& m, const ClosedDeal& d) {
    switch (m.kind) {
    case MultiplierKind::MultiYear: return d.contract_years >= 2;
    case MultiplierKind::NewLogo: return d.new_logo;
    case MultiplierKind::Product: return d.product == m.product;
    }
    return false;
}

bool spiff_applies(const Spiff& s, const ClosedDeal& d) {
    return (s.product.empty() || s.product == d.product) && (!s.new_logo_only || d.new_logo);
}

// A deal credited to the rep in the period, with its credit on bookings and on gross margin.
struct Credited {
    int deal;
    int split;
    int64_t credit;
    int64_t margin_credit;
};

// Deals credited to the rep in `period`, in close-date order (input order on the same day).
std::vector<Credited> credited_in(const Run& r, const PeriodRange& period) {
    std::vector<Credited> out;
    for (size_t k = 0; k < r.deals.size(); ++k) {
        const ClosedDeal& d = r.deals[k];
        const int j = split_index(d, r.rep);
        if (j < 0 || !in_period(period, d.close_date)) continue;
        out.push_back({int(k), j, split_credit(d.amount, d.splits, size_t(j)).minor,
                       split_credit(d.margin, d.splits, size_t(j)).minor});
    }
    std::stable_sort(out.begin(), out.end(), [&](const Credited& a, const Credited& b) {
        return r.deals[size_t(a.deal)].close_date < r.deals[size_t(b.deal)].close_date;
    });
    return out;
}

bool on_margin(const PlanComponent& c) { return c.kind != ComponentKind::Curve && c.paid_on == PaidOn::GrossMargin; }

// One component on the period: its rounded payout on the period's totals, and each deal's
// commission line amount (index as in the credited list).
struct ComponentShares {
    int64_t before_cap = 0;         // rounded payout before the component's cap
    int64_t payout = 0;             // rounded payout on the period's totals
    bool capped = false;            // the cap cut the payout
    bool pro_rata = true;           // lines are shares of `payout`; false: flat lines, basis x rate
    std::vector<int64_t> amounts;
};

// The rule that makes pay independent of the order deals close in: every deal earns its share
// of the component's payout on the period total, in proportion to what it is paid on, so all
// deals earn the period's blended rate. Rounding leftovers go by the largest remainder, ties
// to the deal whose id sorts first (then input order), never by close order. A flat component
// pays the same rate on every deal already, so its lines stay basis x rate, each rounded,
// unless its cap applies: then they share the capped payout like the others. `by_id` lists the
// credited deals in the order of their ids (then input order), for those ties.
Outcome<ComponentShares> component_shares(const CommissionPlan& p, const PlanComponent& comp,
                                          const std::vector<Credited>& credited, const std::vector<size_t>& by_id,
                                          int64_t bookings, int64_t margin) {
    ComponentShares out;
    const double before_cap = component_payout_before_cap(p, comp, bookings, margin);
    out.capped = cap_applies(comp, before_cap);
    auto before = to_minor_units(before_cap);
    auto paid = to_minor_units(component_payout(p, comp, bookings, margin));
    if (!before.ok() || !paid.ok()) return Outcome<ComponentShares>{{}, too_large()};
    out.before_cap = before.value;
    out.payout = paid.value;
    out.pro_rata = comp.kind != ComponentKind::Flat || out.capped;
    auto basis_of = [&](const Credited& c) { return on_margin(comp) ? c.margin_credit : c.credit; };
    if (!out.pro_rata) {
        for (const Credited& c : credited) {
            auto amount = to_minor_units(double(basis_of(c)) * comp.rate);
            if (!amount.ok()) return Outcome<ComponentShares>{{}, too_large()};
            out.amounts.push_back(amount.value);
        }
        return Outcome<ComponentShares>{std::move(out), {}};
    }
    std::vector<int64_t> weights;
    for (size_t i : by_id) weights.push_back(basis_of(credited[i]));
    const std::vector<int64_t> shares = share_pro_rata(out.payout, weights);
    out.amounts.assign(credited.size(), 0);
    for (size_t k = 0; k < by_id.size(); ++k) out.amounts[by_id[k]] = shares[k];
    return Outcome<ComponentShares>{std::move(out), {}};
}

// The component, multiplier and SPIFF lines of every deal credited to the rep in `period`, then
// a note for each component whose cap applied or whose closed last tier left an amount unpaid.
Outcome<DealLines> deal_lines(const Run& r, const PeriodRange& period, bool formulas) {
    const CommissionPlan& p = r.plan;
    const std::vector<Credited> credited = credited_in(r, period);
    DealLines out;
    for (const Credited& c : credited) {
        out.bookings += c.credit;
        out.margin += c.margin_credit;
        ++out.deals;
    }
    std::vector<size_t> by_id(credited.size());
    for (size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
    std::sort(by_id.begin(), by_id.end(), [&](size_t a, size_t b) {
        const std::string& ia = r.deals[size_t(credited[a].deal)].id;
        const std::string& ib = r.deals[size_t(credited[b].deal)].id;
        return ia != ib ? ia < ib : credited[a].deal < credited[b].deal;
    });
    std::vector<ComponentShares> components;
    for (const PlanComponent& comp : p.components) {
        auto shares = component_shares(p, comp, credited, by_id, out.bookings, out.margin);
        if (!shares.ok()) return Outcome<DealLines>{{}, shares.problem};
        components.push_back(std::move(shares.value));
    }

    for (size_t k = 0; k < credited.size(); ++k) {
        const Credited& c = credited[k];
        const ClosedDeal& d = r.deals[size_t(c.deal)];
        const SplitShare& split = d.splits[size_t(c.split)];
        auto line = [&](LineKind kind, int source, int64_t basis) {
            StatementLine l;
            l.kind = kind;
            l.deal = c.deal;
            l.source = source;
            l.credit = r.as_money(c.credit);
            l.basis = r.as_money(basis);
            return l;
        };

        int64_t deal_commission = 0;
        for (size_t i = 0; i < p.components.size(); ++i) {
            const PlanComponent& comp = p.components[i];
            const ComponentShares& shares = components[i];
            const int64_t basis = on_margin(comp) ? c.margin_credit : c.credit;
            const int64_t total_basis = on_margin(comp) ? out.margin : out.bookings;
            const int64_t amount = shares.amounts[k];
            StatementLine l = line(LineKind::Commission, int(i), basis);
            l.amount = r.as_money(amount);
            if (!shares.pro_rata) {
                l.rate = comp.rate;
                if (formulas)
                    l.formula = r.money(basis) + times + format_rate(comp.rate, r.loc) + " = " + r.money(amount);
            } else {
                l.rate = basis != 0 ? double(amount) / double(basis) : 0.0;   // the period's blended rate
                if (formulas)
                    l.formula = r.money(shares.payout) + times + r.money(basis) + " / " + r.money(total_basis) +
                                " = " + r.money(amount);
            }
            if (!add_in_range(deal_commission, amount)) return Outcome<DealLines>{{}, too_large()};
            out.lines.push_back(std::move(l));
        }

        double factor = 1;
        bool multiplied = false;
        std::string factors;
        for (const DealMultiplier& m : p.multipliers) {
            if (!multiplier_applies(m, d)) continue;
            factor *= m.factor;
            if (formulas) factors += (multiplied ? times : "") + format_factor(m.factor, r.loc);
            multiplied = true;
        }
        if (multiplied) {
            auto amount = to_minor_units(double(deal_commission) * (factor - 1));
            if (!amount.ok()) return Outcome<DealLines>{{}, too_large()};
            StatementLine l = line(LineKind::Multiplier, -1, deal_commission);
            l.rate = factor - 1;
            l.amount = r.as_money(amount.value);
            if (formulas)
                l.formula = r.money(deal_commission) + times + "(" + factors + minus + "1) = " + r.money(amount.value);
            out.lines.push_back(std::move(l));
        }

        for (size_t i = 0; i < p.spiffs.size(); ++i) {
            const Spiff& s = p.spiffs[i];
            if (!spiff_applies(s, d)) continue;
            // Split like the deal, so the reps' SPIFF lines add up to the SPIFF to the minor unit.
            StatementLine l = line(LineKind::Spiff, int(i), s.amount.minor);
            l.rate = split.share;
            l.amount = split_credit(s.amount, d.splits, size_t(c.split));
            if (formulas)
                l.formula =
                    r.money(s.amount.minor) + times + format_rate(split.share, r.loc) + " = " + r.money(l.amount.minor);
            out.lines.push_back(std::move(l));
        }
    }

    for (size_t i = 0; i < p.components.size(); ++i) {
        const PlanComponent& comp = p.components[i];
        const int64_t paid_on = on_margin(comp) ? out.margin : out.bookings;
        if (components[i].capped) {
            StatementLine l;
            l.kind = LineKind::CapApplied;
            l.source = int(i);
            l.basis = r.as_money(components[i].before_cap);
            l.credit = l.amount = r.as_money(0);
            if (formulas)
                l.formula = "min(" + r.money(components[i].before_cap) + ", " + r.money(comp.cap.minor) + ") = " +
                            r.money(components[i].payout);
            out.lines.push_back(std::move(l));
        }
        if (comp.kind == ComponentKind::Tiered) {
            const int64_t above = paid_on - covered_amount(comp.tiers, paid_on);
            if (above > 0) {
                StatementLine l;
                l.kind = LineKind::AboveLastTier;
                l.source = int(i);
                l.basis = r.as_money(above);
                l.credit = l.amount = r.as_money(0);
                if (formulas)
                    l.formula = "(" + r.money(paid_on) + minus + r.money(comp.tiers.back().to.minor) + ")" + times +
                                format_rate(0, r.loc) + " = " + r.money(0);
                out.lines.push_back(std::move(l));
            }
        }
    }
    return Outcome<DealLines>{std::move(out), {}};
}

// Keeps what each deal earned in `period`, for clawbacks in later periods.
const Run::PeriodEarnings& remember(Run& r, const PeriodRange& period, const std::vector<StatementLine>& lines) {
    const int64_t first_day = day_number(period.first);
    for (const Run::PeriodEarnings& e : r.earned)
        if (e.first_day == first_day) return e;
    Run::PeriodEarnings e;
    e.first_day = first_day;
    for (const StatementLine& l : lines) {
        if (!earns_for_deal(l.kind)) continue;
        if (e.by_deal.empty() || e.by_deal.back().first != l.deal) e.by_deal.push_back({l.deal, 0});
        e.by_deal.back().second += l.amount.minor;   // a deal's lines are consecutive
    }
    std::sort(e.by_deal.begin(), e.by_deal.end());
    r.earned.push_back(std::move(e));
    return r.earned.back();
}

// What deal k earned the rep in the period it closed.
Outcome<int64_t> earned_at_close(Run& r, int k) {
    const PeriodRange period = period_containing(r.plan.period, r.deals[size_t(k)].close_date, r.plan.fiscal_year_start);
    const int64_t first_day = day_number(period.first);
    const Run::PeriodEarnings* e = nullptr;
    for (const Run::PeriodEarnings& known : r.earned)
        if (known.first_day == first_day) e = &known;
    if (!e) {
        auto lines = deal_lines(r, period, false);
        if (!lines.ok()) return Outcome<int64_t>{{}, lines.problem};
        e = &remember(r, period, lines.value.lines);
    }
    auto it = std::lower_bound(e->by_deal.begin(), e->by_deal.end(), std::pair<int, int64_t>{k, INT64_MIN});
    return Outcome<int64_t>{it != e->by_deal.end() && it->first == k ? it->second : 0, {}};
}

// Clawback lines for customers that churned in `period` within the plan's window, in churn order.
Outcome<std::vector<StatementLine>> clawback_lines(Run& r, const PeriodRange& period) {
    std::vector<StatementLine> out;
    if (r.plan.clawback_days == 0) return Outcome<std::vector<StatementLine>>{out, {}};
    std::vector<int> churned;
    for (size_t k = 0; k < r.deals.size(); ++k) {
        const ClosedDeal& d = r.deals[k];
        if (d.churned && in_period(period, d.churn_date) && split_index(d, r.rep) >= 0 &&
            days_between(d.close_date, d.churn_date) <= r.plan.clawback_days)
            churned.push_back(int(k));
    }
    std::stable_sort(churned.begin(), churned.end(),
                     [&](int a, int b) { return r.deals[size_t(a)].churn_date < r.deals[size_t(b)].churn_date; });
    for (int k : churned) {
        const ClosedDeal& d = r.deals[size_t(k)];
        auto earned = earned_at_close(r, k);
        if (!earned.ok()) return Outcome<std::vector<StatementLine>>{{}, earned.problem};
        StatementLine l;
        l.kind = LineKind::Clawback;
        l.deal = k;
        l.credit = split_credit(d.amount, d.splits, size_t(split_index(d, r.rep)));
        l.basis = r.as_money(earned.value);
        l.rate = -1;
        l.amount = r.as_money(-earned.value);
        l.days = int(days_between(d.close_date, d.churn_date));
        if (r.formulas)
            l.formula = "\u22121" + std::string(times) + r.money(earned.value) + " = " + r.money(-earned.value);
        out.push_back(std::move(l));
    }
    return Outcome<std::vector<StatementLine>>{std::move(out), {}};
}

// Subtotals: every component (even without lines), then each other kind of line present.
std::vector<StatementSubtotal> subtotals(const Run& r, const Statement& s) {
    std::vector<StatementSubtotal> out;
    const CommissionPlan& p = r.plan;
    for (size_t i = 0; i < p.components.size(); ++i) {
        StatementSubtotal t;
        t.source = int(i);
        int64_t sum = 0;
        for (const StatementLine& l : s.lines)
            if (l.kind == LineKind::Commission && l.source == int(i)) sum += l.amount.minor;
        t.amount = r.as_money(sum);
        const PlanComponent& c = p.components[i];
        // Lines that share the component's payout add up to it: show it worked out on the total.
        const bool shared = c.kind != ComponentKind::Flat ||
                            cap_applies(c, component_payout_before_cap(p, c, s.bookings.minor, s.margin.minor));
        if (r.formulas && shared)
            t.formula = component_working(p, c, s.bookings.minor, s.margin.minor, r.loc) + " = " + r.money(sum);
        out.push_back(std::move(t));
    }
    for (const StatementLine& l : s.lines) {
        if (l.kind == LineKind::Commission || is_note(l.kind)) continue;
        const int source = l.kind == LineKind::Spiff ? l.source : -1;
        auto same = [&](const StatementSubtotal& t) { return t.kind == l.kind && t.source == source; };
        auto it = std::find_if(out.begin(), out.end(), same);
        if (it == out.end()) {
            out.push_back(StatementSubtotal{l.kind, source, r.as_money(0), {}});
            it = out.end() - 1;
        }
        it->amount.minor += l.amount.minor;
    }
    return out;
}

Outcome<Statement> statement_for(Run& r, const PeriodRange& period, int64_t balance_before) {
    const CommissionPlan& p = r.plan;
    auto deal_part = deal_lines(r, period, r.formulas);
    if (!deal_part.ok()) return Outcome<Statement>{{}, deal_part.problem};
    remember(r, period, deal_part.value.lines);
    auto clawbacks = clawback_lines(r, period);
    if (!clawbacks.ok()) return Outcome<Statement>{{}, clawbacks.problem};

    Statement s;
    s.rep = r.rep;
    s.period = period;
    s.deals = deal_part.value.deals;
    s.bookings = r.as_money(deal_part.value.bookings);
    s.margin = r.as_money(deal_part.value.margin);
    s.lines = std::move(deal_part.value.lines);
    int64_t commission = 0, clawed = 0;
    for (const StatementLine& l : s.lines)
        if (!add_in_range(commission, l.amount.minor)) return Outcome<Statement>{{}, too_large()};
    for (StatementLine& l : clawbacks.value) {
        if (!add_in_range(clawed, l.amount.minor)) return Outcome<Statement>{{}, too_large()};
        s.lines.push_back(std::move(l));
    }
    int64_t earned = commission;
    if (!add_in_range(earned, clawed)) return Outcome<Statement>{{}, too_large()};

    const DrawSettlement draw = settle_draw(p.draw, earned, -clawed, balance_before);
    // Negative earnings (clawbacks) are bracketed: "$3,000.00 − (-$3,500.00)".
    const std::string earned_text = earned < 0 ? "(" + r.money(earned) + ")" : r.money(earned);
    if (draw.advance > 0) {
        StatementLine l;
        l.kind = p.draw.kind == DrawKind::Recoverable ? LineKind::DrawAdvance : LineKind::Guarantee;
        l.basis = p.draw.amount;
        l.credit = r.as_money(0);
        l.amount = r.as_money(draw.advance);
        if (r.formulas) l.formula = r.money(p.draw.amount.minor) + minus + earned_text + " = " + r.money(draw.advance);
        s.lines.push_back(std::move(l));
    }
    if (draw.carried > 0) {
        StatementLine l;
        l.kind = LineKind::ClawbackCarried;
        l.basis = r.as_money(draw.carried);
        l.credit = l.amount = r.as_money(0);
        if (r.formulas)
            l.formula = "min(" + r.money(-clawed) + ", " + r.money(p.draw.amount.minor) + minus + earned_text +
                        ") = " + r.money(draw.carried);
        s.lines.push_back(std::move(l));
    }
    if (draw.recovery > 0) {
        StatementLine l;
        l.kind = LineKind::DrawRecovery;
        l.basis = r.as_money(balance_before);
        l.credit = r.as_money(0);
        l.amount = r.as_money(-draw.recovery);
        if (r.formulas)
            l.formula = "\u2212min(" + r.money(balance_before) + ", " + r.money(earned) + minus +
                        r.money(p.draw.amount.minor) + ") = " + r.money(-draw.recovery);
        s.lines.push_back(std::move(l));
    }
    s.subtotals = subtotals(r, s);

    s.commission = r.as_money(commission);
    s.clawbacks = r.as_money(clawed);
    s.earned = r.as_money(earned);
    s.draw = r.as_money(draw.advance - draw.recovery);
    int64_t total = earned;
    if (!add_in_range(total, s.draw.minor)) return Outcome<Statement>{{}, too_large()};
    s.total_payout = r.as_money(total);
    s.draw_balance_before = r.as_money(balance_before);
    s.draw_balance_after = r.as_money(draw.balance_after);
    s.base_salary = p.base_salary;
    s.total_pay = r.as_money(p.base_salary.minor + total);
    s.attainment = attainment_for(p, s.bookings);
    if (s.bookings.minor > 0)
        s.effective_rate = Outcome<double>{double(earned) / double(s.bookings.minor), {}};
    else
        s.effective_rate =
            fail<double>("no_bookings", "", "There are no bookings in the period, so there is no effective rate.");
    return Outcome<Statement>{std::move(s), {}};
}

Problem validate_request(const CommissionPlan& plan, const std::vector<ClosedDeal>& deals,
                         const StatementRequest& req) {
    if (Problem e = validate_plan(plan); e.code) return e;
    if (Problem e = validate_deals(deals, plan.currency); e.code) return e;
    if (req.rep.empty()) return {"rep_missing", "rep", "Name the rep whose statement this is."};
    if (!valid_date(req.period_date))
        return {"invalid_date", "period", "A date must be a real calendar day written YYYY-MM-DD."};
    if (std::strcmp(req.draw_balance.currency.code, plan.currency.code) != 0)
        return {"currency_mismatch", "draw_balance", "Every amount must be in the plan's currency."};
    if (req.draw_balance.minor < 0) return {"amount_negative", "draw_balance", "The amount must be zero or more."};
    if (req.draw_balance.minor > max_deal_minor)
        return {"amount_too_large", "draw_balance", "The amount is too large."};
    return {};
}

} // namespace

Outcome<Statement> build_statement(const CommissionPlan& plan, const std::vector<ClosedDeal>& deals,
                                   const StatementRequest& request) {
    if (Problem e = validate_request(plan, deals, request); e.code) return Outcome<Statement>{{}, e};
    Run r{plan, deals, request.rep, request.locale, request.formulas, {}};
    return statement_for(r, period_containing(plan.period, request.period_date, plan.fiscal_year_start), request.draw_balance.minor);
}

Outcome<std::vector<Statement>> run_periods(const CommissionPlan& plan, const std::vector<ClosedDeal>& deals,
                                            const StatementRequest& first, int periods) {
    using Result = Outcome<std::vector<Statement>>;
    if (Problem e = validate_request(plan, deals, first); e.code) return Result{{}, e};
    if (periods < 1 || periods > 120)
        return fail<std::vector<Statement>>("periods_out_of_range", "periods", "Run between 1 and 120 periods.");
    Run r{plan, deals, first.rep, first.locale, first.formulas, {}};
    Result out;
    PeriodRange period = period_containing(plan.period, first.period_date, plan.fiscal_year_start);
    int64_t balance = first.draw_balance.minor;
    for (int i = 0; i < periods; ++i) {
        if (!valid_date(period.last))
            return fail<std::vector<Statement>>("invalid_date", "periods", "The run goes past the year 9999.");
        auto s = statement_for(r, period, balance);
        if (!s.ok()) return Result{{}, s.problem};
        balance = s.value.draw_balance_after.minor;
        out.value.push_back(std::move(s.value));
        period = next_period(plan.period, period, plan.fiscal_year_start);
    }
    return out;
}

} // namespace quotient
