#include "commission_format.h"
#include <cmath>

namespace quotient {

// Fewest decimals (0..4) that write `value` without visible loss.
static int decimals_needed(double value) {
    for (int d = 0; d < 4; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6) return d;
    }
    return 4;
}

std::string format_rate(double rate, const Locale& loc) {
    return format_percent(rate, loc, decimals_needed(rate * 100.0));
}

std::string format_factor(double factor, const Locale& loc) {
    return format_count(factor, loc, decimals_needed(factor));
}

} // namespace quotient
