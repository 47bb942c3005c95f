// The options with which the CLI reads a CRM's CSV export (--locale, --currency, --map,
// --won, --lost), shared by `import-csv` and `history --csv` so that one file reads the same
// way in both. Defined in import_command.cpp.
#pragma once
#include <string>
#include <vector>
#include "core/crm_import.h"

namespace quotient::cli {

struct CsvImportOptions {
    LocaleId locale = LocaleId::en_US;
    Currency currency = currency_from_code("USD");
    std::vector<std::string> maps;          // FIELD=COLUMN, in the order given
    std::vector<std::string> won, lost;     // stage values meaning won / lost
};

// Takes args[i] and its value when args[i] is one of the options above (moving i past the value);
// false for any other argument. `command` names the command in the usage error.
bool take_csv_import_option(const std::vector<std::string>& args, size_t& i, CsvImportOptions& options,
                            const char* command);
// Reads a CSV export with the options: the columns guessed from the header, then changed where
// --map says. Fails like import-csv (unknown_field, unknown_column, the core's problems).
ImportResult import_csv_text(const std::string& text, const CsvImportOptions& options);

} // namespace quotient::cli
