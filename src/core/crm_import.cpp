#include "crm_import.h"
#include <cctype>
#include <cstring>
#include "csv.h"

namespace quotient {

// [SECTION] Columns

const char* import_field_label(ImportField f) {
    switch (f) {
    case ImportField::Ignore: return "Ignore";
    case ImportField::Name: return "Opportunity name";
    case ImportField::Account: return "Account";
    case ImportField::Amount: return "Amount";
    case ImportField::Stage: return "Stage";
    case ImportField::CloseDate: return "Close date";
    case ImportField::Owner: return "Owner";
    case ImportField::Count: break;
    }
    return "Ignore";
}

static std::string normalised(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '_') out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct KnownHeader {
    const char* name;               // normalised: lower case, no spaces or underscores
    ImportField field;
};
// Salesforce (Opportunity Name, Account Name, Amount, Stage, Close Date, Opportunity Owner),
// HubSpot (Deal Name, Amount, Deal Stage, Close Date, Deal owner, Associated Company) and
// plain names.
static const KnownHeader known_headers[] = {
    {"opportunityname", ImportField::Name}, {"dealname", ImportField::Name}, {"name", ImportField::Name},
    {"opportunity", ImportField::Name}, {"deal", ImportField::Name},
    {"accountname", ImportField::Account}, {"account", ImportField::Account},
    {"associatedcompany", ImportField::Account}, {"company", ImportField::Account},
    {"amount", ImportField::Amount}, {"dealamount", ImportField::Amount}, {"value", ImportField::Amount},
    {"stage", ImportField::Stage}, {"dealstage", ImportField::Stage}, {"stagename", ImportField::Stage},
    {"closedate", ImportField::CloseDate}, {"expectedclosedate", ImportField::CloseDate},
    {"owner", ImportField::Owner}, {"dealowner", ImportField::Owner}, {"opportunityowner", ImportField::Owner},
    {"ownername", ImportField::Owner},
};

std::vector<ImportField> guess_import_columns(const std::vector<std::string>& header) {
    std::vector<ImportField> columns(header.size(), ImportField::Ignore);
    bool taken[import_field_count] = {};
    for (const KnownHeader& k : known_headers) {     // table order = preference order
        for (size_t i = 0; i < header.size(); ++i) {
            if (taken[size_t(k.field)] || columns[i] != ImportField::Ignore) continue;
            if (normalised(header[i]) == k.name) {
                columns[i] = k.field;
                taken[size_t(k.field)] = true;
            }
        }
    }
    return columns;
}

ImportSettings import_settings_for(LocaleId locale, Currency currency) {
    ImportSettings s;
    s.currency = currency;
    s.decimal_point = (locale == LocaleId::fr_FR || locale == LocaleId::ro_RO) ? ',' : '.';
    s.date_order = locale == LocaleId::en_US ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
    return s;
}

// [SECTION] Amounts

Outcome<double> parse_amount(std::string_view text, char decimal_point) {
    // Keep digits, separators and sign; drop currency signs, codes and spaces of any kind.
    char digits[64];
    size_t n = 0;
    bool negative = false, any_digit = false;
    for (unsigned char c : text) {
        if (c >= '0' && c <= '9') any_digit = true;
        if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '\'') {
            if (n + 1 >= sizeof digits) return fail<double>("amount_too_long", "", "The amount has too many digits.");
            digits[n++] = char(c);
        } else if (c == '-' || c == '(') {
            negative = true;                         // -120 or accounting style (120)
        }
    }
    if (!any_digit) return fail<double>("amount_not_a_number", "", "The amount is not a number.");
    const std::string_view d(digits, n);
    // The decimal mark: the file's, unless the value shows otherwise. With both marks present
    // the last one is decimal (1.234,56 or 1,234.56); a lone other mark followed by one or two
    // digits is decimal too (12,5 in an English file), by three digits a thousands separator.
    char dec = decimal_point;
    const size_t last_dot = d.rfind('.'), last_comma = d.rfind(',');
    if (last_dot != d.npos && last_comma != d.npos) dec = last_dot > last_comma ? '.' : ',';
    else {
        const char other = decimal_point == '.' ? ',' : '.';
        const size_t at = d.rfind(other);
        if (at != d.npos && d.find(other) == at && d.find(decimal_point) == d.npos && d.size() - at - 1 <= 2)
            dec = other;
    }
    // Digits into an integer mantissa and a count of decimals: exact, and far cheaper than strtod.
    int64_t mantissa = 0;
    int decimals = 0, significant = 0;
    bool seen_decimal = false;
    for (char c : d) {
        if (c >= '0' && c <= '9') {
            if (significant >= 18 || decimals >= 18)
                return fail<double>("amount_too_long", "", "The amount has too many digits.");
            mantissa = mantissa * 10 + (c - '0');
            significant += mantissa != 0;
            decimals += seen_decimal;
        } else if (c == dec) {
            if (seen_decimal) return fail<double>("amount_not_a_number", "", "The amount is not a number.");
            seen_decimal = true;
        }
    }
    static const double powers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
                                    1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
    const double v = double(mantissa) / powers[decimals];
    return Outcome<double>{negative ? -v : v, {}};
}
// [SECTION] Dates

// Reads up to `max` digits at s[i]; returns -1 when there are none.
static int read_number(std::string_view s, size_t& i, int max) {
    int v = 0, k = 0;
    while (i < s.size() && k < max && s[i] >= '0' && s[i] <= '9') v = v * 10 + (s[i++] - '0'), ++k;
    return k ? v : -1;
}

