#include "commission_curve.h"
#include <algorithm>
#include <vector>
#include "commission_format.h"

namespace quotient {

int64_t attainment_edge(double attainment, int64_t quota) {
    // Validated curves keep attainment x quota far inside Money's range.
    return to_minor_units(attainment * double(quota)).value;
}

// One piece of the factor: `extent` of attainment paid at `multiplier`.
struct CurvePiece {
    double extent = 0;
    double multiplier = 1;
};

// What payout_factor adds up, kept as pieces so that the working shows the same numbers.
struct FactorParts {
    bool below_threshold = false;
    bool below_quota = false;       // attainment x decelerated_rate
    double attainment = 0;          // after an attainment cap
    double along = 1;               // below quota, without a cliff: (a - t) / (1 - t)
    double decelerated_rate = 1;    // below quota: d + (1 - d) x along, or d with a cliff
    std::vector<CurvePiece> above;  // pieces above 100%
    double uncapped = 0;
    double factor = 0;
};

static FactorParts factor_parts(const PayoutCurve& c, BoundaryOwner owner, int64_t credited, int64_t quota) {
    FactorParts out;
    if (quota <= 0) return out;
    int64_t counted = credited;
    if (c.cap == CapKind::Attainment) counted = std::min(counted, attainment_edge(c.cap_at, quota));
    // An amount exactly on a step belongs above it with UpperTier, below it with LowerTier.
    auto reached = [owner](int64_t amount, int64_t edge) {
        return owner == BoundaryOwner::UpperTier ? amount >= edge : amount > edge;
    };
    out.attainment = double(counted) / double(quota);
    if (c.threshold > 0 && !reached(counted, attainment_edge(c.threshold, quota))) {
        out.below_threshold = true;
        return out;
    }
    // Without a cliff the decelerated segment ends at exactly 1 at quota, so the quota is a step
    // only with a cliff: there the boundary owner decides; otherwise "at quota" is the end of
    // the continuous segment, under either owner.
    const bool below_quota = c.cliff ? !reached(counted, quota) : counted < quota;
    if (below_quota) {
        out.below_quota = true;
        if (c.cliff) {
            out.decelerated_rate = c.decelerator;
        } else {
            // Written as 1 - (1 - d) x (1 - along) so that the rate at quota is exactly 1. A
            // threshold of 100% leaves nothing below quota to reach this line.
            out.along = c.threshold < 1 ? (out.attainment - c.threshold) / (1 - c.threshold) : 1;
            out.decelerated_rate = 1 - (1 - c.decelerator) * (1 - out.along);
        }
        out.uncapped = out.attainment * out.decelerated_rate;
    } else {
        out.uncapped = 1;
        double start = 1, multiplier = 1;
        auto add = [&](double end) {
            const double extent = std::min(out.attainment, end) - start;
            if (extent > 0) {
                out.above.push_back({extent, multiplier});
                out.uncapped += extent * multiplier;
            }
        };
        for (const Accelerator& a : c.accelerators) {
            add(a.from_attainment);
            start = a.from_attainment;
            multiplier = a.multiplier;
        }
        add(out.attainment);
    }
    out.factor = c.cap == CapKind::Payout ? std::min(out.uncapped, c.cap_at) : out.uncapped;
    return out;
}

double payout_factor(const PayoutCurve& c, BoundaryOwner owner, int64_t credited, int64_t quota) {
    return factor_parts(c, owner, credited, quota).factor;
}

std::string payout_factor_working(const PayoutCurve& c, BoundaryOwner owner, int64_t credited, int64_t quota,
                                  const Locale& loc) {
    const FactorParts f = factor_parts(c, owner, credited, quota);
    if (f.below_threshold) return format_rate(0, loc);
    std::string out;
    if (f.below_quota) {
        if (c.decelerator == 1) out = format_rate(f.attainment, loc);
        else if (c.cliff) out = format_rate(c.decelerator, loc) + " \u00D7 " + format_rate(f.attainment, loc);
        else
            out = format_rate(f.attainment, loc) + " \u00D7 (" + format_rate(c.decelerator, loc) + " + " +
                  format_rate(1 - c.decelerator, loc) + " \u00D7 " + format_rate(f.along, loc) + ")";
    } else {
        out = format_rate(1, loc);
        for (const CurvePiece& p : f.above)
            out += " + " + format_rate(p.extent, loc) + " \u00D7 " + format_factor(p.multiplier, loc);
    }
    if (c.cap == CapKind::Payout && f.uncapped > c.cap_at)
        out = "min(" + out + ", " + format_rate(c.cap_at, loc) + ")";
    return out;
}

} // namespace quotient
