#include "deal_history.h"
#include <algorithm>
#include <cmath>
#include "civil_date.h"

namespace quotient {

static const char* const too_few_closed = "Too few closed deals to say: at least 5 are needed.";
static const char* const too_few_won = "Too few won deals to say: at least 5 are needed.";
static const char* const too_few_dated = "Too few won deals with a creation date to say: at least 5 are needed.";

// The value at rank p (0..1) of sorted samples, linear between neighbours (the common
// spreadsheet rule, PERCENTILE.INC): the median of 10, 20, 30, 40 is 25.
static double percentile(const std::vector<double>& sorted, double p) {
    const double at = p * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(at));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - double(below));
}

static void add_month(std::vector<MonthBookings>& months, const CivilDate& d, const Money& amount) {
    for (MonthBookings& m : months)
        if (m.year == d.year && m.month == d.month) {
            ++m.won.deals;
            m.won.amount.minor += amount.minor;
            return;
        }
    months.push_back(MonthBookings{d.year, d.month, DealCount{1, amount}});
}

static HistoryFigures figures_of(const std::vector<const Deal*>& deals, const Currency& currency) {
    HistoryFigures h;
    h.won.amount = h.lost.amount = Money{0, currency};
    std::vector<int64_t> won_amounts;
    std::vector<double> cycles;
    for (const Deal* d : deals) {
        if (!d->amount_known) continue;
        DealCount& c = d->state == DealState::Won ? h.won : h.lost;
        ++c.deals;
        c.amount.minor += d->amount.minor;
        if (d->state != DealState::Won) continue;
        won_amounts.push_back(d->amount.minor);
        if (d->close_date_known) {
            add_month(h.by_month, d->close_date, d->amount);
            if (d->created && day_number(*d->created) <= day_number(d->close_date))
                cycles.push_back(double(days_between(*d->created, d->close_date)));
        }
    }
    const int closed = h.won.deals + h.lost.deals;
    if (closed < history_min_deals) {
        h.win_rate_by_count = h.win_rate_by_value = fail<double>("too_few_deals", "deals", too_few_closed);
    } else {
        h.win_rate_by_count.value = double(h.won.deals) / double(closed);
        const int64_t value = h.won.amount.minor + h.lost.amount.minor;
        if (value > 0) h.win_rate_by_value.value = double(h.won.amount.minor) / double(value);
        else h.win_rate_by_value = fail<double>("no_value", "deals", "The closed deals are worth nothing: no rate by value.");
    }
    if (h.won.deals < history_min_deals) {
        h.average_won = h.median_won = fail<Money>("too_few_deals", "deals", too_few_won);
    } else {
        std::sort(won_amounts.begin(), won_amounts.end());
        const size_t n = won_amounts.size();
        // Exact in integers (a sum of 100,000 deals passes what a double holds exactly): the
        // quotient, and the remainder rounded once, halves to even.
        auto rounded_ratio = [&](int64_t sum, int64_t count) {
            int64_t q = sum / count;
            const int64_t twice_rest = 2 * (sum % count);
            if (twice_rest > count || (twice_rest == count && q % 2 != 0)) ++q;
            return Money{q, currency};
        };
        h.average_won.value = rounded_ratio(h.won.amount.minor, int64_t(n));
        h.median_won.value = n % 2 ? Money{won_amounts[n / 2], currency}
                                   : rounded_ratio(won_amounts[n / 2 - 1] + won_amounts[n / 2], 2);
    }
    h.cycle_deals = int(cycles.size());
    if (h.cycle_deals < history_min_deals) {
        h.cycle_median_days = h.cycle_mean_days = h.cycle_p80_days =
            fail<double>("too_few_deals", "deals", too_few_dated);
    } else {
        std::sort(cycles.begin(), cycles.end());
        double sum = 0;
        for (double c : cycles) sum += c;
        h.cycle_mean_days.value = sum / double(cycles.size());
        h.cycle_median_days.value = percentile(cycles, 0.5);
        h.cycle_p80_days.value = percentile(cycles, 0.8);
    }
    // Months in order, with the empty months between them: a bar chart shows the gaps.
    std::sort(h.by_month.begin(), h.by_month.end(),
              [](const MonthBookings& a, const MonthBookings& b) { return a.year * 12 + a.month < b.year * 12 + b.month; });
    std::vector<MonthBookings> filled;
    for (const MonthBookings& m : h.by_month) {
        while (!filled.empty() && filled.back().year * 12 + filled.back().month + 1 < m.year * 12 + m.month) {
            const int next = filled.back().year * 12 + filled.back().month;   // months since year 0, + 1
            filled.push_back(MonthBookings{next / 12, next % 12 + 1, DealCount{0, Money{0, currency}}});
        }
        filled.push_back(m);
    }
    h.by_month = std::move(filled);
    return h;
}

template <class Key>
static std::vector<HistoryGroup> groups_of(const std::vector<const Deal*>& closed, const Currency& currency, Key key) {
    std::vector<std::string> keys;
    for (const Deal* d : closed)
        if (std::find(keys.begin(), keys.end(), key(*d)) == keys.end()) keys.push_back(key(*d));
    std::vector<HistoryGroup> out;
    for (const std::string& k : keys) {
        std::vector<const Deal*> mine;
        for (const Deal* d : closed)
            if (key(*d) == k) mine.push_back(d);
        out.push_back(HistoryGroup{k, figures_of(mine, currency)});
    }
    return out;
}

DealHistory deal_history(const std::vector<Deal>& deals, const Currency& currency) {
    std::vector<const Deal*> closed;
    for (const Deal& d : deals)
        if (d.state != DealState::Open) closed.push_back(&d);
    DealHistory h;
    h.all = figures_of(closed, currency);
    h.by_owner = groups_of(closed, currency, [](const Deal& d) { return d.owner; });
    h.by_product = groups_of(closed, currency, [](const Deal& d) { return d.products; });
    return h;
}

Calibration calibrate(const Funnel& funnel, int sales_cycle_days, const HistoryFigures& history) {
    Calibration c{funnel, sales_cycle_days, 0};
    // The stage before the won deals converts at the win rate: of the deals that reached a
    // decision, this share was won.
    if (history.win_rate_by_count.ok() && c.funnel.stages.size() >= 2) {
        double& rate = c.funnel.stages[c.funnel.stages.size() - 2].rate_to_next;
        const double to = std::nearbyint(history.win_rate_by_count.value * 1000.0) / 1000.0;   // the slider's 0.1 %
        if (rate != to) rate = to, ++c.changed;
    }
    if (history.average_won.ok() && c.funnel.average_deal != history.average_won.value) {
        c.funnel.average_deal = history.average_won.value;
        ++c.changed;
    }
    if (history.cycle_median_days.ok()) {
        // Within what the sales plan accepts: a deal created years ago cannot set a cycle the
        // plan would refuse.
        const int days = std::clamp(int(std::ceil(history.cycle_median_days.value)), 1, max_sales_cycle_days);
        if (days != c.sales_cycle_days) c.sales_cycle_days = days, ++c.changed;
    }
    return c;
}

} // namespace quotient
