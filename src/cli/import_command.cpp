// quotient-cli import-csv: a CRM's CSV export (Salesforce, HubSpot...) -> deals JSON in the
// pipeline command's input form, plus every skipped row with its line and reason.
#include <cstdio>
#include "commands.h"
#include "csv_import_options.h"
#include "core/crm_import.h"
#include "core/format.h"
#include "json_io.h"

namespace quotient::cli {

static const char* const import_help = R"(Usage: quotient-cli import-csv [--locale LOCALE] [--currency CODE] [--map FIELD=COLUMN]...
                            [--won STAGE]... [--lost STAGE]... [FILE|-]

Reads opportunities from a CRM's CSV export and prints them as deals in the form
`quotient-cli pipeline` reads ("deals"), with the rows it skipped and why.

  --locale    en-US (default: 1,234.56 and month/day/year), fr-FR or ro-RO
              (1 234,56 / 1.234,56 and day/month/year), zh-CN (1,234.56, day
              first); ISO dates (2025-03-31) are read in every locale
  --currency  ISO 4217 code of the amounts, default USD
  --map       FIELD=COLUMN: the column COLUMN fills FIELD (repeatable). Fields:
              name, account, owner, amount, stage, created_date, close_date,
              probability, product, currency, ignore (the column is not read)
  --won       a stage value that means the deal is won (repeatable)
  --lost      a stage value that means the deal is lost (repeatable)

Columns are matched by their headers, ignoring case, spaces, '_' and '-': the
names Salesforce, HubSpot, Pipedrive, Zoho and Dynamics export (Opportunity
Name / Deal Name / Deal - Title / Topic, Amount / Deal - Value / Est. Revenue,
Stage / Deal Stage, Close Date / Closing Date, Created Date / Create Date,
Probability (%), Owner...). Amount and close date columns are required; without
a name column an id column (Opportunity ID) or the row's line names a deal.
A stage "Closed Won", "Won", "Gagné", "Câștigat", "赢单"... makes a deal won,
"Closed Lost", "Lost", "Perdu", "Pierdut", "输单"... lost, any other open.
An empty amount or close date is kept as not known yet ("amount" or
"close_date" left out). Imported deals are not reviewed ("reviewed": false):
no fund or competition until a person judges them.

Output: {"currency", "rows", "columns": [{"header", "field"}...],
         "mapping": {FIELD: COLUMN...}, "counts": {"open", "won", "lost"},
         "deals": [...], "errors": [{"line", "column", "reason"}...]}
)";

// The deal in the pipeline command's input form: what is not known is left out.
static Json deal_json(const Deal& d) {
    Json out{{"name", d.name}, {"account", d.account}, {"owner", d.owner}, {"stage", d.stage},
             {"state", enum_id(deal_state_ids, d.state)}};
    if (d.amount_known) out["amount"] = money_to_decimal(d.amount);
    if (d.close_date_known) out["close_date"] = iso_date(d.close_date);
    if (d.created) out["created"] = iso_date(*d.created);
    if (d.probability) out["probability"] = *d.probability / 100.0;
    if (!d.products.empty()) out["products"] = d.products;
    out["reviewed"] = d.reviewed;
    return out;
}

// "--map amount=Deal Value" onto the columns guessed from the header.
static void apply_map(const std::string& arg, const std::vector<std::string>& header, std::vector<ImportField>& columns) {
    const size_t eq = arg.find('=');
    if (eq == std::string::npos) fail("usage", "", "--map needs FIELD=COLUMN, like --map amount=\"Deal Value\".");
    const std::string field = arg.substr(0, eq), column = arg.substr(eq + 1);
    const EnumId<ImportField>* f = enum_from_id(import_field_ids, field);
    if (!f) fail("unknown_field", "", "Unknown field '" + field + "' (known: " + id_list(import_field_ids) + ").");
    const int at = find_import_column(header, column);
    if (at < 0) fail("unknown_column", "", "The file has no column '" + column + "'.");
    assign_import_column(columns, size_t(at), f->value);
}

bool take_csv_import_option(const std::vector<std::string>& args, size_t& i, CsvImportOptions& options,
                            const char* command) {
    const std::string& o = args[i];
    if (o != "--locale" && o != "--currency" && o != "--map" && o != "--won" && o != "--lost") return false;
    if (i + 1 >= args.size())
        fail("usage", "", o + " needs a value. Run quotient-cli " + command + " --help.");
    const std::string& v = args[++i];
    if (o == "--locale") {
        const EnumId<LocaleId>* found = enum_from_id(locale_ids, v);
        if (!found) fail("unknown_locale", "", "Unknown locale '" + v + "' (known: " + id_list(locale_ids) + ").");
        options.locale = found->value;
    } else if (o == "--currency") {
        options.currency = cli::currency(Json(v), "currency");
    } else {
        (o == "--map" ? options.maps : o == "--won" ? options.won : options.lost).push_back(v);
    }
    return true;
}

ImportResult import_csv_text(const std::string& text, const CsvImportOptions& options) {
    ImportSettings settings = import_settings_for(options.locale, options.currency);
    settings.won_stages = options.won;
    settings.lost_stages = options.lost;
    auto r = import_deals_csv(text, settings);
    if (!options.maps.empty() && !r.value.header.empty()) {
        // The guess, changed where the user said; then the rows are read with that mapping.
        settings.columns = r.value.columns;
        for (const std::string& m : options.maps) apply_map(m, r.value.header, settings.columns);
        r = import_deals_csv(text, settings);
    }
    if (!r.ok()) fail(r.problem, r.problem.field);
    return r.value;
}

int run_import_csv(const std::vector<std::string>& args) {
    CsvImportOptions options;
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i)
        if (!take_csv_import_option(args, i, options, "import-csv")) rest.push_back(args[i]);
    CommandArgs a = parse_command_args("import-csv", rest);
    if (a.help) {
        std::fputs(import_help, stdout);
        return exit_ok;
    }
    const ImportResult res = import_csv_text(read_text(a.input), options);
    const Currency& currency = options.currency;
    Json columns = Json::array(), mapping = Json::object(), deals = Json::array(), errors = Json::array();
    for (size_t i = 0; i < res.header.size(); ++i) {
        const ImportField f = res.columns[i];
        columns.push_back(Json{{"header", res.header[i]},
                               {"field", f == ImportField::Ignore ? Json(nullptr) : Json(import_field_label(f))}});
    }
    for (const auto& f : import_field_ids)
        for (size_t i = 0; i < res.columns.size(); ++i)
            if (f.value != ImportField::Ignore && res.columns[i] == f.value) mapping[f.id] = res.header[i];
    for (const Deal& d : res.deals) deals.push_back(deal_json(d));
    for (const ImportRowError& e : res.errors)
        errors.push_back(Json{{"line", e.line}, {"column", e.column.empty() ? Json(nullptr) : Json(e.column)},
                              {"reason", e.reason}});
    const Json counts{{"open", res.by_state[size_t(DealState::Open)]},
                      {"won", res.by_state[size_t(DealState::Won)]},
                      {"lost", res.by_state[size_t(DealState::Lost)]}};
    print_json(Json{{"currency", currency.code},
                    {"rows", res.rows},
                    {"columns", columns},
                    {"mapping", mapping},
                    {"counts", counts},
                    {"deals", deals},
                    {"errors", errors}});
    return exit_ok;
}

} // namespace quotient::cli
