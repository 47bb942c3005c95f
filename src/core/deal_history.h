// What the closed deals say: win rate by count and by value, the size of a won deal, how long a
// sale takes from the deal's creation to its close, and bookings per month; for the whole team,
// per owner and per product. Each figure says how many deals it rests on, and is withheld, with
// the reason, when too few do: three won deals make no median.
#pragma once
#include <string>
#include <vector>
#include "funnel.h"
#include "outcome.h"
#include "pipeline.h"

namespace quotient {

// Fewest deals a figure rests on before it is shown: closed deals for a win rate, won deals for
// the size of a deal, won deals with a creation date for the sales cycle.
inline constexpr int history_min_deals = 5;

struct MonthBookings {
    int year = 0;
    int month = 0;                  // 1..12
    DealCount won{};                // deals won that month and their amounts
};

struct HistoryFigures {
    DealCount won{}, lost{};        // closed deals with an amount; a deal without one counts in neither
    Outcome<double> win_rate_by_count{};   // won / (won + lost)
    Outcome<double> win_rate_by_value{};   // won amount / (won + lost amount)
    Outcome<Money> average_won{};          // rounded once by the money rule
    Outcome<Money> median_won{};           // the middle deal, or the mean of the middle two (rounded once)
    int cycle_deals = 0;                   // won deals with a creation date not after their close
    Outcome<double> cycle_median_days{}, cycle_mean_days{}, cycle_p80_days{};   // creation to close
    std::vector<MonthBookings> by_month;   // every month from the first won deal's to the last's
};

struct HistoryGroup {
    std::string key;                // the owner or product as the deals write it ("" = none given)
    HistoryFigures figures;
};

struct DealHistory {
    HistoryFigures all;
    std::vector<HistoryGroup> by_owner, by_product;   // in the order they first appear
};

// The won and lost deals of `deals` (open deals are not history). Amounts are in `currency`.
DealHistory deal_history(const std::vector<Deal>& deals, const Currency& currency);

// The funnel and sales cycle that history calls for: the last stage's rate (into won deals) set to
// the win rate by count, the average deal to the average won deal, the cycle to the median
// cycle in whole days (rounded up). A figure history withholds leaves its setting as it was.
struct Calibration {
    Funnel funnel;
    int sales_cycle_days = 90;
    int changed = 0;                // how many of the three settings history changed
};
Calibration calibrate(const Funnel& funnel, int sales_cycle_days, const HistoryFigures& history);

} // namespace quotient
