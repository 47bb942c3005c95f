// The benchmarks' pipeline: many deals made the same way on every platform, so that native and
// WASM runs time the same work and print the same checksums.
#pragma once
#include <string>
#include <vector>
#include "core/pipeline.h"

namespace quotient {

// A deterministic, varied pipeline: stage names as a CRM writes them (mixed case, padding, a few
// not in the funnel), every fund and competition level, zero to three buying influences.
inline std::vector<Deal> make_deals(size_t n) {
    static const char* const stages[] = {"Prospect", "lead", "MQL", " SQL ", "Opportunity", "Won", "Negotiation"};
    static const int levels[] = {0, 25, 50, 75, 99, 100};
    std::vector<Deal> deals(n);
    unsigned seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (size_t i = 0; i < n; ++i) {
        Deal& d = deals[i];
        d.name = "Deal " + std::to_string(i);
        d.account = "Account " + std::to_string(i % 700);
        d.amount = Money{int64_t(next()) * 1000 + int64_t(next()), currency_from_code("USD")};
        d.stage = stages[next() % 7];
        d.close_date = CivilDate{2027, int(1 + next() % 12), int(1 + next() % 28)};
        d.fund = levels[next() % 6];
        d.competition = levels[next() % 6];
        d.position = int(next() % 5) + 1;
        for (unsigned k = next() % 4; k > 0; --k) {
            BuyingInfluence b;
            b.name = "Person";
            b.roles = 1u << (next() % 4);
            b.rating = int(next() % 11) - 5;
            b.met = next() % 2;
            d.influences.push_back(b);
        }
    }
    return deals;
}

} // namespace quotient
