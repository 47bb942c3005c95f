#include "crm_import.h"
#include <algorithm>
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
    case ImportField::Owner: return "Owner";
    case ImportField::Amount: return "Amount";
    case ImportField::Stage: return "Stage";
    case ImportField::CreatedDate: return "Created date";
    case ImportField::CloseDate: return "Close date";
    case ImportField::Probability: return "Probability";
    case ImportField::Product: return "Product";
    case ImportField::Currency: return "Currency";
    case ImportField::Count: break;
    }
    return "Ignore";
}

// Lower-case ASCII without spaces, '_' or '-': "Deal - Stage", "deal_stage" and "DealStage"
// are one name. Bytes of other scripts pass unchanged ("Câștigat" -> "câștigat").
static std::string normalised(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '_' && c != '-')
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return out;
}

struct KnownHeader {
    const char* name;               // normalised
    ImportField field;
};
// Table order = preference order, so an exact name wins over a looser one ("Opportunity Name"
// over "Opportunity ID", "Stage" over "Status").
static const KnownHeader known_headers[] = {
    // Salesforce, HubSpot, Pipedrive ("Deal - Title"), Zoho ("Potential Name"), Dynamics ("Topic").
    {"opportunityname", ImportField::Name}, {"dealname", ImportField::Name}, {"dealtitle", ImportField::Name},
    {"potentialname", ImportField::Name}, {"topic", ImportField::Name}, {"title", ImportField::Name},
    {"name", ImportField::Name}, {"opportunity", ImportField::Name}, {"deal", ImportField::Name},
    // An id names the deals only when no column above does.
    {"opportunityid", ImportField::Name}, {"dealid", ImportField::Name}, {"recordid", ImportField::Name},
    {"id", ImportField::Name},
    {"accountname", ImportField::Account}, {"account", ImportField::Account},
    {"associatedcompany", ImportField::Account}, {"company", ImportField::Account},
    {"companyname", ImportField::Account}, {"dealorganization", ImportField::Account},
    {"organization", ImportField::Account}, {"organizationname", ImportField::Account},
    {"potentialcustomer", ImportField::Account}, {"customer", ImportField::Account},
    {"owner", ImportField::Owner}, {"dealowner", ImportField::Owner}, {"opportunityowner", ImportField::Owner},
    {"ownername", ImportField::Owner}, {"potentialowner", ImportField::Owner}, {"salesagent", ImportField::Owner},
    {"salesrep", ImportField::Owner}, {"assignedto", ImportField::Owner},
    {"amount", ImportField::Amount}, {"dealamount", ImportField::Amount}, {"value", ImportField::Amount},
    {"dealvalue", ImportField::Amount}, {"closevalue", ImportField::Amount}, {"est.revenue", ImportField::Amount},
    {"estimatedrevenue", ImportField::Amount},
    {"stage", ImportField::Stage}, {"dealstage", ImportField::Stage}, {"stagename", ImportField::Stage},
    {"salesstage", ImportField::Stage}, {"pipelinephase", ImportField::Stage}, {"status", ImportField::Stage},
    {"dealstatus", ImportField::Stage},
    {"createddate", ImportField::CreatedDate}, {"createdate", ImportField::CreatedDate},
    {"createdon", ImportField::CreatedDate}, {"createdtime", ImportField::CreatedDate},
    {"dealdealcreated", ImportField::CreatedDate}, {"dealcreated", ImportField::CreatedDate},
    {"datecreated", ImportField::CreatedDate}, {"engagedate", ImportField::CreatedDate},
    {"closedate", ImportField::CloseDate}, {"expectedclosedate", ImportField::CloseDate},
    {"dealexpectedclosedate", ImportField::CloseDate}, {"closingdate", ImportField::CloseDate},
    {"est.closedate", ImportField::CloseDate}, {"estimatedclosedate", ImportField::CloseDate},
    {"actualclosedate", ImportField::CloseDate},
    {"probability", ImportField::Probability}, {"probability(%)", ImportField::Probability},
    {"dealprobability", ImportField::Probability}, {"winprobability", ImportField::Probability},
    {"product", ImportField::Product}, {"products", ImportField::Product}, {"productname", ImportField::Product},
    {"currency", ImportField::Currency}, {"opportunitycurrency", ImportField::Currency},
    {"dealcurrency", ImportField::Currency}, {"currencyisocode", ImportField::Currency},
    {"currencycode", ImportField::Currency},
};

