#include "export_csv.h"
#include "csv.h"
#include "commission_format.h"
#include "commission_statement.h"

namespace quotient {

// [SECTION] Writing CSV

CsvStyle csv_style_for(LocaleId id) {
    switch (id) {
    case LocaleId::en_US:
    case LocaleId::zh_CN: return {',', '.', id};
    case LocaleId::fr_FR:
    case LocaleId::ro_RO: return {';', ',', id};
    }
    return {};
}

CsvWriter csv_writer(const CsvStyle& style) {
    CsvWriter w;
    w.style = style;
    w.text = "\xEF\xBB\xBF";
    return w;
}

// Appends one field, `prefix` (the injection guard's apostrophe, or nothing) then `s`.
static void write_field(CsvWriter& w, std::string_view prefix, std::string_view s) {
    if (w.in_record) w.text += w.style.separator;
    w.in_record = true;
    bool quoted = false;
    for (char c : s) quoted |= c == w.style.separator || c == '"' || c == '\r' || c == '\n';
    if (!quoted) {
        w.text += prefix;
        w.text += s;
        return;
    }
    w.text += '"';
    w.text += prefix;
    for (char c : s) {
        if (c == '"') w.text += '"';
        w.text += c;
    }
    w.text += '"';
}

void csv_text(CsvWriter& w, std::string_view text) { write_field(w, starts_like_formula(text) ? "'" : "", text); }

void csv_value(CsvWriter& w, std::string_view value) { write_field(w, "", value); }

void csv_end_record(CsvWriter& w) {
    w.text += "\r\n";
    w.in_record = false;
}

std::string csv_amount(const Money& m, const CsvStyle& style) {
    std::string s = money_to_decimal(m);
    for (char& c : s)
        if (c == '.') c = style.decimal_point;
    return s;
}

std::string csv_percent(double rate, const CsvStyle& style) {
    // format_factor writes a plain number with the fewest decimals; an empty group separator
    // keeps 1500% as "1500".
    const char point[2] = {style.decimal_point, '\0'};
    return format_factor(rate * 100.0, Locale{style.locale, point, "", false});
}

// [SECTION] Pipeline

Outcome<std::string> pipeline_csv(const Funnel& funnel, const std::vector<Deal>& deals,
                                  const PipelineSettings& settings, const CsvStyle& style) {
    auto result = evaluate_pipeline(deals, funnel, settings);
    if (!result.ok()) return Outcome<std::string>{{}, result.problem};

    CsvWriter w = csv_writer(style);
    for (const char* h : {"Opportunity Name", "Account Name", "Opportunity Owner", "Stage", "State", "Amount", "Currency",
                          "Close Date", "Fund %", "Competition %", "Placement", "Expected Value", "Win Rate %",
                          "Weighted Value", "Red Flags"})
        csv_value(w, h);
    csv_end_record(w);

    std::string flags;
    for (size_t i = 0; i < deals.size(); ++i) {
        const Deal& d = deals[i];
        const DealResult& r = result.value.deals[i];
        csv_text(w, d.name);
        csv_text(w, d.account);
        csv_text(w, d.owner);
        csv_text(w, d.stage);
        csv_value(w, enum_id(deal_state_ids, d.state));
        // What is not known yet is left empty, as the CRM had it, never written as 0.
        csv_value(w, d.amount_known ? csv_amount(d.amount, style) : std::string());
        csv_text(w, d.amount.currency.code);
        csv_value(w, d.close_date_known ? iso_date(d.close_date) : std::string());
        csv_value(w, d.reviewed ? std::to_string(d.fund) : std::string());
        csv_value(w, d.reviewed ? std::to_string(d.competition) : std::string());
        csv_value(w, deal_placement_name(r));
        csv_value(w, csv_amount(r.expected, style));
        csv_value(w, csv_percent(r.win_rate, style));
        csv_value(w, csv_amount(r.weighted, style));
        flags.clear();
        for (const DealFlagInfo& f : deal_flags) {
            if (!(r.flags & f.flag)) continue;
            if (!flags.empty()) flags += ' ';
            flags += f.code;
        }
        csv_value(w, flags);
        csv_end_record(w);
    }
    return Outcome<std::string>{std::move(w.text), {}};
}

// [SECTION] Commission statement

// The name of what a line or subtotal comes from: its component or SPIFF ("" for other kinds).
static std::string_view line_source(const CommissionPlan& p, LineKind kind, int source) {
    if (of_component(kind)) return p.components[size_t(source)].name;
    if (kind == LineKind::Spiff) return p.spiffs[size_t(source)].name;
    return {};
}

Outcome<std::string> statement_csv(const CommissionBook& book, int plan, const CsvStyle& style) {
    if (plan < 0 || size_t(plan) >= book.plans.size())
        return fail<std::string>("plan_out_of_range", "plan", "There is no such plan.");
    const CommissionPlan& p = book.plans[size_t(plan)];
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.draw_balance = Money{0, p.currency};
    req.locale = locale_for(style.locale);
    auto built = build_statement(p, book.deals, req);
    if (!built.ok()) return Outcome<std::string>{{}, built.problem};
    const Statement& s = built.value;

    CsvWriter w = csv_writer(style);
    for (const char* h : {"Rep", "Period Start", "Period End", "Row", "Deal", "Kind", "Source", "Credit", "Basis",
                          "Rate %", "Formula", "Amount", "Currency"})
        csv_value(w, h);
    csv_end_record(w);

    const std::string first = iso_date(s.period.first), last = iso_date(s.period.last);
    // Every record starts with the rep and period, so that statements of several reps or periods
    // pasted into one sheet still say whose each row is.
    auto start = [&](const char* row) {
        csv_text(w, s.rep);
        csv_value(w, first);
        csv_value(w, last);
        csv_value(w, row);
    };
    auto finish = [&](std::string_view formula, const Money* amount) {
        csv_text(w, formula);
        csv_value(w, amount ? csv_amount(*amount, style) : std::string());
        csv_text(w, amount ? std::string_view(amount->currency.code) : std::string_view());
        csv_end_record(w);
    };

    for (const StatementLine& l : s.lines) {
        const bool of_deal = l.deal >= 0;
        start("line");
        csv_text(w, of_deal ? std::string_view(book.deals[size_t(l.deal)].id) : std::string_view());
        csv_value(w, line_kind_id(l.kind));
        csv_text(w, line_source(p, l.kind, l.source));
        csv_value(w, of_deal ? csv_amount(l.credit, style) : std::string());
        csv_value(w, csv_amount(l.basis, style));
        csv_value(w, of_deal ? csv_percent(l.rate, style) : std::string());
        finish(l.formula, &l.amount);
    }
    for (const StatementSubtotal& t : s.subtotals) {
        start("subtotal");
        csv_value(w, "");
        csv_value(w, line_kind_id(t.kind));
        csv_text(w, line_source(p, t.kind, t.source));
        csv_value(w, "");
        csv_value(w, "");
        csv_value(w, "");
        finish(t.formula, &t.amount);
    }
    auto total = [&](const char* kind, const Money* amount, const Outcome<double>* rate) {
        start("total");
        csv_value(w, "");
        csv_value(w, kind);
        csv_value(w, "");
        csv_value(w, "");
        csv_value(w, "");
        csv_value(w, rate && rate->ok() ? csv_percent(rate->value, style) : std::string());
        finish("", amount);
    };
    total("bookings", &s.bookings, nullptr);
    total("attainment", nullptr, &s.attainment);
    total("effective_rate", nullptr, &s.effective_rate);
    total("commission", &s.commission, nullptr);
    total("clawbacks", &s.clawbacks, nullptr);
    total("earned", &s.earned, nullptr);
    total("draw", &s.draw, nullptr);
    total("total_payout", &s.total_payout, nullptr);
    total("draw_balance_after", &s.draw_balance_after, nullptr);
    total("base_salary", &s.base_salary, nullptr);
    total("total_pay", &s.total_pay, nullptr);
    return Outcome<std::string>{std::move(w.text), {}};
}

} // namespace quotient
