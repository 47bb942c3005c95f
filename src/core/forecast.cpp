#include "forecast.h"
#include <algorithm>
#include <cmath>
#include <numeric>

namespace quotient {

// [SECTION] Settings

Problem check_forecast_settings(const ForecastSettings& s) {
    if (s.trials < 1 || s.trials > max_forecast_trials)
        return {"trials_out_of_range", "trials", "The number of trials must be from 1 to 100,000."};
    if (s.slip_days < 0 || s.slip_days > max_slip_days)
        return {"slip_days_out_of_range", "slip_days", "The slip must be from 0 to 365 days."};
    if (s.haircut_percent < 0 || s.haircut_percent > 100)
        return {"haircut_out_of_range", "haircut", "The haircut must be from 0% to 100%."};
    return {};
}

// [SECTION] Each deal's chance

double deal_win_probability(const Deal& d, ProbabilitySource source, const Funnel& funnel,
                            const std::vector<double>& stage_rates) {
    switch (source) {
    case ProbabilitySource::StageWinRate: {
        const int stage = find_stage(funnel, d.stage);
        return stage >= 0 && size_t(stage) < stage_rates.size() ? stage_rates[size_t(stage)] : 0.0;
    }
    case ProbabilitySource::Review:
        if (d.reviewed) return double(d.fund * d.competition) / 10'000.0;
        return deal_win_probability(d, ProbabilitySource::Crm, funnel, stage_rates);
    case ProbabilitySource::Crm:
        if (d.probability) return double(*d.probability) / 100.0;
        return deal_win_probability(d, ProbabilitySource::StageWinRate, funnel, stage_rates);
    }
    return 0.0;
}

double chance_in_period(const CivilDate& close, const CivilDate& as_of, const PeriodRange& period, SlipKind slip,
                        int slip_days) {
    const int64_t n = slip == SlipKind::Uniform ? slip_days : 0;
    const int64_t c = day_number(close), first = day_number(period.first), last = day_number(period.last);
    const int64_t today = day_number(as_of);
    if (today > last) return 0.0;
    // The deal closes on max(close + s, as_of). When the period holds as_of, any date up to its
    // last day lands in it (an earlier one closes on as_of); a later period needs close + s in it.
    const int64_t lowest_slip = today >= first ? -n : std::max(-n, first - c);
    const int64_t highest_slip = std::min(n, last - c);
    const int64_t landing = std::max<int64_t>(0, highest_slip - lowest_slip + 1);
    return double(landing) / double(2 * n + 1);
}

// [SECTION] The generator

// splitmix64 (Steele, Lea, Flood 2014): a counter advanced by an odd constant, then mixed. Trial
// t starts its counter t x 2^40 steps in, so trials never share draws (a trial takes at most 32
// draws per 64 deals: about 50,000 for 100,000 deals, far below 2^40) and can run in any order.
constexpr uint64_t splitmix_step = 0x9E3779B97F4A7C15ull;

static uint64_t splitmix_next(uint64_t& state) {
    uint64_t z = (state += splitmix_step);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t trial_state(uint64_t seed, int trial) { return seed + (uint64_t(trial) << 40) * splitmix_step; }

// [SECTION] Preparing the model

constexpr int lanes_per_block = 64;
constexpr int threshold_bits = 32;
constexpr int max_candidates = 16;   // the width of ForecastRun::candidate_wins
constexpr size_t subset_sums_per_block = lanes_per_block / 4 * 16;

// Amount after the haircut: amount x (100 - haircut) / 100, rounded once by the money rule
// (exact in a double: at most 10^11 x 100).
static int64_t after_haircut(int64_t minor, int haircut_percent) {
    return to_minor_units(double(minor * (100 - haircut_percent)) / 100.0).value;
}

struct Lane {
    int deal;
    int64_t amount;
    double probability;
    uint64_t threshold;             // probability x 2^32, in 1 .. 2^32 - 1
};

Outcome<ForecastRun> start_forecast(const std::vector<Deal>& deals, const Funnel& funnel,
                                    const PipelineSettings& pipeline, const ForecastSettings& settings) {
    if (Problem p = validate_pipeline(deals, pipeline); p.code) return Outcome<ForecastRun>{{}, p};
    if (Problem p = check_forecast_settings(settings); p.code) return Outcome<ForecastRun>{{}, p};
    if (!pipeline.dated && settings.period == ForecastPeriod::NextPeriod)
        return fail<ForecastRun>("next_period_undated", "period",
                                 "Forecasting the next period needs the day the pipeline is looked at.");
    // Every source may need the stages' win rates: a deal without a review or a CRM probability
    // falls back to its stage's. A funnel that has none fails the stage source only; under the
    // others such a deal is out of play.
    std::vector<double> stage_rates;
    auto rates = stage_win_rates(funnel);
    if (rates.ok()) {
        stage_rates = std::move(rates.value);
    } else if (settings.source == ProbabilitySource::StageWinRate) {
        Problem p = rates.problem;
        p.field = "funnel." + p.field;
        return Outcome<ForecastRun>{{}, p};
    }

    ForecastRun run;
    run.settings = settings;
    ForecastModel& m = run.model;
    m.dated = pipeline.dated;
    m.quota = pipeline.quota;
    if (m.dated) {
        m.period = period_containing(pipeline.period, pipeline.as_of, pipeline.fiscal_year_start);
        if (settings.period == ForecastPeriod::NextPeriod)
            m.period = next_period(pipeline.period, m.period, pipeline.fiscal_year_start);
    }
    std::vector<Lane> lanes;
    for (size_t i = 0; i < deals.size(); ++i) {
        const Deal& d = deals[i];
        if (d.state == DealState::Won && (!m.dated || (d.close_date_known && in_period(m.period, d.close_date))))
            m.booked += d.amount.minor;
        // An open deal without an amount yet adds nothing; one without a close date is in no
        // period of the calendar.
        if (d.state != DealState::Open || !d.amount_known || (m.dated && !d.close_date_known)) continue;
        double p = deal_win_probability(d, settings.source, funnel, stage_rates);
        if (m.dated) p *= chance_in_period(d.close_date, pipeline.as_of, m.period, settings.slip, settings.slip_days);
        const int64_t amount = after_haircut(d.amount.minor, settings.haircut_percent);
        // The threshold is the probability the simulation really uses: a deal whose threshold
        // rounds to 0 is never won, one that rounds to 2^32 always is.
        const uint64_t threshold = uint64_t(std::llround(std::ldexp(p, threshold_bits)));
        if (threshold == 0) continue;
        ++m.deals_in_play;
        if (threshold >= (uint64_t(1) << threshold_bits)) {
            m.certain += amount;
            m.certain_deals.push_back(int(i));
            m.certain_amount.push_back(amount);
        } else {
            lanes.push_back({int(i), amount, p, threshold});
        }
    }

    // Driver candidates first: the deals worth most in expectation (amount x probability), and
    // the biggest deal whatever its chance ("what if I lose my biggest deal").
    auto worth = [](const Lane& l) { return double(l.amount) * l.probability; };
    const auto biggest = std::max_element(lanes.begin(), lanes.end(), [](const Lane& a, const Lane& b) {
        return a.amount < b.amount || (a.amount == b.amount && a.deal > b.deal);
    });
    if (biggest != lanes.end()) std::iter_swap(lanes.begin(), biggest);
    m.candidates = int(std::min<size_t>(lanes.size(), max_candidates));
    if (m.candidates > 1)
        std::partial_sort(lanes.begin() + 1, lanes.begin() + m.candidates, lanes.end(), [&](const Lane& a, const Lane& b) {
            return worth(a) > worth(b) || (worth(a) == worth(b) && a.deal < b.deal);
        });

    const size_t blocks = (lanes.size() + lanes_per_block - 1) / lanes_per_block;
    m.amount.assign(blocks * lanes_per_block, 0);
    m.deal.assign(blocks * lanes_per_block, -1);
    m.probability.assign(blocks * lanes_per_block, 0.0);
    m.threshold_bits.assign(blocks * threshold_bits, 0);
    m.lane_mask.assign(blocks, 0);
    m.subset_sums.assign(blocks * subset_sums_per_block, 0);
    for (size_t i = 0; i < lanes.size(); ++i) {
        const size_t block = i / lanes_per_block, lane = i % lanes_per_block;
        m.amount[i] = lanes[i].amount;
        m.deal[i] = lanes[i].deal;
        m.probability[i] = lanes[i].probability;
        m.lane_mask[block] |= uint64_t(1) << lane;
        // Lane i is bit i % 4 of its group of 4: in every subset of the group with that bit set.
        int64_t* sums = &m.subset_sums[i / 4 * 16];
        for (unsigned subset = 0; subset < 16; ++subset)
            if (subset >> (i % 4) & 1) sums[subset] += lanes[i].amount;
        for (int k = 0; k < threshold_bits; ++k)
            if (lanes[i].threshold >> (threshold_bits - 1 - k) & 1)
                m.threshold_bits[block * threshold_bits + size_t(k)] |= uint64_t(1) << lane;
    }
    run.won.reserve(size_t(settings.trials));
    if (m.candidates > 0) run.candidate_wins.reserve(size_t(settings.trials));
    return Outcome<ForecastRun>{std::move(run), {}};
}

// [SECTION] Running trials

// One trial decides a whole block of 64 deals together. Each deal is won when a uniform 32-bit
// number U is below its threshold T (chance T / 2^32). Comparing 64 such numbers at once, bit by
// bit from the most significant: at the first bit where U and T differ, U < T exactly when U's
// bit is 0 and T's is 1. One random word gives that bit of all 64 U's, and each lane is settled
// at a given bit with chance 1/2, so a block needs about 8 random words instead of 64 numbers.
// A lane equal to its threshold on all 32 bits is not below it: lost.
// The won amounts are added 4 lanes at a time, from each group's 16 precomputed subset sums:
// 16 table reads a block, whatever the number won.
static int64_t run_trial(const ForecastModel& m, uint64_t state, uint64_t& first_block_won) {
    int64_t total = 0;
    const size_t blocks = m.lane_mask.size();
    for (size_t b = 0; b < blocks; ++b) {
        const uint64_t* threshold = &m.threshold_bits[b * threshold_bits];
        uint64_t undecided = m.lane_mask[b], won = 0;
        for (int k = 0; k < threshold_bits && undecided; ++k) {
            const uint64_t u = splitmix_next(state);
            won |= undecided & ~u & threshold[k];
            undecided &= ~(u ^ threshold[k]);
        }
        const int64_t* sums = &m.subset_sums[b * subset_sums_per_block];
        for (int g = 0; g < lanes_per_block / 4; ++g) total += sums[g * 16 + int(won >> (4 * g) & 15)];
        if (b == 0) first_block_won = won;
    }
    return total;
}

void continue_forecast(ForecastRun& run, int trials) {
    const uint16_t candidate_mask = uint16_t((1u << run.model.candidates) - 1);
    for (int i = 0; i < trials && !run.done(); ++i) {
        const int t = int(run.won.size());
        uint64_t first_block_won = 0;
        run.won.push_back(run_trial(run.model, trial_state(run.settings.seed, t), first_block_won));
        if (run.model.candidates > 0) run.candidate_wins.push_back(uint16_t(first_block_won) & candidate_mask);
    }
}

// [SECTION] The figures

// Nearest rank: the percentile is the value at this index of the n sorted values, the smallest
// with at least `percent`% of them at or below it: ceil(n x percent / 100) - 1, at least 0.
static size_t percentile_index(size_t n, int percent) {
    return std::max<size_t>((n * size_t(percent) + 99) / 100, 1) - 1;
}

static int64_t percentile(const std::vector<int64_t>& sorted, int percent) {
    return sorted[percentile_index(sorted.size(), percent)];
}

// Share of the sorted trials at or above `minor`.
static double share_at_least(const std::vector<int64_t>& sorted, int64_t minor) {
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), minor) - sorted.begin();
    return double(int64_t(sorted.size()) - below) / double(sorted.size());
}