std::vector<ImportField> guess_import_columns(const std::vector<std::string>& header) {
    std::vector<ImportField> columns(header.size(), ImportField::Ignore);
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const std::string& h : header) names.push_back(normalised(h));
    bool taken[import_field_count] = {};
    for (const KnownHeader& k : known_headers) {     // table order = preference order
        for (size_t i = 0; i < header.size(); ++i) {
            if (taken[size_t(k.field)] || columns[i] != ImportField::Ignore) continue;
            if (names[i] == k.name) {
                columns[i] = k.field;
                taken[size_t(k.field)] = true;
            }
        }
    }
    return columns;
}

void assign_import_column(std::vector<ImportField>& columns, size_t column, ImportField field) {
    if (column >= columns.size()) return;
    if (field != ImportField::Ignore)
        for (ImportField& c : columns)
            if (c == field) c = ImportField::Ignore;
    columns[column] = field;
}

int find_import_column(const std::vector<std::string>& header, std::string_view name) {
    const std::string wanted = normalised(name);
    for (size_t i = 0; i < header.size(); ++i)
        if (normalised(header[i]) == wanted) return int(i);
    return -1;
}

// [SECTION] Stages

// The words CRMs and their users write for a closed deal, normalised. English as Salesforce,
// HubSpot ("closedwon"), Pipedrive and Dynamics write them; French, Romanian (with either
// s-comma or s-cedilla, and without diacritics) and Chinese as the seeds' sales teams do.
static const char* const won_words[] = {
    "won", "closedwon", "closewon", "dealwon",
    "gagné", "gagnée", "gagne", "gagnee", "conclugagné", "conclugagne", "fermégagné", "fermegagne",
    "affairegagnée", "affairegagnee",
    "câștigat", "câștigată", "câştigat", "câştigată", "castigat", "castigata", "închiscâștigat",
    "închiscâştigat", "inchiscastigat",
    "赢单", "已赢单", "成交", "已成交", "赢得", "签约", "已签约"};
static const char* const lost_words[] = {
    "lost", "closedlost", "closelost", "deallost",
    "perdu", "perdue", "concluperdu", "ferméperdu", "fermeperdu", "affaireperdue",
    "pierdut", "pierdută", "pierduta", "închispierdut", "inchispierdut",
    "输单", "已输单", "丢单", "已丢单", "失败", "丢失"};

static bool listed(const std::string& value, const std::vector<std::string>& list) {
    for (const std::string& s : list)
        if (normalised(s) == value) return true;
    return false;
}

