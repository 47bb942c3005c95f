// quotient-cli import-csv: a CRM's CSV export (Salesforce, HubSpot...) -> deals JSON in the
// pipeline command's input form, plus every skipped row with its line and reason.
#include <cstdio>
#include "commands.h"
#include "core/crm_import.h"
#include "core/format.h"
#include "json_io.h"

namespace quotient::cli {

static const char* const import_help = R"(Usage: quotient-cli import-csv [--locale LOCALE] [--currency CODE] [FILE|-]

Reads opportunities from a CRM's CSV export and prints them as deals in the form
`quotient-cli pipeline` reads ("deals"), with the rows it skipped and why.

  --locale    en-US (default: 1,234.56 and month/day/year), fr-FR or ro-RO
              (1 234,56 / 1.234,56 and day/month/year), zh-CN (1,234.56, day
              first); ISO dates (2025-03-31) are read in every locale
  --currency  ISO 4217 code of the amounts, default USD

Columns are matched by their headers: Opportunity Name / Deal Name, Account Name,
Amount, Stage / Deal Stage, Close Date, Owner / Opportunity Owner / Deal owner.
Name, amount and close date are required; quoted fields, a byte order mark and
',' ';' or tab separators are handled. Imported deals start with fund 25%,
competition 50% and position +1 until reviewed.

Output: {"currency", "rows", "columns": [{"header", "field"}...],
         "deals": [...], "errors": [{"line", "column", "reason"}...]}
)";

static Json deal_json(const Deal& d) {
    return Json{{"name", d.name},
                {"account", d.account},
                {"owner", d.owner},
                {"amount", money_to_decimal(d.amount)},
                {"stage", d.stage},
                {"close_date", iso_date(d.close_date)},
                {"fund", d.fund / 100.0},
                {"competition", d.competition / 100.0},
                {"position", d.position}};
}

int run_import_csv(const std::vector<std::string>& args) {
    LocaleId locale = LocaleId::en_US;
    Currency currency = currency_from_code("USD");
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "--locale" || args[i] == "--currency") && i + 1 >= args.size())
            fail("usage", "", args[i] + " needs a value. Run quotient-cli import-csv --help.");
        if (args[i] == "--locale") {
            const std::string& v = args[++i];
            const EnumId<LocaleId>* found = enum_from_id(locale_ids, v);
            if (!found) fail("unknown_locale", "", "Unknown locale '" + v + "' (known: " + id_list(locale_ids) + ").");
            locale = found->value;
        } else if (args[i] == "--currency") {
            currency = cli::currency(Json(args[++i]), "currency");
        } else {
            rest.push_back(args[i]);
        }
    }
    CommandArgs a = parse_command_args("import-csv", rest);
    if (a.help) {
        std::fputs(import_help, stdout);
        return exit_ok;
    }
    const std::string text = read_text(a.input);
    auto r = import_deals_csv(text, import_settings_for(locale, currency));
    if (!r.ok()) fail(r.problem, r.problem.field);

    Json columns = Json::array(), deals = Json::array(), errors = Json::array();
    for (size_t i = 0; i < r.value.header.size(); ++i)
        columns.push_back(Json{{"header", r.value.header[i]},
                               {"field", r.value.columns[i] == ImportField::Ignore ? Json(nullptr)
                                                                                  : Json(import_field_label(r.value.columns[i]))}});
    for (const Deal& d : r.value.deals) deals.push_back(deal_json(d));
    for (const ImportRowError& e : r.value.errors)
        errors.push_back(Json{{"line", e.line}, {"column", e.column.empty() ? Json(nullptr) : Json(e.column)},
                              {"reason", e.reason}});
    print_json(Json{{"currency", currency.code},
                    {"rows", r.value.rows},
                    {"columns", columns},
                    {"deals", deals},
                    {"errors", errors}});
    return exit_ok;
}

} // namespace quotient::cli