static std::vector<HistogramBin> histogram_of(const std::vector<int64_t>& sorted, const Currency& currency) {
    std::vector<HistogramBin> bins;
    const int64_t lo = sorted.front(), span = sorted.back() - lo + 1;
    const int64_t count = std::min<int64_t>(forecast_histogram_bins, span);
    const int64_t width = (span + count - 1) / count;   // whole minor units, so that bins never overlap
    size_t at = 0;
    for (int64_t i = 0; i < count; ++i) {
        HistogramBin bin;
        bin.from = Money{lo + i * width, currency};
        bin.to = Money{lo + (i + 1) * width - 1, currency};
        const size_t end = size_t(std::upper_bound(sorted.begin() + ptrdiff_t(at), sorted.end(), bin.to.minor) - sorted.begin());
        bin.trials = int(end - at);
        bin.cumulative = double(end) / double(sorted.size());
        at = end;
        bins.push_back(bin);
        if (end == sorted.size()) break;
    }
    return bins;
}

static Outcome<double> chance_at_least(const std::vector<int64_t>& sorted, const Money& quota, int level_percent) {
    if (quota.minor <= 0)
        return fail<double>("no_quota", "quota", "The chance to reach quota needs a quota above zero.");
    // level x quota, rounded up: reaching 75% of 100.01 takes 75.01 (7,500.75 cents -> 7,501).
    const int64_t target = (quota.minor * level_percent + 99) / 100;
    return Outcome<double>{share_at_least(sorted, target), {}};
}

