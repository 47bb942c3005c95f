#include "sales_formula.h"
#include <algorithm>
#include <cmath>

namespace quotient {

static const char* rate_problem(double r) {
    return (std::isfinite(r) && r >= 0 && r <= 1) ? nullptr : "rate_out_of_range";
}

static Outcome<Money> gross_profit(const SalesFormula& s) {
    Outcome<int64_t> minor = to_minor_units(s.customer_base * s.first_meeting_rate * s.closing_efficiency *
                                            double(s.average_order.minor) * s.gross_margin_rate);
    if (!minor.ok()) return Outcome<Money>{{}, minor.problem};
    return Outcome<Money>{Money{minor.value, s.average_order.currency}, {}};
}

// Pointer to the factor a lever moves, for the three rates.
static double* rate_of(SalesFormula& s, Lever l) {
    switch (l) {
    case Lever::FirstMeetingRate: return &s.first_meeting_rate;
    case Lever::ClosingEfficiency: return &s.closing_efficiency;
    case Lever::GrossMargin: return &s.gross_margin_rate;
    default: return nullptr;
    }
}

Outcome<SalesFormulaResult> evaluate_sales_formula(const SalesFormula& s) {
    if (!std::isfinite(s.customer_base) || s.customer_base < 0 || s.customer_base > 1e12)
        return fail<SalesFormulaResult>("base_out_of_range", "customer_base",
                                        "The customer base must be between 0 and 10^12.");
    if (rate_problem(s.first_meeting_rate))
        return fail<SalesFormulaResult>("rate_out_of_range", "first_meeting_rate", "A rate must be between 0% and 100%.");
    if (rate_problem(s.closing_efficiency))
        return fail<SalesFormulaResult>("rate_out_of_range", "closing_efficiency", "A rate must be between 0% and 100%.");
    if (rate_problem(s.gross_margin_rate))
        return fail<SalesFormulaResult>("rate_out_of_range", "gross_margin_rate", "A rate must be between 0% and 100%.");
    if (s.average_order.minor < 0 || s.average_order.minor > max_minor_units / 1'000'000)
        return fail<SalesFormulaResult>("order_out_of_range", "average_order",
                                        "The average order must be zero or more, and not absurdly large.");

    SalesFormulaResult out;
    Outcome<Money> base = gross_profit(s);
    if (!base.ok()) return Outcome<SalesFormulaResult>{{}, base.problem};
    out.gross_profit = base.value;

    int64_t best_gain = -1;
    for (size_t i = 0; i < lever_count; ++i) {
        const Lever lever = Lever(i);
        LeverGain& g = out.levers[i];
        SalesFormula up = s;
        if (double* rate = rate_of(up, lever)) {
            *rate = std::min(1.0, *rate * 1.1);
            g.has_point = true;
            SalesFormula point = s;
            double* r = rate_of(point, lever);
            g.point_possible = *r + 0.01 <= 1.0 + 1e-12;
            *r = std::min(1.0, *r + 0.01);
            Outcome<Money> p = gross_profit(point);
            if (!p.ok()) return Outcome<SalesFormulaResult>{{}, p.problem};
            g.profit_plus_point = p.value;
            if (g.point_possible && p.value.minor - base.value.minor > best_gain) {
                best_gain = p.value.minor - base.value.minor;
                out.best_point_lever = int(i);
            }
        } else if (lever == Lever::CustomerBase) {
            up.customer_base *= 1.1;
        } else {
            Outcome<int64_t> order = to_minor_units(double(up.average_order.minor) * 1.1);
            if (!order.ok()) return Outcome<SalesFormulaResult>{{}, order.problem};
            up.average_order.minor = order.value;
        }
        Outcome<Money> t = gross_profit(up);
        if (!t.ok()) return Outcome<SalesFormulaResult>{{}, t.problem};
        g.profit_plus_ten_percent = t.value;
    }
    return Outcome<SalesFormulaResult>{std::move(out), {}};
}

} // namespace quotient
