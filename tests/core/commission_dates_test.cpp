// Calendar dates (civil_date.h) and commission periods (commission_plan.h): close and churn
// dates, the days between them, and the month, quarter or year a date falls in.
#include <doctest/doctest.h>
#include <string>
#include "core/civil_date.h"
#include "core/commission_plan.h"

using namespace quotient;

TEST_CASE("dates: 2024-02-29 exists (leap year), 2023-02-29 and 2100-02-29 do not") {
    auto leap = parse_iso_date("2024-02-29");
    REQUIRE(leap.ok());
    CHECK(leap.value == CivilDate{2024, 2, 29});
    CHECK_FALSE(parse_iso_date("2023-02-29").ok());
    CHECK_FALSE(parse_iso_date("2100-02-29").ok());   // divisible by 100, not by 400
    CHECK(parse_iso_date("2000-02-29").ok());         // divisible by 400
}

TEST_CASE("dates: anything but YYYY-MM-DD is refused with invalid_date") {
    for (const char* bad : {"", "2024-1-15", "2024/01/15", "15-01-2024", "2024-00-10", "2024-13-01",
                            "2024-04-31", "2024-01-15T00:00", "abcd-ef-gh", "1899-12-31", " 2024-01-15"}) {
        auto r = parse_iso_date(bad);
        CHECK_FALSE(r.ok());
        CHECK(std::string(r.problem.code) == "invalid_date");
    }
}

TEST_CASE("dates: iso_date writes what parse_iso_date reads") {
    CHECK(iso_date(CivilDate{2024, 3, 5}) == "2024-03-05");
    CHECK(parse_iso_date(iso_date(CivilDate{1999, 12, 31})).value == CivilDate{1999, 12, 31});
}

TEST_CASE("dates: day numbers count from 1970-01-01") {
    CHECK(day_number(CivilDate{1970, 1, 1}) == 0);
    CHECK(day_number(CivilDate{1970, 1, 2}) == 1);
    CHECK(day_number(CivilDate{1969, 12, 31}) == -1);
    // 30 years of 365 days plus 7 leap days (72, 76, 80, 84, 88, 92, 96) = 10957.
    CHECK(day_number(CivilDate{2000, 1, 1}) == 10957);
}

TEST_CASE("dates: 36 days from 2024-01-15 to 2024-02-20 (16 left in January + 20)") {
    CHECK(days_between(CivilDate{2024, 1, 15}, CivilDate{2024, 2, 20}) == 36);
    CHECK(days_between(CivilDate{2024, 2, 20}, CivilDate{2024, 1, 15}) == -36);
    CHECK(days_between(CivilDate{2024, 2, 28}, CivilDate{2024, 3, 1}) == 2);   // through the 29th
    CHECK(days_between(CivilDate{2023, 2, 28}, CivilDate{2023, 3, 1}) == 1);
}

TEST_CASE("dates: day number and date convert both ways over the whole accepted range") {
    for (int64_t n = day_number(CivilDate{min_civil_year, 1, 1}); n <= day_number(CivilDate{max_civil_year, 12, 31});
         n += 97) {
        const CivilDate d = date_from_day_number(n);
        CHECK(valid_date(d));
        CHECK(day_number(d) == n);
    }
    CHECK(date_from_day_number(day_number(CivilDate{max_civil_year, 12, 31})) == CivilDate{max_civil_year, 12, 31});
}

TEST_CASE("periods: a quarter runs from the first day of its first month to the last of its third") {
    PeriodRange q2 = period_containing(PlanPeriod::Quarter, CivilDate{2024, 5, 17});
    CHECK(q2.first == CivilDate{2024, 4, 1});
    CHECK(q2.last == CivilDate{2024, 6, 30});
    PeriodRange q4 = period_containing(PlanPeriod::Quarter, CivilDate{2024, 12, 31});
    CHECK(q4.first == CivilDate{2024, 10, 1});
    CHECK(q4.last == CivilDate{2024, 12, 31});
}

TEST_CASE("periods: February 2024 has 29 days; a year runs from January 1 to December 31") {
    PeriodRange feb = period_containing(PlanPeriod::Month, CivilDate{2024, 2, 10});
    CHECK(feb.first == CivilDate{2024, 2, 1});
    CHECK(feb.last == CivilDate{2024, 2, 29});
    PeriodRange year = period_containing(PlanPeriod::Year, CivilDate{2024, 7, 4});
    CHECK(year.first == CivilDate{2024, 1, 1});
    CHECK(year.last == CivilDate{2024, 12, 31});
}

TEST_CASE("periods: the period after Q4 2024 is Q1 2025; both ends of a period are in it") {
    PeriodRange q4 = period_containing(PlanPeriod::Quarter, CivilDate{2024, 11, 1});
    PeriodRange next = next_period(PlanPeriod::Quarter, q4);
    CHECK(next.first == CivilDate{2025, 1, 1});
    CHECK(next.last == CivilDate{2025, 3, 31});
    CHECK(in_period(q4, q4.first));
    CHECK(in_period(q4, q4.last));
    CHECK_FALSE(in_period(q4, next.first));
    CHECK(periods_per_year(PlanPeriod::Month) == 12);
    CHECK(periods_per_year(PlanPeriod::Quarter) == 4);
    CHECK(periods_per_year(PlanPeriod::Year) == 1);
}