// "What if I lose this deal": P50 of the same trials with the deal's amount taken off every trial
// that won it. A certain deal is in every trial, so losing it takes its whole amount off P50.
static std::vector<ForecastDriver> drivers_of(const ForecastRun& run, int64_t base, int64_t p50, const Currency& cur) {
    const ForecastModel& m = run.model;
    std::vector<ForecastDriver> out;
    auto driver = [&](int deal, int64_t amount, double probability, int64_t without) {
        out.push_back({deal, Money{amount, cur}, probability, Money{without, cur}, Money{without - p50, cur}});
    };
    for (size_t i = 0; i < m.certain_deals.size(); ++i)
        driver(m.certain_deals[i], m.certain_amount[i], 1.0, p50 - m.certain_amount[i]);
    std::vector<int64_t> trial(run.won.size());
    for (int c = 0; c < m.candidates; ++c) {
        for (size_t t = 0; t < run.won.size(); ++t)
            trial[t] = base + run.won[t] - (run.candidate_wins[t] >> c & 1 ? m.amount[size_t(c)] : 0);
        const size_t rank = percentile_index(trial.size(), 50);
        std::nth_element(trial.begin(), trial.begin() + ptrdiff_t(rank), trial.end());
        driver(m.deal[size_t(c)], m.amount[size_t(c)], m.probability[size_t(c)], trial[rank]);
    }
    std::stable_sort(out.begin(), out.end(), [](const ForecastDriver& a, const ForecastDriver& b) {
        return a.p50_change.minor < b.p50_change.minor;
    });
    if (out.size() > size_t(max_forecast_drivers)) out.resize(size_t(max_forecast_drivers));
    return out;
}

