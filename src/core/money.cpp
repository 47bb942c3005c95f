#include "money.h"
#include <algorithm>
#include <cmath>
#include <cstring>

namespace quotient {

Currency currency_from_code(const char* iso_code) {
    Currency c;
    if (iso_code == nullptr) return c;
    std::strncpy(c.code, iso_code, 3);
    c.code[3] = '\0';
    // ISO 4217 currencies without minor units that our users meet.
    static const char* zero_digit[] = {"JPY", "KRW", "VND", "CLP", "ISK", "HUF"};
    for (const char* z : zero_digit)
        if (std::strcmp(c.code, z) == 0) c.minor_digits = 0;
    return c;
}

double minor_per_major(const Currency& c) { return std::pow(10.0, c.minor_digits); }

Outcome<int64_t> to_minor_units(double minor_amount) {
    if (!std::isfinite(minor_amount))
        return fail<int64_t>("not_a_number", "", "The amount is not a finite number.");
    if (std::fabs(minor_amount) > double(max_minor_units))
        return fail<int64_t>("amount_too_large", "", "The amount is too large.");
    // nearbyint under the default FE_TONEAREST mode rounds halves to even.
    double r = std::nearbyint(minor_amount);
    // Amounts like 0.125 arrive as 12.499999... after scaling; snap values within 1e-9 of a
    // half so that decimal halves written by a person round the way the person expects.
    double frac = minor_amount - std::floor(minor_amount);
    if (std::fabs(frac - 0.5) < 1e-9) {
        double lo = std::floor(minor_amount);
        // Parity on the integer (exact: |lo| <= max_minor_units < 2^63); fmod is a slow
        // library call in WASM, and pipelines round a half on many deals every frame.
        r = int64_t(lo) % 2 == 0 ? lo : lo + 1.0;
    }
    return Outcome<int64_t>{int64_t(r), {}};
}

Outcome<Money> money_from_major(double major, const Currency& c) {
    // A finite amount so large that scaling overflows to infinity is "too large", not "not a number".
    double scaled = major * minor_per_major(c);
    if (std::isfinite(major) && !std::isfinite(scaled))
        return fail<Money>("amount_too_large", "", "The amount is too large.");
    auto minor = to_minor_units(scaled);
    if (!minor.ok()) return Outcome<Money>{{}, minor.problem};
    return Outcome<Money>{Money{minor.value, c}, {}};
}

double to_major(const Money& m) { return double(m.minor) / minor_per_major(m.currency); }

std::vector<int64_t> share_pro_rata(int64_t total, const std::vector<int64_t>& weights) {
    std::vector<int64_t> shares(weights.size(), 0);
    if (total < 0) {
        shares = share_pro_rata(-total, weights);
        for (int64_t& s : shares) s = -s;
        return shares;
    }
    __int128 sum = 0;
    for (int64_t w : weights) sum += w;
    if (sum <= 0) return shares;
    // total x weight reaches 10^34 at most: beyond int64, well inside 128 bits.
    std::vector<__int128> remainder(weights.size(), 0);
    int64_t left = total;
    for (size_t i = 0; i < weights.size(); ++i) {
        const __int128 exact = __int128(total) * weights[i];
        shares[i] = int64_t(exact / sum);
        remainder[i] = exact % sum;
        left -= shares[i];
    }
    // `left` is below the number of weights; a stable sort keeps ties in index order.
    std::vector<size_t> order(weights.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (size_t k = 0; k < order.size() && left > 0; ++k, --left) ++shares[order[k]];
    return shares;
}

} // namespace quotient
