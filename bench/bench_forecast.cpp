// Benchmark: the pipeline forecast, 10,000 trials x 1,000 open deals (start, trials, percentiles,
// chances, histogram and drivers). Built natively and with em++ (run by Node); bench/forecast
// prints both medians with bench/forecast.mjs's plain-JavaScript simulation of the same deals,
// and the ratios. Target: at most 25 ms in WASM.
// The deals are made by forecast_bench_deal(i) below, which bench/forecast.mjs repeats.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>
#include "core/forecast.h"

using namespace quotient;

// Deal i: amount 1,000.00 + (i x 7,919 mod 90,000) dollars, fund and competition among 25, 50,
// 75 and 99 (win probabilities from 6% to 98%).
static Deal forecast_bench_deal(int i) {
    static const int levels[] = {25, 50, 75, 99};
    Deal d;
    d.amount = Money{(1'000 + int64_t(i) * 7'919 % 90'000) * 100, currency_from_code("USD")};
    d.close_date = CivilDate{2027, 3, 31};
    d.fund = levels[i % 4];
    d.competition = levels[i / 4 % 4];
    return d;
}

int main() {
    std::vector<Deal> deals;
    for (int i = 0; i < 1'000; ++i) deals.push_back(forecast_bench_deal(i));
    const Funnel funnel = funnel_preset(FunnelPreset::LeadPipeline);
    PipelineSettings pipeline;
    pipeline.quota = Money{18'000'000'00, currency_from_code("USD")};
    ForecastSettings settings;
    settings.source = ProbabilitySource::Review;
    settings.trials = 10'000;

    std::vector<double> ms;
    auto warm_until = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    for (int run = 0; run < 15 || std::chrono::steady_clock::now() < warm_until; ++run) {
        settings.seed = uint64_t(run % 15 + 1);   // the same 15 seeds on every platform
        auto start = std::chrono::steady_clock::now();
        auto r = forecast(deals, funnel, pipeline, settings);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!r.ok()) {
            std::printf("forecast failed: %s\n", r.problem.message);
            return 1;
        }
    }
    // The last 15 runs are timed; the ones before warmed caches and V8's optimising compiler.
    ms.erase(ms.begin(), ms.end() - 15);
    std::sort(ms.begin(), ms.end());
    std::printf("forecast 10000 trials x 1000 deals: median %.2f ms (min %.2f, max %.2f; 15 runs)\n", ms[7], ms.front(),
                ms.back());
    settings.seed = 1;
    const ForecastResult last = forecast(deals, funnel, pipeline, settings).value;
    std::printf("seed 1: mean %.2f p10 %.2f p50 %.2f p90 %.2f chance %.4f\n", to_major(last.mean), to_major(last.p10),
                to_major(last.p50), to_major(last.p90), last.chance_to_reach_quota.value);
    std::printf("checksum %lld\n", (long long)(last.p10.minor + last.p50.minor + last.p90.minor + last.mean.minor +
                                               last.drivers.front().p50_without.minor));
    return 0;
}
