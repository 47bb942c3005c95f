#include "period_calendar.h"

namespace quotient {

int periods_per_year(PlanPeriod p) { return 12 / months_per_period(p); }

int months_per_period(PlanPeriod p) {
    switch (p) {
    case PlanPeriod::Month: return 1;
    case PlanPeriod::Quarter: return 3;
    case PlanPeriod::Year: return 12;
    }
    return 3;
}

double average_period_days(PlanPeriod p) { return 365.0 / periods_per_year(p); }

static int valid_start(int fiscal_year_start) { return fiscal_year_start >= 1 && fiscal_year_start <= 12 ? fiscal_year_start : 1; }

// Months are numbered from year 0 (month index = year x 12 + month - 1) so that periods that
// straddle New Year are plain integer division.
PeriodRange period_containing(PlanPeriod p, const CivilDate& d, int fiscal_year_start) {
    const int start = valid_start(fiscal_year_start) - 1;
    const int months = months_per_period(p);
    const int index = d.year * 12 + d.month - 1;
    const int offset = ((index - start) % months + months) % months;
    const int first = index - offset, last = first + months - 1;
    const int last_year = last / 12, last_month = last % 12 + 1;
    return {CivilDate{first / 12, first % 12 + 1, 1}, CivilDate{last_year, last_month, days_in_month(last_year, last_month)}};
}

PeriodRange next_period(PlanPeriod p, const PeriodRange& r, int fiscal_year_start) {
    return period_containing(p, date_from_day_number(day_number(r.last) + 1), fiscal_year_start);
}

PeriodRange previous_period(PlanPeriod p, const PeriodRange& r, int fiscal_year_start) {
    return period_containing(p, date_from_day_number(day_number(r.first) - 1), fiscal_year_start);
}

std::string period_label(PlanPeriod p, const PeriodRange& r, int fiscal_year_start) {
    const int start = valid_start(fiscal_year_start);
    if (p == PlanPeriod::Month) {
        std::string m = std::to_string(r.first.month);
        return std::to_string(r.first.year) + "-" + (m.size() < 2 ? "0" + m : m);
    }
    // The fiscal year the period belongs to ends in the calendar year of its last month of the
    // fiscal year: a January start makes it the calendar year.
    const int fy = start == 1 || r.first.month < start ? r.first.year : r.first.year + 1;
    const std::string year = start == 1 ? std::to_string(fy) : "FY" + std::to_string(fy);
    if (p == PlanPeriod::Year) return year;
    const int quarter = ((r.first.month - start + 12) % 12) / 3 + 1;
    return "Q" + std::to_string(quarter) + " " + year;
}

} // namespace quotient
