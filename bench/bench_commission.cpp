// Benchmark: commission statements for 50 reps over 10,000 deals closed in one quarter (issue 5),
// with every line's formula text, as the app and the CLI build them. Built natively and with em++
// (run by Node); bench/run prints both medians and the WASM/native ratio.
// The plan has marginal tiers, an attainment curve with accelerators and a cap, a new-logo
// multiplier and a SPIFF; a quarter of the deals are split between two reps.
// Timing: several runs (each = all 50 statements), the median reported; the checksum (sum of
// every payout in minor units) proves both builds computed the same statements.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include "core/commission_statement.h"

using namespace quotient;

static std::vector<ClosedDeal> make_deals(int count, const std::vector<std::string>& reps, const Currency& usd) {
    std::vector<ClosedDeal> deals;
    const int64_t first_day = day_number(CivilDate{2024, 1, 1});
    for (int i = 0; i < count; ++i) {
        ClosedDeal d;
        d.id = std::to_string(i);
        d.close_date = date_from_day_number(first_day + (int64_t(i) * 7919) % 91);
        d.amount = Money{(1'000 + (int64_t(i) * 104'729) % 90'000) * 100, usd};
        d.margin = Money{d.amount.minor * 2 / 5, usd};
        d.new_logo = i % 5 == 0;
        d.contract_years = 1 + i % 3;
        const std::string& owner = reps[size_t(i) % reps.size()];
        if (i % 4 == 0) d.splits = {SplitShare{owner, 0.5}, SplitShare{reps[size_t(i + 17) % reps.size()], 0.5}};
        else d.splits = {SplitShare{owner, 1.0}};
        deals.push_back(std::move(d));
    }
    return deals;
}

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const Currency usd = currency_from_code("USD");
    // The example's tiered plan with the proposed plan's attainment curve added to it.
    const CommissionBook example = commission_example();
    CommissionPlan plan = example.plans[0];
    plan.quota = Money{1'000'000'00, usd};
    plan.target_incentive = Money{50'000'00, usd};
    plan.components.push_back(example.plans[1].components[0]);
    plan.multipliers = {DealMultiplier{MultiplierKind::NewLogo, "", 1.2}};
    plan.spiffs = {Spiff{"Multi-year", Money{250'00, usd}, "", false}};

    std::vector<std::string> reps;
    for (int r = 0; r < 50; ++r) reps.push_back(std::to_string(r));
    const std::vector<ClosedDeal> deals = make_deals(10'000, reps, usd);

    long long checksum = 0;
    size_t lines = 0;
    auto run = [&] {
        auto start = std::chrono::steady_clock::now();
        for (const std::string& rep : reps) {
            StatementRequest req;
            req.rep = rep;
            req.period_date = CivilDate{2024, 1, 1};
            req.draw_balance = Money{0, usd};
            auto s = build_statement(plan, deals, req);
            if (!s.ok()) {
                std::printf("statement failed: %s %s\n", s.problem.code, s.problem.field.c_str());
                std::exit(1);
            }
            checksum += s.value.total_payout.minor;
            lines += s.value.lines.size();
        }
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    };
    run();   // warm-up, not counted (caches, V8's optimising compiler)
    checksum = 0;
    lines = 0;

    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) ms.push_back(run());
    std::sort(ms.begin(), ms.end());
    std::printf("commission statements, 10000 deals x 50 reps: median %.2f ms/run (min %.2f, max %.2f; %d runs, %zu "
                "lines per run)\n",
                ms[ms.size() / 2], ms.front(), ms.back(), runs, lines / size_t(runs));
    std::printf("checksum %lld\n", checksum);
    return 0;
}
