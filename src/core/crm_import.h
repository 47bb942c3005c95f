// Importing opportunities from a CRM's CSV export (Salesforce, HubSpot and look-alikes) into
// pipeline deals. Columns are matched to deal fields by their header names, amounts and dates
// are read the way the export's locale writes them, and every row that cannot become a deal
// is reported with its line number and the reason, while the good rows import.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "civil_date.h"
#include "format.h"
#include "pipeline.h"

namespace quotient {

enum class ImportField { Ignore, Name, Account, Amount, Stage, CloseDate, Owner, Count };
inline constexpr size_t import_field_count = size_t(ImportField::Count);
const char* import_field_label(ImportField f);      // "Opportunity name", ... (English, a translation key)

// Automatic matches for Salesforce and HubSpot export names ("Opportunity Name", "Deal Name",
// "Amount", "Stage", "Deal Stage", "Close Date", "Owner", "Deal owner"...), ignoring case and
// spaces around them. Each field is given to one column at most, the first that matches.
std::vector<ImportField> guess_import_columns(const std::vector<std::string>& header);

enum class DateOrder { MonthDayYear, DayMonthYear };

struct ImportSettings {
    std::vector<ImportField> columns;   // one per CSV column; empty = guess from the header
    char decimal_point = '.';           // ',' for French and Romanian exports: 1 234,56
    DateOrder date_order = DateOrder::MonthDayYear;   // for 03/04/2025; ISO dates are always read
    Currency currency{};
};
// Decimal mark and date order as the locale writes them (en_US: '.', month first; fr, ro: ',',
// day first; zh: '.', ISO).
ImportSettings import_settings_for(LocaleId locale, Currency currency);

// "1,234.56", "$1 234,56", "(120.00)" or "-120" -> a number of major units.
Outcome<double> parse_amount(std::string_view text, char decimal_point);
// "2025-03-31" (also with a time after it), "31/03/2025", "03/31/2025", "31.03.2025", "2025/03/31".
Outcome<CivilDate> parse_import_date(std::string_view text, DateOrder order);

struct ImportRowError {
    int line = 0;                   // line of the CSV file where the row starts
    std::string column;             // header of the column at fault ("" = the whole row)
    const char* reason = "";        // English sentence (translation key)
};

struct ImportResult {
    std::vector<std::string> header;
    std::vector<ImportField> columns;   // the mapping used
    std::vector<Deal> deals;            // one per good row, in file order
    std::vector<ImportRowError> errors; // one per skipped row
    int rows = 0;                       // data rows read (good + skipped)
};

// Fails as a whole only when there is nothing to import: no header, or no column for the
// deal's name, amount or close date ("no_name_column", "no_amount_column", "no_close_date_column").
// Rows without a name, amount or close date, or with one that cannot be read, are reported.
Outcome<ImportResult> import_deals_csv(std::string_view csv, const ImportSettings& settings);

} // namespace quotient
