// Closed deals for commission statements from a CSV file, as CRMs export opportunity splits:
// one row per deal and rep; a deal split between reps has one row per rep, with the same id.
//
// Columns, by header name (letter case and surrounding spaces ignored; unknown names refused):
//   id, close_date, amount, rep     required
//   share        the rep's share of the deal, a fraction 0..1 (default 1)
//   margin       gross margin (default 0); years (default 1); product
//   new_logo     true/false, yes/no or 1/0 (default false)
//   churn_date   when the customer churned (empty: it has not)
// The reading is crm_import's: csv.h for quoting and separators, parse_amount for amounts with a
// '.' decimal point, parse_import_date for ISO or month-first dates.
#pragma once
#include <string_view>
#include <vector>
#include "commission_plan.h"

namespace quotient {

// Fails at the first problem, its field naming the CSV line and column ("csv[3].amount"):
// "csv_empty", "csv_unknown_column", "csv_duplicate_column", "csv_missing_column",
// "csv_field_count", "csv_quote" (a quoted field never closed), "missing_field", "wrong_type",
// "csv_split_mismatch" (rows of one deal disagreeing on more than the rep and share), or the
// amount's or date's own problem. The deals are then checked by validate_deals as any others.
Outcome<std::vector<ClosedDeal>> deals_from_csv(std::string_view text, const Currency& currency);

} // namespace quotient
