#include "civil_date.h"
#include <cstdio>

namespace quotient {

static bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && leap_year(year) ? 29 : days[month - 1];
}

bool valid_date(const CivilDate& d) {
    return d.year >= min_civil_year && d.year <= max_civil_year && d.month >= 1 && d.month <= 12 &&
           d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

// Counting years from March puts the leap day last, so every era of 400 years has the same
// shape (146097 days) and the month lengths follow one formula.
int64_t day_number(const CivilDate& d) {
    const int64_t y = int64_t(d.year) - (d.month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t year_of_era = y - era * 400;
    const int64_t month_from_march = (d.month + 9) % 12;
    const int64_t day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;
    const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate date_from_day_number(int64_t days) {
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t day_of_era = days - era * 146097;
    const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int64_t month_from_march = (5 * day_of_year + 2) / 153;
    CivilDate d;
    d.day = int(day_of_year - (153 * month_from_march + 2) / 5 + 1);
    d.month = int(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
    d.year = int(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

Outcome<CivilDate> parse_iso_date(std::string_view text) {
    auto bad = [] {
        return fail<CivilDate>("invalid_date", "", "A date must be a real calendar day written YYYY-MM-DD.");
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
    auto digits = [&](size_t at, size_t n, int& out) {
        out = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    CivilDate d;
    if (!digits(0, 4, d.year) || !digits(5, 2, d.month) || !digits(8, 2, d.day) || !valid_date(d)) return bad();
    return Outcome<CivilDate>{d, {}};
}

std::string iso_date(const CivilDate& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

} // namespace quotient
