// Benchmark: recomputing a 10,000-deal pipeline (validation, stage matching, placement, expected
// and weighted values, red flags, totals, coverage, velocity, time shares), as the Pipeline panel
// does every frame. Target: under 1 ms in WASM. Built natively and with em++ (run by Node);
// bench/run prints both medians and the WASM/native ratio.
// Timing: 31 timed runs after a warm-up of at least half a second; the median is reported.
// Against dead-code elimination: each run changes one deal's amount and every result feeds a
// checksum that is printed (the same on both platforms).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include "core/pipeline.h"

using namespace quotient;

// A deterministic, varied pipeline: stage names as a CRM writes them (mixed case, padding, a few
// not in the funnel), every fund and competition level, zero to three buying influences.
static std::vector<Deal> make_deals(size_t n) {
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

int main(int argc, char** argv) {
    const size_t n = argc > 1 ? size_t(std::max(1, std::atoi(argv[1]))) : 10'000;
    std::vector<Deal> deals = make_deals(n);
    const Funnel funnel = funnel_preset(FunnelPreset::LeadPipeline);
    PipelineSettings settings;

    double checksum = 0;
    int64_t run = 0;
    auto time_run = [&] {
        deals[size_t(run) % n].amount.minor = 1000 + run % 997;   // the inputs change every run
        ++run;
        auto start = std::chrono::steady_clock::now();
        auto r = evaluate_pipeline(deals, funnel, settings);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        const PipelineTotals& t = r.value.totals;
        checksum += double(t.weighted.minor % 100'003) + double(t.expected.minor % 100'019) + t.deals_outside_funnel +
                    t.buckets[2].deals + double(t.velocity.value.minor % 97) + r.value.deals[size_t(run) % n].flags;
        return ms;
    };
    // Warm-up, not counted: at least half a second, so that caches are warm and V8 has moved the
    // wasm from its baseline compiler to the optimising one.
    auto warm_until = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    while (std::chrono::steady_clock::now() < warm_until) time_run();
    checksum = 0;
    run = 0;
    deals = make_deals(n);   // the measured runs start from the same pipeline on every platform

    const int runs = 31;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) ms.push_back(time_run());
    std::sort(ms.begin(), ms.end());
    std::printf("evaluate_pipeline %zu deals: median %.3f ms/run (min %.3f, max %.3f; %d runs)\n", n,
                ms[ms.size() / 2], ms.front(), ms.back(), runs);
    std::printf("checksum %.6f\n", checksum);
    return 0;
}
