// Benchmark: the document's costs that grow with the pipeline, for a library holding one
// scenario of 10,000 deals: saving it (library_to_json, what autosave writes), loading it
// (library_from_json, what start-up reads) and comparing two copies (Scenario ==, which the app
// does after every drawn frame to notice an edit). Built natively and with em++ (run by Node);
// bench/run prints both medians and the WASM/native ratio.
// Timing: a warm-up of at least half a second, then 15 timed runs of each; medians reported.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
#include "bench_deals.h"
#include "core/scenario_json.h"

using namespace quotient;

static double median_ms(const std::function<void()>& work, int runs) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

int main(int argc, char** argv) {
    const size_t n = argc > 1 ? size_t(std::max(1, std::atoi(argv[1]))) : 10'000;
    ScenarioLibrary lib;
    lib.scenarios[0].scenario.deals = make_deals(n);
    const Scenario copy = lib.scenarios[0].scenario;

    std::string saved;
    size_t checksum = 0;
    auto save = [&] { saved = library_to_json(lib); };
    auto load = [&] { checksum += library_from_json(saved).value.library.scenarios[0].scenario.deals.size(); };
    auto compare = [&] { checksum += lib.scenarios[0].scenario == copy ? 1 : 0; };

    auto warm_until = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    while (std::chrono::steady_clock::now() < warm_until) save(), load(), compare();
    checksum = 0;

    const int runs = 15;
    const double save_ms = median_ms(save, runs), load_ms = median_ms(load, runs), compare_ms = median_ms(compare, runs);
    std::printf("library of %zu deals, %zu bytes\n", n, saved.size());
    std::printf("save: median %.3f ms/run\n", save_ms);
    std::printf("load: median %.3f ms/run\n", load_ms);
    std::printf("compare: median %.3f ms/run\n", compare_ms);
    std::printf("checksum %zu\n", checksum + saved.size());
    return 0;
}
