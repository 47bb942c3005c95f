// The pipeline forecast with its spread (DOMAIN.md section 5): a Monte Carlo simulation over
// the open deals that can close in a period of the plan's calendar. In each trial every deal is
// won with its win probability and lands in the period unless its close date slips out of it;
// the trial's bookings are the deals won there plus those already won in the period. Out come
// P10 / P50 / P90 bookings, the mean, the chance to reach quota and each attainment level, the
// histogram and cumulative curve, and the deals whose loss moves P50 most (a tornado chart).
//
// Seeded and reproducible: the generator is our own (splitmix64) and every step is integer
// arithmetic, so one seed gives the same figures natively, in WASM and in quotient-cli.
//
// Index
// [SECTION] Settings
// [SECTION] Each deal's chance
// [SECTION] Results
// [SECTION] Running a forecast (at once, or a few trials per frame)
#pragma once
#include <array>
#include <cstdint>
#include <vector>
#include "funnel.h"
#include "money.h"
#include "outcome.h"
#include "pipeline.h"

namespace quotient {

// [SECTION] Settings

// Where a deal's win probability comes from; the user picks one for the whole forecast.
// The CRM's own probability (the import's Probability (%) column) becomes a third source here,
// read by deal_win_probability, when deals carry it.
// Where a deal's chance to be won comes from: its stage's win rate in the funnel; the rep's review
// (fund % x competition %); or the CRM's probability, imported with the deal. A deal the rep has
// not reviewed takes the CRM's probability under the review source, and a deal without a CRM
// probability its stage's win rate: no deal is given an invented chance.
enum class ProbabilitySource { StageWinRate, Review, Crm };
inline constexpr EnumId<ProbabilitySource> probability_source_ids[] = {
    {ProbabilitySource::StageWinRate, "stage"}, {ProbabilitySource::Review, "review"}, {ProbabilitySource::Crm, "crm"}};

// How a close date may move: not at all, or by any whole number of days from -N to +N, each
// equally likely.
enum class SlipKind { None, Uniform };

// Which period of the plan's calendar is forecast, counted from the day the pipeline is looked at.
enum class ForecastPeriod { ThisPeriod, NextPeriod };
inline constexpr EnumId<ForecastPeriod> forecast_period_ids[] = {
    {ForecastPeriod::ThisPeriod, "this_period"}, {ForecastPeriod::NextPeriod, "next_period"}};

inline constexpr int max_forecast_trials = 100'000;
inline constexpr int max_slip_days = 365;
// The attainment levels whose chance the forecast reports, in percent of quota.
inline constexpr std::array<int, 5> attainment_levels{50, 75, 100, 125, 150};
inline constexpr int forecast_histogram_bins = 40;
// Drivers reported (the tornado's bars), from a larger set of candidate deals.
inline constexpr int max_forecast_drivers = 10;

struct ForecastSettings {
    ProbabilitySource source = ProbabilitySource::StageWinRate;
    ForecastPeriod period = ForecastPeriod::ThisPeriod;
    SlipKind slip = SlipKind::None;
    int slip_days = 14;             // N of a uniform slip, 0..365
    int haircut_percent = 0;        // taken off every open deal's amount, 0..100
    int trials = 10'000;            // 1..100,000
    uint64_t seed = 1;
    bool operator==(const ForecastSettings&) const = default;
};

// The first problem: "trials_out_of_range", "slip_days_out_of_range", "haircut_out_of_range".
Problem check_forecast_settings(const ForecastSettings& s);

// [SECTION] Each deal's chance

// A deal's win probability from the chosen source: the funnel's win rate for its stage (0 when
// the stage is not in the funnel, as the weighted pipeline counts it), or the review's
// fund% x competition% (the expected value's factors). `stage_rates` is stage_win_rates(funnel).
double deal_win_probability(const Deal& d, ProbabilitySource source, const Funnel& funnel,
                            const std::vector<double>& stage_rates);

// Chance that a deal closing on `close` lands in `period` once its date slips: the share of the
// slips -N..+N (or none) that put it inside. A deal is never won before `as_of`: a date that
// slips (or already is) before it closes on `as_of` itself.
double chance_in_period(const CivilDate& close, const CivilDate& as_of, const PeriodRange& period, SlipKind slip,
                        int slip_days);

// [SECTION] Results

struct AttainmentChance {
    int level_percent = 100;
    Outcome<double> chance{};       // share of trials at or above level x quota; fails without a quota
};

struct HistogramBin {
    Money from{}, to{};             // bookings in [from, to]; `to` is the next bin's from minus one minor unit
    int trials = 0;
    double cumulative = 0;          // share of trials with bookings up to `to`
};

// "What if I lose this deal": P50 again with the deal lost in every trial, on the same draws.
struct ForecastDriver {
    int deal = 0;                   // index in the scenario's deals
    Money amount{};                 // after the haircut
    double probability = 0;         // of winning it in the period (win probability x chance in period)
    Money p50_without{};
    Money p50_change{};             // p50_without - P50 (zero or negative)
};

struct ForecastResult {
    int trials = 0;                 // trials the figures rest on (fewer than asked while a run goes on)
    bool dated = false;             // false: every open deal counts, whatever its date (the CLI without as_of)
    PeriodRange period{};           // the period forecast, when dated
    Money quota{};
    Money booked{};                 // won deals already closed in the period: in every trial
    int deals_in_play = 0;          // open deals with a chance of being won in the period
    Money p10{}, p50{}, p90{};      // bookings at or below which 10%, 50%, 90% of the trials fall
    Money mean{};
    Money lowest{}, highest{};
    Outcome<double> chance_to_reach_quota{};   // share of trials at or above quota; fails without a quota
    std::array<AttainmentChance, attainment_levels.size()> attainment{};
    std::vector<HistogramBin> histogram;       // up to forecast_histogram_bins, lowest to highest
    std::vector<ForecastDriver> drivers;       // largest P50 drop first, at most max_forecast_drivers
};

// [SECTION] Running a forecast

// The open deals that may land in the period, prepared once per input: each uncertain deal is a
// lane of a 64-lane block, with its amount and its win threshold (probability x 2^32, an integer)
// stored bit by bit across 32 words, so that one trial decides 64 deals at once, and their won
// amounts are added 4 lanes at a time (see forecast.cpp).
struct ForecastModel {
    bool dated = false;
    PeriodRange period{};
    Money quota{};
    int64_t booked = 0;             // won in the period
    int64_t certain = 0;            // open deals won in the period in every trial (probability 1)
    int deals_in_play = 0;
    std::vector<int> certain_deals; // their indices and amounts, for the drivers
    std::vector<int64_t> certain_amount;
    // Lanes (deals with a probability strictly between 0 and 1), padded to whole blocks.
    std::vector<int64_t> amount;    // minor units after the haircut; 0 in padding
    std::vector<int> deal;          // index in the scenario's deals; -1 in padding
    std::vector<double> probability;
    std::vector<uint64_t> threshold_bits;   // 32 words per block, most significant bit first
    std::vector<uint64_t> lane_mask;        // per block: its lanes that hold a deal
    std::vector<int64_t> subset_sums;       // per 4 lanes: the sum of each of their 16 subsets
    int candidates = 0;             // lanes 0..candidates-1 are driver candidates (at most 16)
};

// A forecast in progress: trials run so far, each one's bookings from the uncertain deals, and
// which candidate deals it won. Trial t draws from its own stretch of the generator, so running
// the trials in one go or a few per frame gives the same figures.
struct ForecastRun {
    ForecastModel model;
    ForecastSettings settings;
    std::vector<int64_t> won;           // per trial: sum of the uncertain deals won
    std::vector<uint16_t> candidate_wins;   // per trial: bit c set when candidate lane c was won
    bool done() const { return int(won.size()) >= settings.trials; }
};

// Prepares a forecast of `deals` (open ones; won ones as booked) on the plan's calendar in
// `pipeline` (undated: every open deal counts, slip does not apply, every won deal is booked).
// Fails with validate_pipeline's problem, check_forecast_settings', the funnel's ("funnel.…",
// for the stage source), or "next_period_undated" (the next period needs the day).
Outcome<ForecastRun> start_forecast(const std::vector<Deal>& deals, const Funnel& funnel,
                                    const PipelineSettings& pipeline, const ForecastSettings& settings);
// Runs up to `trials` more trials.
void continue_forecast(ForecastRun& run, int trials);
// The figures from the trials run so far (at least one).
ForecastResult forecast_result(const ForecastRun& run);
// All of it at once: what the CLI and the tests call.
Outcome<ForecastResult> forecast(const std::vector<Deal>& deals, const Funnel& funnel,
                                 const PipelineSettings& pipeline, const ForecastSettings& settings);

} // namespace quotient
