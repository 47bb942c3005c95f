// Benchmark: one full recomputation of a 12-stage funnel as the Funnel panel does it every frame
// (forward funnel, reverse funnel and ideal funnel), repeated. Built natively and with em++ (run by
// Node); bench/run prints both medians and the WASM/native ratio.
// Timing: ~15 batches, each timed with steady_clock, the median of per-op times is reported (the
// median shrugs off a batch hit by a context switch or a GC pause in Node).
// Against dead-code elimination: every result feeds a checksum that is printed, and the inputs
// change each iteration, so the optimiser cannot hoist the call out of the loop.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include "core/funnel.h"
#include "core/funnel_reverse.h"
#include "core/ideal_funnel.h"

using namespace quotient;

int main(int argc, char** argv) {
    Funnel f;
    const double rates[12] = {0.62, 0.55, 0.71, 0.48, 0.66, 0.53, 0.8, 0.44, 0.59, 0.7, 0.35, 0};
    for (int i = 0; i < 12; ++i) f.stages.push_back(Stage{"Stage " + std::to_string(i + 1), rates[i], 3.0 + i});
    f.average_deal = Money{12'345'67, currency_from_code("USD")};

    const int batches = 15;
    const int ops_per_batch = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20000;
    double checksum = 0;
    auto run_batch = [&] {
        auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < ops_per_batch; ++i) {
            f.top_volume = 1000.0 + double(i % 1024);
            auto r = forward_funnel(f);
            const Money target{1'000'000'00 + int64_t(i % 1024) * 100, f.average_deal.currency};
            auto rev = reverse_funnel(f, target);
            auto ideal = ideal_funnel(f, target, average_period_days(PlanPeriod::Quarter));
            checksum += r.value.won + double(r.value.revenue.minor % 1000) + r.value.bottleneck +
                        rev.value.required_whole[0] + ideal.value.stages[0].holding;
        }
        return std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    };
    // Warm-up, not counted: at least half a second, so that caches are warm and V8 has moved the
    // wasm from its baseline compiler to the optimising one.
    auto warm_until = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    while (std::chrono::steady_clock::now() < warm_until) run_batch();
    checksum = 0;   // the printed checksum covers the measured batches only, the same on every platform

    std::vector<double> ns_per_op;
    for (int b = 0; b < batches; ++b) ns_per_op.push_back(run_batch() / ops_per_batch);
    std::sort(ns_per_op.begin(), ns_per_op.end());
    std::printf("forward + reverse + ideal funnel, 12 stages: median %.1f ns/op (min %.1f, max %.1f; %d batches x %d ops)\n",
                ns_per_op[ns_per_op.size() / 2], ns_per_op.front(), ns_per_op.back(), batches, ops_per_batch);
    std::printf("checksum %.6f\n", checksum);
    return 0;
}
