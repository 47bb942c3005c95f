// How commission statements write rates and factors in their formulas: with as few decimals as
// the value needs (15%, 12.5%, 33.33%, x1.2), at most four, in the scenario's locale. Amounts
// use format_money (format.h).
#pragma once
#include <string>
#include "format.h"

namespace quotient {

std::string format_rate(double rate, const Locale& loc);       // 0.125 -> "12.5%", 0.15 -> "15%"
std::string format_factor(double factor, const Locale& loc);   // 1.5 -> "1.5", 2 -> "2"

} // namespace quotient
