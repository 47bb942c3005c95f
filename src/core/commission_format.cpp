#include "commission_format.h"

namespace quotient {

std::string format_rate(double rate, const Locale& loc) {
    return format_percent(rate, loc, decimals_needed(rate * 100.0));
}

std::string format_factor(double factor, const Locale& loc) {
    return format_count(factor, loc, decimals_needed(factor));
}

} // namespace quotient
