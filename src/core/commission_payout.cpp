#include "commission_payout.h"
#include <cmath>
#include <cstring>
#include "commission_curve.h"
#include "commission_format.h"
#include "commission_tiers.h"

namespace quotient {

static int64_t amount_paid_on(const PlanComponent& c, int64_t bookings, int64_t margin) {
    return c.kind != ComponentKind::Curve && c.paid_on == PaidOn::GrossMargin ? margin : bookings;
}

double component_payout_before_cap(const CommissionPlan& p, const PlanComponent& c, int64_t bookings,
                                   int64_t margin) {
    const int64_t amount = amount_paid_on(c, bookings, margin);
    switch (c.kind) {
    case ComponentKind::Flat: return double(amount) * c.rate;
    case ComponentKind::Tiered: return tier_payout(c.tiers, c.method, p.boundary, amount);
    case ComponentKind::Curve:
        return double(p.target_incentive.minor) * payout_factor(c.curve, p.boundary, amount, p.quota.minor);
    }
    return 0;
}

bool cap_applies(const PlanComponent& c, double before_cap) {
    return c.capped && c.kind != ComponentKind::Curve && before_cap > double(c.cap.minor);
}

double component_payout(const CommissionPlan& p, const PlanComponent& c, int64_t bookings, int64_t margin) {
    const double before_cap = component_payout_before_cap(p, c, bookings, margin);
    return cap_applies(c, before_cap) ? double(c.cap.minor) : before_cap;
}

std::string component_working(const CommissionPlan& p, const PlanComponent& c, int64_t bookings, int64_t margin,
                              const Locale& loc) {
    const Money amount{amount_paid_on(c, bookings, margin), p.currency};
    std::string working;
    switch (c.kind) {
    case ComponentKind::Flat: working = format_money(amount, loc) + " \u00D7 " + format_rate(c.rate, loc); break;
    case ComponentKind::Tiered: working = tier_working(c.tiers, c.method, p.boundary, amount, loc); break;
    case ComponentKind::Curve:
        working = format_money(p.target_incentive, loc) + " \u00D7 (" +
                  payout_factor_working(c.curve, p.boundary, amount.minor, p.quota.minor, loc) + ")";
        break;
    }
    if (cap_applies(c, component_payout_before_cap(p, c, bookings, margin)))
        working = "min(" + working + ", " + format_money(c.cap, loc) + ")";
    return working;
}

// plan_payout without the checks, for callers that validated already. Fails only when a
// component's payout leaves Money's range.
static Outcome<int64_t> payout_minor(const CommissionPlan& p, int64_t bookings, int64_t margin) {
    int64_t total = 0;
    for (const PlanComponent& c : p.components) {
        auto part = to_minor_units(component_payout(p, c, bookings, margin));
        if (!part.ok() || std::llabs(total + part.value) > max_minor_units)
            return fail<int64_t>("payout_too_large", "", "The payout is too large to compute.");
        total += part.value;
    }
    return Outcome<int64_t>{total, {}};
}

static bool same_currency(const Money& m, const Currency& c) { return std::strcmp(m.currency.code, c.code) == 0; }

Outcome<double> attainment_for(const CommissionPlan& p, const Money& bookings) {
    if (p.quota.minor <= 0)
        return fail<double>("no_quota", "quota", "The plan has no quota, so there is no attainment.");
    return Outcome<double>{double(bookings.minor) / double(p.quota.minor), {}};
}

Outcome<Money> plan_payout(const CommissionPlan& p, const Money& bookings, const Money& margin) {
    if (Problem e = validate_plan(p); e.code) return Outcome<Money>{{}, e};
    if (!same_currency(bookings, p.currency) || !same_currency(margin, p.currency))
        return fail<Money>("currency_mismatch", "", "Every amount must be in the plan's currency.");
    auto total = payout_minor(p, bookings.minor, margin.minor);
    if (!total.ok()) return Outcome<Money>{{}, total.problem};
    return Outcome<Money>{Money{total.value, p.currency}, {}};
}

static Problem check_margin_rate(double margin_rate) {
    if (!(margin_rate >= 0 && margin_rate <= 1))
        return {"rate_out_of_range", "margin_rate", "The gross margin must be between 0% and 100% of bookings."};
    return {};
}

// Bookings and margin at `attainment` of the plan's quota.
static Outcome<EarningsPoint> point_at(const CommissionPlan& p, double attainment, double margin_rate) {
    auto bookings = to_minor_units(attainment * double(p.quota.minor));
    if (!bookings.ok()) return Outcome<EarningsPoint>{{}, bookings.problem};
    const int64_t margin = to_minor_units(double(bookings.value) * margin_rate).value;
    auto payout = payout_minor(p, bookings.value, margin);
    if (!payout.ok()) return Outcome<EarningsPoint>{{}, payout.problem};
    EarningsPoint out;
    out.attainment = attainment;
    out.bookings = Money{bookings.value, p.currency};
    out.payout = Money{payout.value, p.currency};
    out.total_pay = Money{p.base_salary.minor + payout.value, p.currency};
    return Outcome<EarningsPoint>{out, {}};
}

static Problem check_curve_inputs(const CommissionPlan& p, double margin_rate) {
    if (Problem e = validate_plan(p); e.code) return e;
    if (p.quota.minor <= 0) return {"quota_required", "quota", "The earnings curve needs a quota above zero."};
    return check_margin_rate(margin_rate);
}

Outcome<std::vector<EarningsPoint>> earnings_curve(const CommissionPlan& p, const EarningsCurveDesc& desc) {
    using Result = Outcome<std::vector<EarningsPoint>>;
    if (Problem e = check_curve_inputs(p, desc.margin_rate); e.code) return Result{{}, e};
    if (!(desc.max_attainment > 0 && desc.max_attainment <= 10) || desc.samples < 2 || desc.samples > 1001)
        return fail<std::vector<EarningsPoint>>("curve_out_of_range", "",
                                                "The curve runs to at most 1,000% attainment in 2 to 1,001 points.");
    Result out;
    out.value.reserve(size_t(desc.samples));
    for (int i = 0; i < desc.samples; ++i) {
        const double a = desc.max_attainment * double(i) / double(desc.samples - 1);
        auto point = point_at(p, a, desc.margin_rate);
        if (!point.ok()) return Result{{}, point.problem};
        out.value.push_back(point.value);
    }
    return out;
}

Outcome<SalesCost> cost_of_sales(const CommissionPlan& p, double attainment, double margin_rate) {
    if (Problem e = check_curve_inputs(p, margin_rate); e.code) return Outcome<SalesCost>{{}, e};
    if (!(attainment >= 0 && attainment <= 10))
        return fail<SalesCost>("attainment_out_of_range", "attainment",
                               "The attainment must be between 0% and 1,000%.");
    auto point = point_at(p, attainment, margin_rate);
    if (!point.ok()) return Outcome<SalesCost>{{}, point.problem};
    if (point.value.bookings.minor == 0)
        return fail<SalesCost>("no_bookings", "attainment", "With no bookings there is no cost of sales.");
    SalesCost out;
    out.bookings = point.value.bookings;
    out.pay = point.value.total_pay;
    out.cost_of_sales = double(out.pay.minor) / double(out.bookings.minor);
    return Outcome<SalesCost>{out, {}};
}

Outcome<Money> bookings_to_earn(const CommissionPlan& p, const Money& commission, double margin_rate) {
    if (Problem e = validate_plan(p); e.code) return Outcome<Money>{{}, e};
    if (Problem e = check_margin_rate(margin_rate); e.code) return Outcome<Money>{{}, e};
    if (!same_currency(commission, p.currency))
        return fail<Money>("currency_mismatch", "commission", "Every amount must be in the plan's currency.");
    if (commission.minor < 0) return fail<Money>("amount_negative", "commission", "The amount must be zero or more.");
    // Does this much in bookings pay the commission? Compared before rounding (so that $20,000
    // at 12% needs $166,666.67, not a cent less that rounds up), allowing for binary fractions
    // (0.12 x 10,000,000 cents is 1,199,999.9999999998). A payout too large to compute pays it.
    auto pays = [&](int64_t bookings) {
        const int64_t margin = to_minor_units(double(bookings) * margin_rate).value;
        double payout = 0;
        for (const PlanComponent& c : p.components) payout += component_payout(p, c, bookings, margin);
        return !(payout < double(commission.minor) - 1e-6);
    };
    int64_t low = 0, high = max_minor_units / 1000;
    if (pays(low)) return Outcome<Money>{Money{0, p.currency}, {}};
    if (!pays(high))
        return fail<Money>("target_unreachable", "commission",
                           "This plan never pays that much: a cap or zero rates stop it.");
    // Bisection keeps pays(low) false and pays(high) true until they are one minor unit apart.
    while (high - low > 1) {
        const int64_t mid = low + (high - low) / 2;
        (pays(mid) ? high : low) = mid;
    }
    return Outcome<Money>{Money{high, p.currency}, {}};
}

} // namespace quotient
