// CSV exports: the pipeline and a commission statement as the text of a file a spreadsheet opens
// as it is (the app's "Export pipeline CSV" and "Export commission statement CSV"; the app
// downloads the text in the browser or writes it to a file natively, the core does no I/O).
//
// Files follow RFC 4180: a field is quoted when it holds the separator, a quote, CR or LF, a quote
// inside is doubled, every record ends with CRLF. They start with a UTF-8 byte order mark, without
// which Excel reads UTF-8 in the system's code page and garbles accents and Chinese. Separator and
// decimal mark are those Excel expects in the user's locale. Amounts carry no thousands separator
// and exactly the currency's minor digits, with the currency in a column of its own.
//
// Index
// [SECTION] Writing CSV
// [SECTION] Pipeline
// [SECTION] Commission statement
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "commission_plan.h"
#include "format.h"
#include "funnel.h"
#include "outcome.h"
#include "pipeline.h"

namespace quotient {

// [SECTION] Writing CSV

struct CsvStyle {
    char separator = ',';
    char decimal_point = '.';
    LocaleId locale = LocaleId::en_US;   // how text made of numbers (statement formulas) writes them
};
// en-US, zh-CN: ',' and "1234.56"; fr-FR, ro-RO: ';' and "1234,56" (their Excel reads ',' as the
// decimal mark, so it cannot also separate fields).
CsvStyle csv_style_for(LocaleId id);

// The text of a file being written, a field at a time. There are two kinds of field, on purpose:
//   csv_text   text users typed or their CRM holds (names, stages, formulas): one starting with
//              '=', '+', '-', '@', tab or CR gets a leading apostrophe, so that a spreadsheet shows
//              it rather than running it as a formula (OWASP, "CSV injection");
//   csv_value  what Quotient formatted itself (amounts, percentages, dates, codes): written as it
//              is, so that "-12.50" stays a number.
// Both quote the field when RFC 4180 asks for it.
struct CsvWriter {
    CsvStyle style{};
    std::string text;               // starts with the byte order mark
    bool in_record = false;         // a field was written since the last csv_end_record
};
CsvWriter csv_writer(const CsvStyle& style);
void csv_text(CsvWriter& w, std::string_view text);
void csv_value(CsvWriter& w, std::string_view value);
void csv_end_record(CsvWriter& w);  // CRLF

// money_to_decimal with the style's decimal mark: "-1234,56" (fr-FR), "1234.56", JPY "1234".
std::string csv_amount(const Money& m, const CsvStyle& style);
// A rate as a percentage number, with as few decimals as it needs (at most four) and the style's
// decimal mark, no '%' sign (the column header says it): 0.125 -> "12.5", 0.25 -> "25".
std::string csv_percent(double rate, const CsvStyle& style);

// [SECTION] Pipeline

// One row per deal, in the input's order, under these headers:
//   Opportunity Name, Account Name, Opportunity Owner, Stage, Amount, Currency, Close Date,
//   Fund %, Competition %, Placement, Expected Value, Win Rate %, Weighted Value, Red Flags
// The first seven are Salesforce's export names, so the file imports back through
// import_deals_csv with import_settings_for(the same locale, currency). Close dates are ISO
// (YYYY-MM-DD), the placement is placement_name's English, red flags are deal_flags codes joined
// by a space. Every figure is evaluate_pipeline's; fails with its problem.
Outcome<std::string> pipeline_csv(const Funnel& funnel, const std::vector<Deal>& deals,
                                  const PipelineSettings& settings, const CsvStyle& style);

// [SECTION] Commission statement

// The statement the app's Statement tab shows: book.rep's, for the period holding
// book.period_date, under book.plans[plan], no draw owed at the start, formulas written in
// style.locale. Headers:
//   Rep, Period Start, Period End, Row, Deal, Kind, Source, Credit, Basis, Rate %, Formula,
//   Amount, Currency
// Row says what a record is:
//   "line"      one per statement line, in the statement's order; Kind is line_kind_id, Source
//               the component's or SPIFF's name; Credit and Rate % are empty on draw lines, which
//               belong to no deal. The line amounts add up to the total payout.
//   "subtotal"  one per statement subtotal, with the tiered or curve component's working;
//   "total"     then, Kind naming it: bookings, attainment and effective_rate (in Rate %, empty
//               when undefined), commission, clawbacks, earned, draw, total_payout,
//               draw_balance_after, base_salary, total_pay.
// Fails with "plan_out_of_range" (field "plan"), or build_statement's problem.
Outcome<std::string> statement_csv(const CommissionBook& book, int plan, const CsvStyle& style);

} // namespace quotient
