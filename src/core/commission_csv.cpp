#include "commission_csv.h"
#include <string>
#include <unordered_map>
#include "crm_import.h"
#include "csv.h"

namespace quotient {

namespace {

enum Column { Id, CloseDate, Amount, Rep, Share, Margin, Years, NewLogo, Product, ChurnDate, ColumnCount };
const char* const column_names[ColumnCount] = {"id",     "close_date", "amount",   "rep",     "share",
                                               "margin", "years",      "new_logo", "product", "churn_date"};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string cell(int line, const char* column) {
    return "csv[" + std::to_string(line) + "]" + (column ? std::string(".") + column : "");
}

// Everything a row says about its deal except the rep and the share.
bool same_deal(const ClosedDeal& a, const ClosedDeal& b) {
    return a.close_date == b.close_date && a.amount.minor == b.amount.minor && a.margin.minor == b.margin.minor &&
           a.contract_years == b.contract_years && a.new_logo == b.new_logo && a.product == b.product &&
           a.churned == b.churned && (!a.churned || a.churn_date == b.churn_date);
}

} // namespace

Outcome<std::vector<ClosedDeal>> deals_from_csv(std::string_view text, const Currency& currency) {
    using Result = Outcome<std::vector<ClosedDeal>>;
    auto problem = [](const char* code, std::string field, const char* message) {
        return fail<std::vector<ClosedDeal>>(code, std::move(field), message);
    };
    CsvReader r = csv_reader(text);
    if (!next_csv_record(r)) return problem("csv_empty", "csv", "The CSV file has no header line.");

    int index[ColumnCount];
    for (int& i : index) i = -1;
    const size_t width = r.fields.size();
    for (size_t i = 0; i < width; ++i) {
        const std::string name = lower(trimmed(r.fields[i]));
        int found = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == column_names[c]) found = c;
        if (found < 0)
            return problem("csv_unknown_column", cell(r.record_line, nullptr) + "." + name,
                           "Unknown CSV column (known: id, close_date, amount, rep, share, margin, years, new_logo, "
                           "product, churn_date).");
        if (index[found] >= 0)
            return problem("csv_duplicate_column", cell(r.record_line, column_names[found]),
                           "A CSV column appears twice.");
        index[found] = int(i);
    }
    for (Column c : {Id, CloseDate, Amount, Rep})
        if (index[c] < 0)
            return problem("csv_missing_column", cell(r.record_line, column_names[c]),
                           "The CSV needs the columns id, close_date, amount and rep.");

    Result out;
    std::unordered_map<std::string, size_t> by_id;
    while (next_csv_record(r)) {
        const int line = r.record_line;
        if (r.fields.size() != width)
            return problem("csv_field_count", cell(line, nullptr),
                           "A CSV row has more or fewer fields than the header.");
        auto field = [&](Column c) { return index[c] < 0 ? std::string_view{} : trimmed(r.fields[size_t(index[c])]); };
        auto amount = [&](Column c, Money& m) {
            auto major = parse_amount(field(c), '.');
            auto money = major.ok() ? money_from_major(major.value, currency) : Outcome<Money>{{}, major.problem};
            if (money.ok()) m = money.value;
            return money.problem.code ? Problem{money.problem.code, cell(line, column_names[c]), money.problem.message}
                                      : Problem{};
        };
        auto date = [&](Column c, CivilDate& d) {
            auto parsed = parse_import_date(field(c), DateOrder::MonthDayYear);
            if (parsed.ok()) d = parsed.value;
            return parsed.problem.code
                       ? Problem{parsed.problem.code, cell(line, column_names[c]), parsed.problem.message}
                       : Problem{};
        };
        for (Column c : {Id, CloseDate, Amount, Rep})
            if (field(c).empty())
                return problem("missing_field", cell(line, column_names[c]), "A required CSV field is empty.");

        ClosedDeal d;
        d.id = std::string(field(Id));
        d.margin = Money{0, currency};
        if (Problem p = date(CloseDate, d.close_date); p.code) return Result{{}, p};
        if (Problem p = amount(Amount, d.amount); p.code) return Result{{}, p};
        if (!field(Margin).empty())
            if (Problem p = amount(Margin, d.margin); p.code) return Result{{}, p};
        if (!field(Years).empty()) {
            auto years = parse_amount(field(Years), '.');
            if (!years.ok() || years.value != double(int(years.value)))
                return problem("wrong_type", cell(line, "years"), "Contract years must be a whole number.");
            d.contract_years = int(years.value);
        }
        if (!field(NewLogo).empty()) {
            const std::string v = lower(field(NewLogo));
            if (v != "true" && v != "false" && v != "yes" && v != "no" && v != "1" && v != "0")
                return problem("wrong_type", cell(line, "new_logo"), "new_logo must be true or false (yes/no, 1/0).");
            d.new_logo = v == "true" || v == "yes" || v == "1";
        }
        d.product = std::string(field(Product));
        if (!field(ChurnDate).empty()) {
            d.churned = true;
            if (Problem p = date(ChurnDate, d.churn_date); p.code) return Result{{}, p};
        }
        SplitShare split{std::string(field(Rep)), 1.0};
        if (!field(Share).empty()) {
            auto share = parse_amount(field(Share), '.');
            if (!share.ok())
                return problem("wrong_type", cell(line, "share"), "A share must be a fraction from 0 to 1.");
            split.share = share.value;
        }

        auto known = by_id.find(d.id);
        if (known == by_id.end()) {
            d.splits = {split};
            by_id.emplace(d.id, out.value.size());
            out.value.push_back(std::move(d));
        } else {
            ClosedDeal& first = out.value[known->second];
            if (!same_deal(first, d))
                return problem("csv_split_mismatch", cell(line, "id"),
                               "Rows of one deal must agree on everything but the rep and the share.");
            first.splits.push_back(split);
        }
    }
    if (r.unterminated_quote)
        return problem("csv_quote", cell(r.record_line, nullptr), "A quoted CSV field is never closed.");
    return out;
}

} // namespace quotient
