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
#include "bench_deals.h"
#include "core/pipeline.h"

using namespace quotient;

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
