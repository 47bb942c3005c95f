// The one period calendar of a scenario: months, quarters or years, counted from the month the
// fiscal year starts in. The sales plan's quota is per period of this calendar; the commission
// statement, the pipeline's "this period / next / later" and the ideal funnel all use it.
#pragma once
#include <string>
#include "civil_date.h"
#include "enum_ids.h"

namespace quotient {

enum class PlanPeriod { Month, Quarter, Year };
inline constexpr EnumId<PlanPeriod> plan_period_ids[] = {
    {PlanPeriod::Month, "month"}, {PlanPeriod::Quarter, "quarter"}, {PlanPeriod::Year, "year"}};

int periods_per_year(PlanPeriod p);              // 12, 4, 1
int months_per_period(PlanPeriod p);             // 1, 3, 12
// A period's average length in days, over a 365-day year (365/12, 365/4, 365): the length the
// ideal funnel's steady state is worked over, whatever the month or quarter.
double average_period_days(PlanPeriod p);

// A month, quarter or year of the calendar; both days are included.
struct PeriodRange {
    CivilDate first{};
    CivilDate last{};
    bool operator==(const PeriodRange&) const = default;
};
inline bool in_period(const PeriodRange& r, const CivilDate& d) { return r.first <= d && d <= r.last; }

// `fiscal_year_start` is the month (1..12) the fiscal year begins in: with 4 (April), the first
// quarter runs from April to June. Values outside 1..12 count as January.
PeriodRange period_containing(PlanPeriod p, const CivilDate& d, int fiscal_year_start = 1);
PeriodRange next_period(PlanPeriod p, const PeriodRange& r, int fiscal_year_start = 1);
PeriodRange previous_period(PlanPeriod p, const PeriodRange& r, int fiscal_year_start = 1);

// The period's name as sales teams say it, untranslated parts only: the fiscal year is named
// after the calendar year it ends in (FY2027 runs April 2026 to March 2027), as most companies
// do. Quarter "Q1 FY2027", month "2026-04", year "FY2027"; with a January start the year is the
// calendar year ("Q1 2027", "2027").
std::string period_label(PlanPeriod p, const PeriodRange& r, int fiscal_year_start = 1);

} // namespace quotient