ForecastResult forecast_result(const ForecastRun& run) {
    const ForecastModel& m = run.model;
    const Currency cur = m.quota.currency;
    ForecastResult r;
    r.trials = int(run.won.size());
    r.dated = m.dated;
    r.period = m.period;
    r.quota = m.quota;
    r.booked = Money{m.booked, cur};
    r.deals_in_play = m.deals_in_play;
    // Every trial books what is already won and the certain deals, plus the uncertain deals it won.
    const int64_t base = m.booked + m.certain;
    std::vector<int64_t> sorted(run.won.size());
    for (size_t t = 0; t < sorted.size(); ++t) sorted[t] = base + run.won[t];
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 0; i < attainment_levels.size(); ++i) r.attainment[i].level_percent = attainment_levels[i];
    if (sorted.empty()) {
        const Problem none{"no_trials", "trials", "No trial has run yet."};
        r.chance_to_reach_quota.problem = none;
        for (AttainmentChance& a : r.attainment) a.chance.problem = none;
        for (Money* x : {&r.p10, &r.p50, &r.p90, &r.mean, &r.lowest, &r.highest}) *x = Money{base, cur};
        return r;
    }
    r.p10 = Money{percentile(sorted, 10), cur};
    r.p50 = Money{percentile(sorted, 50), cur};
    r.p90 = Money{percentile(sorted, 90), cur};
    r.lowest = Money{sorted.front(), cur};
    r.highest = Money{sorted.back(), cur};
    // In the order of the trials, so that the sum's rounding is the same on every platform.
    double sum = 0;
    for (int64_t w : run.won) sum += double(w);
    r.mean = Money{base + to_minor_units(sum / double(run.won.size())).value, cur};
    r.chance_to_reach_quota = chance_at_least(sorted, m.quota, 100);
    for (AttainmentChance& a : r.attainment) a.chance = chance_at_least(sorted, m.quota, a.level_percent);
    r.histogram = histogram_of(sorted, cur);
    r.drivers = drivers_of(run, base, r.p50.minor, cur);
    return r;
}

Outcome<ForecastResult> forecast(const std::vector<Deal>& deals, const Funnel& funnel,
                                 const PipelineSettings& pipeline, const ForecastSettings& settings) {
    auto run = start_forecast(deals, funnel, pipeline, settings);
    if (!run.ok()) return Outcome<ForecastResult>{{}, run.problem};
    continue_forecast(run.value, settings.trials);
    return Outcome<ForecastResult>{forecast_result(run.value), {}};
}

} // namespace quotient