Outcome<CivilDate> parse_import_date(std::string_view text, DateOrder order) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const Outcome<CivilDate> bad = fail<CivilDate>("invalid_date", "", "The date is not a date we can read.");
    size_t i = 0;
    int a = read_number(text, i, 4);
    if (a < 0 || i >= text.size()) return bad;
    const char sep = text[i];
    if (sep != '-' && sep != '/' && sep != '.') return bad;
    const size_t first_len = i;
    ++i;
    int b = read_number(text, i, 2);
    if (b < 0 || i >= text.size() || text[i] != sep) return bad;
    ++i;
    const size_t third_start = i;
    int c = read_number(text, i, 4);
    if (c < 0) return bad;
    // Anything after the date must be a time ("2025-03-31T10:00:00Z", "31/03/2025 10:00").
    if (i < text.size() && text[i] != 'T' && text[i] != ' ') return bad;

    CivilDate d;
    if (first_len == 4) {
        d = CivilDate{a, b, c};                      // year first: ISO or 2025/03/31
    } else {
        if (i - third_start != 4) return bad;        // two-digit years are refused: which century?
        const bool day_first = a > 12 || (b <= 12 && order == DateOrder::DayMonthYear);
        d = day_first ? CivilDate{c, b, a} : CivilDate{c, a, b};
    }
    if (!valid_date(d)) return bad;
    return Outcome<CivilDate>{d, {}};
}

// [SECTION] Rows

Outcome<ImportResult> import_deals_csv(std::string_view csv, const ImportSettings& settings) {
    CsvReader reader = csv_reader(csv);
    if (!next_csv_record(reader))
        return fail<ImportResult>("empty_file", "", "The file is empty: there is no header line.");

    ImportResult out;
    for (std::string_view h : reader.fields) out.header.emplace_back(h);
    out.columns = settings.columns.empty() ? guess_import_columns(out.header) : settings.columns;
    out.columns.resize(out.header.size(), ImportField::Ignore);
    int column_of[import_field_count];
    for (int& c : column_of) c = -1;
    for (size_t i = 0; i < out.columns.size(); ++i)
        if (column_of[size_t(out.columns[i])] < 0) column_of[size_t(out.columns[i])] = int(i);
    if (column_of[size_t(ImportField::Name)] < 0)
        return fail<ImportResult>("no_name_column", "columns", "No column holds the opportunity name.");
    if (column_of[size_t(ImportField::Amount)] < 0)
        return fail<ImportResult>("no_amount_column", "columns", "No column holds the amount.");
    if (column_of[size_t(ImportField::CloseDate)] < 0)
        return fail<ImportResult>("no_close_date_column", "columns", "No column holds the close date.");

    const double scale = minor_per_major(settings.currency);
    out.deals.reserve(csv.size() / 64);   // a typical export row is longer than 64 bytes
    while (next_csv_record(reader)) {
        ++out.rows;
        const int line = reader.record_line;
        auto cell = [&](ImportField f) -> std::string_view {
            const int c = column_of[size_t(f)];
            return (c >= 0 && size_t(c) < reader.fields.size()) ? reader.fields[size_t(c)] : std::string_view{};
        };
        auto reject = [&](ImportField f, const char* reason) {
            const int c = column_of[size_t(f)];
            out.errors.push_back({line, c >= 0 ? out.header[size_t(c)] : std::string(), reason});
        };
        if (reader.unterminated_quote) {
            out.errors.push_back({line, "", "A quoted field is never closed: the rest of the file was skipped."});
            break;
        }

        Deal deal;
        deal.name = std::string(unguarded_text(cell(ImportField::Name)));
        if (deal.name.empty()) { reject(ImportField::Name, "The opportunity has no name."); continue; }

        const std::string_view amount_text = cell(ImportField::Amount);
        if (amount_text.empty()) { reject(ImportField::Amount, "The amount is missing."); continue; }
        Outcome<double> amount = parse_amount(amount_text, settings.decimal_point);
        if (!amount.ok()) { reject(ImportField::Amount, amount.problem.message); continue; }
        if (amount.value < 0) { reject(ImportField::Amount, "The amount is negative."); continue; }
        Outcome<int64_t> minor = to_minor_units(amount.value * scale);
        if (!minor.ok() || minor.value > max_minor_units / 1000) {
            reject(ImportField::Amount, "The amount is too large.");
            continue;
        }
        deal.amount = Money{minor.value, settings.currency};
        deal.budget = Money{0, settings.currency};

        // Every deal in the pipeline closes on a date: a row without one is reported, not
        // given a made-up date.
        const std::string_view date = cell(ImportField::CloseDate);
        if (date.empty()) { reject(ImportField::CloseDate, "The close date is missing."); continue; }
        Outcome<CivilDate> d = parse_import_date(date, settings.date_order);
        if (!d.ok()) { reject(ImportField::CloseDate, d.problem.message); continue; }
        deal.close_date = d.value;
        deal.account = std::string(unguarded_text(cell(ImportField::Account)));
        deal.stage = std::string(unguarded_text(cell(ImportField::Stage)));
        deal.owner = std::string(unguarded_text(cell(ImportField::Owner)));
        out.deals.push_back(std::move(deal));
    }
    return Outcome<ImportResult>{std::move(out), {}};
}

} // namespace quotient
