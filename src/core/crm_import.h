// Importing opportunities from a CRM's CSV export (Salesforce, HubSpot, Pipedrive, Zoho,
// Dynamics and look-alikes) into deals. Columns are matched to deal fields by their header
// names (or as the user maps them), amounts and dates are read the way the export's locale
// writes them, the stage says whether a deal is open, won or lost, and every row that cannot
// become a deal is reported with its line number and the reason, while the good rows import.
// An export is mostly history and deals not worked out yet: won and lost deals keep their
// state, open deals without an amount or close date are kept (flagged by the pipeline), and
// no deal gets a review nobody made.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>
#include "civil_date.h"
#include "enum_ids.h"
#include "format.h"
#include "pipeline.h"

namespace quotient {

enum class ImportField {
    Ignore, Name, Account, Owner, Amount, Stage, CreatedDate, CloseDate, Probability, Product, Currency, Count
};
inline constexpr size_t import_field_count = size_t(ImportField::Count);
inline constexpr EnumId<ImportField> import_field_ids[] = {
    {ImportField::Ignore, "ignore"}, {ImportField::Name, "name"}, {ImportField::Account, "account"},
    {ImportField::Owner, "owner"}, {ImportField::Amount, "amount"}, {ImportField::Stage, "stage"},
    {ImportField::CreatedDate, "created_date"}, {ImportField::CloseDate, "close_date"},
    {ImportField::Probability, "probability"}, {ImportField::Product, "product"},
    {ImportField::Currency, "currency"}};
const char* import_field_label(ImportField f);      // "Opportunity name", ... (English, a translation key)

// Automatic matches for the export names of Salesforce ("Opportunity Name", "Stage",
// "Probability (%)", "Created Date"...), HubSpot ("Deal Name", "Deal Stage", "Create Date"...),
// Pipedrive ("Deal - Title", "Deal - Value"...), Zoho ("Closing Date", "Created Time"...),
// Dynamics ("Topic", "Est. Revenue", "Est. Close Date"...) and a public sample's
// ("opportunity_id", "sales_agent", "deal_stage", "engage_date", "close_value"...), ignoring
// case, spaces, '_' and '-'. Without a name column an id column ("Opportunity ID") names the
// deals. Each field is given to one column at most, the first that matches.
std::vector<ImportField> guess_import_columns(const std::vector<std::string>& header);
// The user's choice for one column: `field` moves there from the column that had it (a field
// fills one column), or the column is ignored.
void assign_import_column(std::vector<ImportField>& columns, size_t column, ImportField field);
// The index of the column whose header is `name`, matched as known headers are (case, spaces,
// '_' and '-' ignored), or -1.
int find_import_column(const std::vector<std::string>& header, std::string_view name);

enum class DateOrder { MonthDayYear, DayMonthYear };

struct ImportSettings {
    std::vector<ImportField> columns;   // one per CSV column; empty = guess from the header
    char decimal_point = '.';           // ',' for French and Romanian exports: 1 234,56
    DateOrder date_order = DateOrder::MonthDayYear;   // for 03/04/2025; ISO dates are always read
    Currency currency{};
    // Stage values the user says are won or lost (a team's own "Signed", "No decision"), read
    // before the built-in words; matched as header names are (case, spaces, '_', '-' ignored).
    std::vector<std::string> won_stages;
    std::vector<std::string> lost_stages;
};

// The state a CRM stage value means: won for "Closed Won", "Won", "Closed-Won" and the same in
// French ("Gagné", "Conclu gagné"), Romanian ("Câștigat") and Chinese ("赢单", "成交"); lost for
// "Closed Lost", "Lost", "Perdu", "Pierdut", "输单", "丢单"...; open for every other value.
DealState stage_state(std::string_view stage, const ImportSettings& settings);
// Decimal mark and date order as the locale writes them (en_US: '.', month first; fr, ro: ',',
// day first; zh: '.', ISO).
ImportSettings import_settings_for(LocaleId locale, Currency currency);

// "1,234.56", "$1 234,56", "(120.00)" or "-120" -> a number of major units.
Outcome<double> parse_amount(std::string_view text, char decimal_point);
// "80", "80%", "80,5 %" -> whole percent; "0.8" (a fraction, as HubSpot writes it: at most 1,
// with a decimal mark) -> 80. Halves round up. Fails outside 0..100 %.
Outcome<int> parse_probability(std::string_view text, char decimal_point);
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
    std::array<int, 3> by_state{};      // deals open, won, lost (indexed by DealState)
    // The first rows' cells as the file has them, for the user to see what each column holds.
    std::vector<std::vector<std::string>> first_rows;
};
inline constexpr size_t import_preview_rows = 5;

// Fails as a whole only when there is nothing to import: no header ("empty_file"), or no column
// for the amount or the close date ("no_amount_column", "no_close_date_column"); the failed
// outcome still holds the header and the mapping tried, for the user to map the columns.
// Every deal is imported not reviewed, with the state its stage means. A row without a name is
// named by its line ("Line 12"); an empty amount or close date leaves it not known. A row is
// refused, with its line and reason, when it holds nothing, or a value that cannot be read
// (an amount, date or probability), or an amount that is negative, too large or in another
// currency.
Outcome<ImportResult> import_deals_csv(std::string_view csv, const ImportSettings& settings);

} // namespace quotient