DealState stage_state(std::string_view stage, const ImportSettings& settings) {
    const std::string value = normalised(stage);
    if (listed(value, settings.won_stages)) return DealState::Won;
    if (listed(value, settings.lost_stages)) return DealState::Lost;
    for (const char* w : won_words)
        if (value == w) return DealState::Won;
    for (const char* w : lost_words)
        if (value == w) return DealState::Lost;
    return DealState::Open;
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
Outcome<int> parse_probability(std::string_view text, char decimal_point) {
    Outcome<double> v = parse_amount(text, decimal_point);
    const Outcome<int> bad = fail<int>("probability_out_of_range", "", "The probability must be from 0% to 100%.");
    if (!v.ok()) return fail<int>("probability_not_a_number", "", "The probability is not a number.");
    const bool percent_sign = text.find('%') != text.npos;
    const bool has_mark = text.find('.') != text.npos || text.find(',') != text.npos;
    const double percent = (!percent_sign && has_mark && v.value <= 1) ? v.value * 100 : v.value;
    if (percent < 0 || percent > 100) return bad;
    return Outcome<int>{int(percent + 0.5), {}};
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

// Whole-file problems, with the header, the mapping and the first rows kept for the user to
// fix the mapping.
static Outcome<ImportResult> refuse(ImportResult&& out, CsvReader& reader, const char* code, const char* message) {
    while (out.first_rows.size() < import_preview_rows && next_csv_record(reader) && !reader.unterminated_quote)
        out.first_rows.emplace_back(reader.fields.begin(), reader.fields.end());
    Outcome<ImportResult> r = fail<ImportResult>(code, "columns", message);
    r.value = std::move(out);
    return r;
}

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
    if (column_of[size_t(ImportField::Amount)] < 0)
        return refuse(std::move(out), reader, "no_amount_column", "No column holds the amount.");
    if (column_of[size_t(ImportField::CloseDate)] < 0)
        return refuse(std::move(out), reader, "no_close_date_column", "No column holds the close date.");

    const double scale = minor_per_major(settings.currency);
    // An export repeats a handful of stage values: each is classified once.
    std::vector<std::pair<std::string, DealState>> states;
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
        if (out.first_rows.size() < import_preview_rows)
            out.first_rows.emplace_back(reader.fields.begin(), reader.fields.end());
        bool anything = false;
        for (size_t i = 0; i < reader.fields.size() && i < out.columns.size(); ++i)
            anything = anything || (out.columns[i] != ImportField::Ignore && !reader.fields[i].empty());
        if (!anything) {
            out.errors.push_back({line, "", "The row holds nothing for a deal."});
            continue;
        }

        Deal deal;
        deal.reviewed = false;                       // nobody has judged fund and competition yet
        deal.name = std::string(unguarded_text(cell(ImportField::Name)));
        if (deal.name.empty()) deal.name = "Line " + std::to_string(line);

        // No exchange rates here: a row in another currency cannot join this pipeline.
        const std::string_view code = cell(ImportField::Currency);
        if (!code.empty() && normalised(code) != normalised(settings.currency.code)) {
            reject(ImportField::Currency, "The amount is in another currency than the pipeline's.");
            continue;
        }
        const std::string_view amount_text = cell(ImportField::Amount);
        deal.amount = Money{0, settings.currency};
        deal.amount_known = !amount_text.empty();
        if (deal.amount_known) {
            Outcome<double> amount = parse_amount(amount_text, settings.decimal_point);
            if (!amount.ok()) { reject(ImportField::Amount, amount.problem.message); continue; }
            if (amount.value < 0) { reject(ImportField::Amount, "The amount is negative."); continue; }
            Outcome<int64_t> minor = to_minor_units(amount.value * scale);
            if (!minor.ok() || !is_valid_deal_amount(minor.value)) {
                reject(ImportField::Amount, "The amount is too large.");
                continue;
            }
            deal.amount.minor = minor.value;
        }
        deal.budget = Money{0, settings.currency};

        const std::string_view date = cell(ImportField::CloseDate);
        deal.close_date_known = !date.empty();
        if (deal.close_date_known) {
            Outcome<CivilDate> d = parse_import_date(date, settings.date_order);
            if (!d.ok()) { reject(ImportField::CloseDate, d.problem.message); continue; }
            deal.close_date = d.value;
        }
        if (const std::string_view created = cell(ImportField::CreatedDate); !created.empty()) {
            Outcome<CivilDate> d = parse_import_date(created, settings.date_order);
            if (!d.ok()) { reject(ImportField::CreatedDate, d.problem.message); continue; }
            deal.created = d.value;
        }
        if (const std::string_view p = cell(ImportField::Probability); !p.empty()) {
            Outcome<int> percent = parse_probability(p, settings.decimal_point);
            if (!percent.ok()) { reject(ImportField::Probability, percent.problem.message); continue; }
            deal.probability = percent.value;
        }
        const std::string_view stage = unguarded_text(cell(ImportField::Stage));
        deal.stage = std::string(stage);
        auto known = std::find_if(states.begin(), states.end(), [&](const auto& s) { return s.first == stage; });
        if (known == states.end()) known = states.insert(states.end(), {deal.stage, stage_state(stage, settings)});
        deal.state = known->second;
        deal.account = std::string(unguarded_text(cell(ImportField::Account)));
        deal.owner = std::string(unguarded_text(cell(ImportField::Owner)));
        deal.products = std::string(unguarded_text(cell(ImportField::Product)));
        ++out.by_state[size_t(deal.state)];
        out.deals.push_back(std::move(deal));
    }
    return Outcome<ImportResult>{std::move(out), {}};
}

} // namespace quotient
