// Changing a scenario's currency: every amount it holds, found through the saved-field lists.
#include <array>
#include <map>
#include <type_traits>
#include <vector>
#include "scenario_fields.h"

namespace quotient {

// Visits every Money and Currency of a scenario (schema 1's fields too: the commission plans'
// and the KPI inputs' copies of the currency stay equal to the plan's).
template <class F> struct EveryAmount {
    F& f;
    int schema = 1;
    template <class T> void operator()(const char*, T& value) { visit(value); }
    template <class T> void operator()(const char*, T& value, const T&) { visit(value); }
    template <class T> void visit(T& value) {
        if constexpr (std::is_same_v<T, Money> || std::is_same_v<T, Currency>) {
            f(value);
        } else if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_same_v<T, std::string> ||
                             std::is_same_v<T, CivilDate>) {
        } else if constexpr (requires { value.has_value(); }) {
            if (value) visit(*value);
        } else if constexpr (requires { value.begin(); value.size(); }) {
            if constexpr (requires { value.begin()->second; }) {
                for (auto& item : value) visit(item.second);
            } else {
                for (auto& item : value) visit(item);
            }
        } else {
            fields(*this, value);
        }
    }
};

// Minor units from `from` to `to` decimal places, in integers: more places multiply (saturating
// past Money's range, which the caller refuses), fewer divide with the money rule's rounding
// (nearest, halves to even): 1234.50 USD is 1234 JPY, 1235.50 USD is 1236 JPY.
static int64_t rescaled(int64_t minor, int from, int to) {
    for (; from < to; ++from) {
        if (minor > max_minor_units || minor < -max_minor_units) return minor;
        minor *= 10;
    }
    if (from == to) return minor;
    int64_t divisor = 1;   // one division, so that nothing is rounded twice
    for (; from > to; --from) divisor *= 10;
    const int64_t q = minor / divisor, r = minor % divisor, twice = 2 * (r < 0 ? -r : r);
    const bool up = twice > divisor || (twice == divisor && q % 2 != 0);
    return up ? q + (minor < 0 ? -1 : 1) : q;
}

Problem change_currency(Scenario& s, const Currency& to) {
    // Amounts keep their major units: a change of minor digits scales and re-rounds them.
    Scenario out = s;
    Problem problem{};
    auto convert = [&](auto& item) {
        if constexpr (std::is_same_v<std::decay_t<decltype(item)>, Currency>) {
            item = to;
        } else {
            const int64_t minor = rescaled(item.minor, item.currency.minor_digits, to.minor_digits);
            if (minor > max_minor_units || minor < -max_minor_units) {
                if (!problem.code) problem = {"amount_too_large", "currency", "An amount would be too large in this currency."};
                return;
            }
            item = Money{minor, to};
        }
    };
    EveryAmount<decltype(convert)> walk{convert};
    walk.visit(out);
    if (problem.code) return problem;
    s = std::move(out);
    return {};
}

} // namespace quotient
