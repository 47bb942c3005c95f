// Calendar dates without time or time zone ("2024-03-31"): deal close dates, churn dates and the
// start and end of commission periods. Day arithmetic goes through a day number (days since
// 1970-01-01, proleptic Gregorian calendar), after Howard Hinnant's days_from_civil.
#pragma once
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include "outcome.h"

namespace quotient {

struct CivilDate {
    int year = 2024;
    int month = 1;                  // 1..12
    int day = 1;                    // 1..days_in_month
    auto operator<=>(const CivilDate&) const = default;   // field order = calendar order
};

// Years we accept: wide enough for any contract, narrow enough that day numbers stay small.
inline constexpr int min_civil_year = 1900;
inline constexpr int max_civil_year = 9999;

int days_in_month(int year, int month);
bool valid_date(const CivilDate& d);

int64_t day_number(const CivilDate& d);        // days since 1970-01-01 (negative before)
CivilDate date_from_day_number(int64_t days);
// Whole days from `from` to `to` (negative when `to` is earlier).
inline int64_t days_between(const CivilDate& from, const CivilDate& to) { return day_number(to) - day_number(from); }

// "YYYY-MM-DD" exactly (ISO 8601 calendar date). Fails with "invalid_date" for anything else,
// including days that do not exist (2023-02-29) and years outside min..max_civil_year.
Outcome<CivilDate> parse_iso_date(std::string_view text);
std::string iso_date(const CivilDate& d);

} // namespace quotient
