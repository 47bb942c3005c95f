#include "scenario_json.h"
#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <cmath>
#include <array>
#include <charconv>
#include <limits>
#include <map>
#include <optional>
#include <type_traits>
#include <utility>
#include "format.h"
#include "scenario_fields.h"

namespace quotient {

template <class V> void fields(V& v, NamedScenario& n) { v("name", n.name); v("scenario", n.scenario); }
template <class V> void fields(V& v, ScenarioLibrary& l) {
    v("active", l.active); v("scenarios", l.scenarios);
    v("import_mappings", l.import_mappings, std::map<std::string, std::vector<ImportField>>{});
}

// The longest list of each kind a document may hold: the product's own limits where it has
// them, generous bounds elsewhere, so that a hostile file cannot ask for gigabytes.
template <class T> constexpr size_t max_items() {
    if constexpr (std::is_same_v<T, Deal>) return max_pipeline_deals;
    else if constexpr (std::is_same_v<T, ClosedDeal>) return max_deals;
    else if constexpr (std::is_same_v<T, Stage>) return size_t(max_funnel_stages);
    else if constexpr (std::is_same_v<T, NamedScenario>) return max_scenarios;
    else return 1000;
}
inline constexpr size_t max_text_bytes = 100'000;

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_array : std::false_type {};
template <class T, size_t N> struct is_array<std::array<T, N>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class T, class C> struct is_map<std::map<std::string, T, C>> : std::true_type {};

// Where an object keeps the members this version does not know, or null when it has no place
// for them (schema 1's own sections, which today's document no longer has).
template <class T> auto* unknown_members_of(T& object) {
    if constexpr (requires { object.unknown; }) return &object.unknown;
    else if constexpr (std::is_same_v<std::remove_const_t<T>, ScenarioV1>) return &object.s.unknown;
    else return static_cast<UnknownMembers*>(nullptr);
}

// [SECTION] Money as text: "1234.56 USD"

static std::string money_text(const Money& m) { return money_to_decimal(m) + " " + m.currency.code; }

static bool is_currency_code(std::string_view c) {
    return c.size() == 3 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Exact: digits are accumulated as integers, never through a double.
static bool parse_money_text(std::string_view text, Money& out) {
    const size_t space = text.rfind(' ');
    if (space == std::string_view::npos || !is_currency_code(text.substr(space + 1))) return false;
    const std::string code(text.substr(space + 1));
    const Currency cur = currency_from_code(code.c_str());
    std::string_view number = text.substr(0, space);
    const bool negative = !number.empty() && number[0] == '-';
    if (negative) number.remove_prefix(1);
    const size_t dot = number.find('.');
    const std::string_view whole = number.substr(0, dot);
    const std::string_view frac = dot == std::string_view::npos ? std::string_view() : number.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && frac.empty()) || int(frac.size()) > cur.minor_digits)
        return false;
    int64_t minor = 0;
    for (size_t i = 0; i < whole.size() + size_t(cur.minor_digits); ++i) {
        const char ch = i < whole.size() ? whole[i] : (i - whole.size() < frac.size() ? frac[i - whole.size()] : '0');
        if (ch < '0' || ch > '9') return false;
        minor = minor * 10 + (ch - '0');
        if (minor > max_minor_units) return false;
    }
    out = Money{negative ? -minor : minor, cur};
    return true;
}

// [SECTION] Writing
// Straight to text, field by field: no JSON tree in between, so saving a large pipeline costs
// one pass and one string (autosave runs after every edit, on the browser's main thread).

static void write_escaped(std::string& out, std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += char(c);   // UTF-8 passes through as it is
        }
    }
    out += '"';
}

// The shortest of 15 or 17 significant digits that reads back to the same double: 0.1 stays
// "0.1", 0.1 + 0.2 needs "0.30000000000000004". A value JSON cannot hold (never made by the
// app, whose inputs are checked) is written as 0 rather than as a file that no longer loads.
static void write_number(std::string& out, double v) {
    if (!std::isfinite(v)) v = 0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    if (std::strtod(buf, nullptr) != v) std::snprintf(buf, sizeof buf, "%.17g", v);
    out += buf;
}

template <class T> void write_value(std::string& out, const T& value);

struct TextWriter {
    std::string& out;
    bool first = true;
    int schema = scenario_schema;
    template <class T> void operator()(const char* key, const T& value) {
        if (!first) out += ',';
        first = false;
        out += '"';
        out += key;   // our own field names: nothing to escape
        out += "\":";
        write_value(out, value);
    }
    template <class T> void operator()(const char* key, const T& value, const T& absent) {
        if (!(value == absent)) (*this)(key, value);
    }
};

template <class T> void write_value(std::string& out, const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
        write_escaped(out, value);
    } else if constexpr (std::is_same_v<T, bool>) {
        out += value ? "true" : "false";
    } else if constexpr (std::is_integral_v<T>) {
        out += std::to_string(value);
    } else if constexpr (std::is_floating_point_v<T>) {
        write_number(out, value);
    } else if constexpr (std::is_same_v<T, Money>) {
        write_escaped(out, money_text(value));
    } else if constexpr (std::is_same_v<T, Currency>) {
        write_escaped(out, value.code);
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        write_escaped(out, iso_date(value));
    } else if constexpr (is_optional<T>::value) {
        // Listed with "none" as their default, empty ones are left out by TextWriter.
        if (value) write_value(out, *value);
        else out += "null";
    } else if constexpr (std::is_enum_v<T>) {
        write_escaped(out, enum_id(ids(value), value));
    } else if constexpr (is_vector<T>::value || is_array<T>::value) {
        out += '[';
        for (size_t i = 0; i < value.size(); ++i) {
            if (i) out += ',';
            write_value(out, value[i]);
        }
        out += ']';
    } else if constexpr (is_map<T>::value) {
        out += '{';
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it != value.begin()) out += ',';
            write_escaped(out, it->first);
            out += ':';
            write_value(out, it->second);
        }
        out += '}';
    } else {
        // Every scenario carries its schema, wherever it is written (alone, in the library), and
        // so does the library.
        const bool versioned = std::is_same_v<T, Scenario> || std::is_same_v<T, ScenarioLibrary>;
        out += versioned ? "{\"schema\":" + std::to_string(scenario_schema) : "{";
        TextWriter w{out, !versioned, scenario_schema};
        fields(w, const_cast<T&>(value));
        // A newer version's fields, as they were read, after ours.
        if (const auto* unknown = unknown_members_of(value); unknown && !unknown->json.empty()) {
            if (!w.first) out += ',';
            out += unknown->json;
        }
        out += '}';
    }
}

// A scenario's top-level fields, each as its JSON text, in the order written.
struct FieldTexts {
    std::vector<std::pair<const char*, std::string>> items;
    int schema = scenario_schema;
    template <class T> void operator()(const char* key, const T& value) {
        std::string text;
        write_value(text, value);
        items.emplace_back(key, std::move(text));
    }
    template <class T> void operator()(const char* key, const T& value, const T&) { (*this)(key, value); }
};

static FieldTexts field_texts(const Scenario& s) {
    FieldTexts t;
    fields(t, const_cast<Scenario&>(s));
    return t;
}

// [SECTION] Reading
// A pull parser that reads the text straight into the structs: no JSON tree in between (a tree
// of 100,000 deals takes hundreds of megabytes), and each field is checked as it is read.
// Field paths ("deals[3].amount") are only spelt out when there is something to report.

struct ReadContext {
    Problem problem{};
    std::vector<std::string> unknown_fields;
    std::vector<std::string> unknown_left_out;
    size_t unknown_kept_bytes = 0;
    bool failed() const { return problem.code != nullptr; }
    void fail(const char* code, std::string field, const char* message) {
        if (!failed()) problem = Problem{code, std::move(field), message};
    }
};

// Where a value sits in the document, as a chain up to the root (built on the stack).
struct Path {
    const Path* parent = nullptr;
    std::string_view key;           // a member's name; empty for a list item
    size_t index = 0;               // a list item's position
    std::string str() const {
        std::string up = parent ? parent->str() : std::string();
        if (key.empty()) return parent ? up + "[" + std::to_string(index) + "]" : up;
        return up.empty() ? std::string(key) : up + "." + std::string(key);
    }
};

// Nesting deeper than this is refused (a hostile file of 100,000 '[' must not exhaust the stack).
inline constexpr int max_depth = 200;

struct Parser {
    std::string_view text;
    size_t pos = 0;
    ReadContext& cx;
    int depth = 0;
    int schema = scenario_schema;   // of the scenario being read: decides which fields it has

    bool failed() const { return cx.failed(); }
    void syntax_error() { cx.fail("not_json", "", "The document is not valid JSON: it may be cut short or damaged."); }
    void skip_spaces() {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r')) ++pos;
    }
    // The next character after spaces, without taking it ('\0' at the end).
    char peek() {
        skip_spaces();
        return pos < text.size() ? text[pos] : '\0';
    }
    bool take(char c) {
        if (peek() != c) return false;
        ++pos;
        return true;
    }
    void expect(char c) {
        if (!take(c)) syntax_error();
    }
};

static void wrong_kind(Parser& p, const Path& path, const char* message) { p.cx.fail("wrong_type", path.str(), message); }

static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

static bool read_hex4(Parser& p, uint32_t& v) {
    if (p.pos + 4 > p.text.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p.text[p.pos++];
        v = v * 16 + uint32_t(c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99);
        if (v > 0xFFFF) return false;
    }
    return true;
}

// A JSON string at the cursor (after spaces), unescaped into `out`.
static bool parse_string(Parser& p, std::string& out) {
    out.clear();
    if (!p.take('"')) return false;
    while (p.pos < p.text.size()) {
        const size_t run = p.pos;
        while (p.pos < p.text.size() && p.text[p.pos] != '"' && p.text[p.pos] != '\\' && uint8_t(p.text[p.pos]) >= 0x20) ++p.pos;
        out.append(p.text.substr(run, p.pos - run));
        if (p.pos >= p.text.size()) break;
        const char c = p.text[p.pos++];
        if (c == '"') return true;
        if (c != '\\' || p.pos >= p.text.size()) break;   // a raw control character, or a cut escape
        const char e = p.text[p.pos++];
        switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            uint32_t cp = 0;
            if (!read_hex4(p, cp)) return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {   // a surrogate pair spells one character
                uint32_t low = 0;
                if (p.text.substr(p.pos, 2) != "\\u") return false;
                p.pos += 2;
                if (!read_hex4(p, low) || low < 0xDC00 || low > 0xDFFF) return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return false;
            }
            append_utf8(out, cp);
            break;
        }
        default: return false;
        }
    }
    return false;
}

// A JSON number's text at the cursor, checked against JSON's grammar.
static bool parse_number(Parser& p, std::string_view& token, bool& whole) {
    p.skip_spaces();
    const size_t start = p.pos;
    auto digits = [&] {
        const size_t from = p.pos;
        while (p.pos < p.text.size() && p.text[p.pos] >= '0' && p.text[p.pos] <= '9') ++p.pos;
        return p.pos - from;
    };
    if (p.pos < p.text.size() && p.text[p.pos] == '-') ++p.pos;
    const size_t int_start = p.pos;
    const size_t n = digits();
    if (n == 0 || (n > 1 && p.text[int_start] == '0')) return false;
    whole = true;
    if (p.pos < p.text.size() && p.text[p.pos] == '.') {
        ++p.pos;
        whole = false;
        if (digits() == 0) return false;
    }
    if (p.pos < p.text.size() && (p.text[p.pos] == 'e' || p.text[p.pos] == 'E')) {
        ++p.pos;
        whole = false;
        if (p.pos < p.text.size() && (p.text[p.pos] == '+' || p.text[p.pos] == '-')) ++p.pos;
        if (digits() == 0) return false;
    }
    token = p.text.substr(start, p.pos - start);
    return true;
}

static bool parse_literal(Parser& p, std::string_view word) {
    p.skip_spaces();
    if (p.text.substr(p.pos, word.size()) != word) return false;
    p.pos += word.size();
    return true;
}

// Any JSON value, read for its validity only (a field this version does not know).
static void skip_value(Parser& p) {
    if (++p.depth > max_depth) return p.cx.fail("too_deep", "", "The document nests deeper than Quotient accepts.");
    std::string scratch;
    std::string_view token;
    bool whole = false;
    switch (p.peek()) {
    case '{':
        ++p.pos;
        if (!p.take('}')) {
            do {
                if (!parse_string(p, scratch)) return p.syntax_error();
                p.expect(':');
                if (!p.failed()) skip_value(p);
            } while (!p.failed() && p.take(','));
            if (!p.failed()) p.expect('}');
        }
        break;
    case '[':
        ++p.pos;
        if (!p.take(']')) {
            do skip_value(p);
            while (!p.failed() && p.take(','));
            if (!p.failed()) p.expect(']');
        }
        break;
    case '"':
        if (!parse_string(p, scratch)) p.syntax_error();
        break;
    default:
        if (!parse_literal(p, "true") && !parse_literal(p, "false") && !parse_literal(p, "null") && !parse_number(p, token, whole))
            p.syntax_error();
    }
    --p.depth;
}

template <class T> void read(Parser& p, T& value, const Path& path);

// JSON text (checked by the first pass) without the spaces between its tokens: kept members are
// written back inside our compact text, which indented() lays out.
static void append_compact(std::string& out, std::string_view json) {
    bool in_string = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (in_string) {
            out += c;
            if (c == '\\' && i + 1 < json.size()) out += json[++i];
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
            out += c;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
        }
    }
}

// The members of an object, each handed to `member(key)`, which reads its value and returns
// true, or returns false for a key it does not know: that one is reported and, when the object
// has a place for it (`keep`) and the document's bound allows, kept as text; else skipped.
template <class Member> void read_members(Parser& p, const Path& path, Member member, UnknownMembers* keep = nullptr) {
    if (p.peek() != '{') return p.peek() == '\0' ? p.syntax_error() : wrong_kind(p, path, "This part of the document should be an object.");
    ++p.pos;
    if (p.take('}')) return;
    std::string key;
    do {
        if (!parse_string(p, key)) return p.syntax_error();
        p.expect(':');
        if (p.failed()) return;
        if (!member(key)) {
            p.skip_spaces();
            const size_t start = p.pos;
            skip_value(p);
            if (p.failed()) return;
            ReadContext& cx = p.cx;
            const std::string_view raw = p.text.substr(start, p.pos - start);
            const bool kept = keep && cx.unknown_kept_bytes + key.size() + raw.size() + 4 <= max_kept_unknown_bytes;
            if (kept) {
                const size_t before = keep->json.size();
                if (!keep->json.empty()) keep->json += ',';
                write_escaped(keep->json, key);
                keep->json += ':';
                append_compact(keep->json, raw);
                cx.unknown_kept_bytes += keep->json.size() - before;
            }
            if (cx.unknown_fields.size() < 100) cx.unknown_fields.push_back(Path{&path, key}.str());
            if (!kept && cx.unknown_left_out.size() < 100) cx.unknown_left_out.push_back(Path{&path, key}.str());
        }
    } while (!p.failed() && p.take(','));
    if (!p.failed()) p.expect('}');
}

// Reads the member named `key` into the struct field of that name, if there is one.
struct FieldReader {
    Parser& p;
    const Path& path;
    std::string_view key;
    bool found = false;
    int schema = p.schema;
    template <class T> void operator()(const char* name, T& value) {
        if (found || key != name) return;
        found = true;
        read(p, value, Path{&path, name});
    }
    template <class T> void operator()(const char* name, T& value, const T&) { (*this)(name, value); }
};

// The schema number of the object at the cursor, found without reading it (the version decides
// how the rest is read). Leaves the cursor where it was.
static int check_schema(Parser& p, const Path& path) {
    const size_t start = p.pos, unknown = p.cx.unknown_fields.size(), left_out = p.cx.unknown_left_out.size();
    int64_t schema = -1;
    bool seen = false, number = false;
    read_members(p, path, [&](const std::string& key) {
        if (key != "schema") return false;
        seen = true;
        std::string_view token;
        bool whole = false;
        if (p.peek() == '-' || (p.peek() >= '0' && p.peek() <= '9')) {
            if (!parse_number(p, token, whole)) return p.syntax_error(), true;
            number = whole && std::from_chars(token.data(), token.data() + token.size(), schema).ec == std::errc();
        } else {
            skip_value(p);
        }
        return true;
    });
    p.cx.unknown_fields.resize(unknown);    // the reading pass reports them
    p.cx.unknown_left_out.resize(left_out);
    if (p.failed()) return 0;
    p.pos = start;
    const std::string field = Path{&path, "schema"}.str();
    if (!seen) return p.cx.fail("not_a_scenario", field, "This is not a Quotient scenario: it has no schema number."), 0;
    if (!number || schema < 1) return p.cx.fail("bad_schema", field, "The schema number must be a whole number from 1."), 0;
    if (schema > scenario_schema)
        return p.cx.fail("newer_schema", field, "This scenario was saved by a newer version of Quotient. Update Quotient to open it."), 0;
    return int(schema);
}

// Whether `key` names a member of today's scenario (or its link's "dated").
struct FieldNames {
    int schema = scenario_schema;
    std::string_view key;
    bool found = false;
    template <class T> void operator()(const char* name, T&) { found = found || key == name; }
    template <class T> void operator()(const char* name, T& value, const T&) { (*this)(name, value); }
};
static bool is_scenario_field(std::string_view key) {
    Scenario s;
    FieldNames names{scenario_schema, key};
    fields(names, s);
    return names.found || key == "dated";
}

// Schema 1 to 2: the commission plan's quota, period and currency become the sales plan (pay
// is the figure a rep checks to the cent), with the pipeline's sales cycle. A funnel goal or
// pipeline quota that differed from that quota is kept as what it was used as, named: the
// funnel's own target, the team quota for coverage. So every figure reads as it did. A compared
// plan (plans[1]) now pays under the same sales plan as the rep's.
static Scenario migrate_v1(ScenarioV1&& old) {
    Scenario s = std::move(old.s);
    SalesPlan& plan = s.plan;
    if (!s.commission.plans.empty()) {
        const CommissionPlan& rep = s.commission.plans.front();
        plan.currency = rep.currency;
        plan.period = rep.period;
        plan.quota = rep.quota;
    } else {
        plan.currency = old.goal.target.currency;
        plan.period = old.goal.period;
        plan.quota = old.goal.target;
    }
    plan.sales_cycle_days = old.pipeline.sales_cycle_days;
    s.funnel_target.own = !(old.goal.target == plan.quota && old.goal.period == plan.period);
    s.funnel_target.target = old.goal.target;
    s.funnel_target.period = old.goal.period;
    s.pipeline.team_quota = old.pipeline.quota == plan.quota ? Money{0, plan.currency} : old.pipeline.quota;
    s.pipeline.weekly_hours = old.pipeline.weekly_hours;
    // The KPI panel's quota and sales cycle are the plan's now; its currency too.
    s.kpi.values.erase("quota");
    s.kpi.values.erase("sales_cycle_days");
    return s;
}

// A share link's "dated": the day its sender's example data was dated from. The link leaves out
// the example deals and commission when they are the example's of that day, so they are made
// again here, before the sections that follow it are read (share_fragment writes it first).
static void read_dated(Parser& p, Scenario& s, const Path& path) {
    CivilDate day{};
    read(p, day, path);
    if (p.failed()) return;
    const Scenario fresh{};
    const Scenario example = example_scenario(day);
    if (s.deals == fresh.deals) s.deals = example.deals;
    if (s.commission == fresh.commission) s.commission = example.commission;
}

template <class T> void read(Parser& p, T& value, const Path& path) {
    if (p.failed()) return;
    if (p.peek() == '\0') return p.syntax_error();
    if (++p.depth > max_depth) return p.cx.fail("too_deep", "", "The document nests deeper than Quotient accepts.");
    if constexpr (is_optional<T>::value) {
        --p.depth;                                   // present: it is its value, one level
        value.emplace();
        return read(p, *value, path);
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (p.peek() != '"') return wrong_kind(p, path, "This field should be text.");
        if (!parse_string(p, value)) return p.syntax_error();
        if (value.size() > max_text_bytes) return p.cx.fail("too_long", path.str(), "This text is longer than Quotient accepts.");
    } else if constexpr (std::is_same_v<T, bool>) {
        if (parse_literal(p, "true")) value = true;
        else if (parse_literal(p, "false")) value = false;
        else return wrong_kind(p, path, "This field should be true or false.");
    } else if constexpr (std::is_arithmetic_v<T>) {
        std::string_view token;
        bool whole = false;
        const char c = p.peek();
        if (c != '-' && (c < '0' || c > '9')) return wrong_kind(p, path, std::is_integral_v<T> ? "This field should be a whole number." : "This field should be a number.");
        if (!parse_number(p, token, whole)) return p.syntax_error();
        if constexpr (std::is_integral_v<T>) {
            if (!whole) return wrong_kind(p, path, "This field should be a whole number.");
            const auto r = std::from_chars(token.data(), token.data() + token.size(), value);
            if (r.ec != std::errc() || r.ptr != token.data() + token.size())
                return p.cx.fail("out_of_range", path.str(), "This number is outside the range the field accepts.");
        } else {
            char buf[64];
            if (token.size() >= sizeof buf) return p.cx.fail("out_of_range", path.str(), "This number is outside the range the field accepts.");
            token.copy(buf, token.size());
            buf[token.size()] = '\0';
            value = std::strtod(buf, nullptr);
            if (!std::isfinite(value)) return p.cx.fail("out_of_range", path.str(), "This number is outside the range the field accepts.");
        }
    } else if constexpr (std::is_same_v<T, Money> || std::is_same_v<T, Currency> || std::is_same_v<T, CivilDate> ||
                         std::is_enum_v<T>) {
        std::string text;
        const bool is_text = p.peek() == '"';
        if (is_text && !parse_string(p, text)) return p.syntax_error();
        if (!is_text) skip_value(p);
        if constexpr (std::is_same_v<T, Money>) {
            if (!is_text || !parse_money_text(text, value))
                p.cx.fail("bad_money", path.str(), "An amount must be written as digits and a currency code, like \"1234.56 USD\".");
        } else if constexpr (std::is_same_v<T, Currency>) {
            if (!is_text || !is_currency_code(text))
                return p.cx.fail("bad_currency", path.str(), "A currency must be a three-letter ISO 4217 code, like \"EUR\".");
            value = currency_from_code(text.c_str());
        } else if constexpr (std::is_same_v<T, CivilDate>) {
            Outcome<CivilDate> d = parse_iso_date(text);
            if (!is_text || !d.ok()) return p.cx.fail("bad_date", path.str(), "A date must be written YYYY-MM-DD.");
            value = d.value;
        } else {
            const auto* e = is_text ? enum_from_id(ids(value), text) : nullptr;
            if (!e) return p.cx.fail("unknown_choice", path.str(), "This field names a choice Quotient does not know.");
            value = e->value;
        }
    } else if constexpr (is_vector<T>::value || is_array<T>::value) {
        if (p.peek() != '[') return wrong_kind(p, path, is_array<T>::value ? "This field should be a list of a fixed length." : "This field should be a list.");
        ++p.pos;
        T items{};
        size_t n = 0;
        if (!p.take(']')) {
            do {
                if constexpr (is_vector<T>::value) {
                    if (n == max_items<typename T::value_type>())
                        return p.cx.fail("too_many", path.str(), "This list holds more items than Quotient accepts.");
                    items.emplace_back();
                } else if (n == items.size()) {
                    return wrong_kind(p, path, "This field should be a list of a fixed length.");
                }
                read(p, items[n], Path{&path, {}, n});
                ++n;
            } while (!p.failed() && p.take(','));
            if (!p.failed()) p.expect(']');
        }
        if (p.failed()) return;
        if (is_array<T>::value && n != items.size()) return wrong_kind(p, path, "This field should be a list of a fixed length.");
        value = std::move(items);
    } else if constexpr (is_map<T>::value) {
        T out;
        read_members(p, path, [&](const std::string& key) {
            if (out.size() == max_items<T>()) return p.cx.fail("too_many", path.str(), "This list holds more items than Quotient accepts."), true;
            read(p, out[key], Path{&path, key});
            return true;
        });
        if (!p.failed()) value = std::move(out);
    } else {
        // Every scenario (and the library around them) says which schema it follows.
        constexpr bool versioned = std::is_same_v<T, Scenario> || std::is_same_v<T, ScenarioLibrary>;
        int schema = scenario_schema;
        if constexpr (versioned) {
            if (p.peek() != '{') return wrong_kind(p, path, "A scenario should be a JSON object.");
            schema = check_schema(p, path);
            if (p.failed()) return;
        }
        auto read_fields = [&](auto& into) {
            read_members(p, path, [&](const std::string& key) {
                if (versioned && key == "schema") return skip_value(p), true;
                if constexpr (std::is_same_v<std::decay_t<decltype(into)>, Scenario>) {
                    if (key == "dated") return read_dated(p, into, Path{&path, "dated"}), true;
                }
                FieldReader r{p, path, key};
                fields(r, into);
                if (r.found) return true;
                if constexpr (std::is_same_v<std::decay_t<decltype(into)>, ScenarioV1>) {
                    // A schema 1 document holding a name schema 2 uses ("plan") cannot keep it as
                    // a newer version's field: written back beside the real one, it would replace
                    // it on the next reading. It is left out, and said so.
                    if (is_scenario_field(key)) {
                        skip_value(p);
                        const std::string at = Path{&path, key}.str();
                        if (p.cx.unknown_fields.size() < 100) p.cx.unknown_fields.push_back(at);
                        if (p.cx.unknown_left_out.size() < 100) p.cx.unknown_left_out.push_back(at);
                        return true;
                    }
                }
                return false;
            }, unknown_members_of(into));
        };
        if constexpr (std::is_same_v<T, Scenario>) {
            const int outer = p.schema;
            p.schema = schema;
            if (schema == 1) {
                ScenarioV1 old;
                read_fields(old);
                if (!p.failed()) value = migrate_v1(std::move(old));
            } else {
                read_fields(value);
            }
            if (!p.failed()) apply_sales_plan(value);
            p.schema = outer;
        } else {
            read_fields(value);
        }
    }
    --p.depth;
}

template <class T> static Outcome<T> read_document(std::string_view text) {
    ReadContext cx;
    Outcome<T> out;
    if (text.size() > max_document_bytes) {
        out.problem = {"too_large", "", "The document is larger than Quotient accepts."};
        return out;
    }
    Parser p{text, 0, cx};
    // Damaged text is said to be damaged, whatever else is wrong with it: a first pass checks the
    // JSON alone, without keeping anything.
    skip_value(p);
    p.skip_spaces();
    if (!cx.failed() && p.pos != text.size()) p.syntax_error();   // nothing may follow the document
    if (cx.failed()) {
        out.problem = cx.problem;
        return out;
    }
    p.pos = 0;
    const Path root;
    auto& value = [&]() -> auto& {
        if constexpr (std::is_same_v<T, LoadedScenario>) return out.value.scenario;
        else return out.value.library;
    }();
    read(p, value, root);
    out.value.unknown_fields = std::move(cx.unknown_fields);
    out.value.unknown_left_out = std::move(cx.unknown_left_out);
    out.problem = cx.problem;
    return out;
}

// [SECTION] One scenario

// The compact text (ours: no spaces, strings escaped) re-laid out with two-space indents, for
// files people open.
static std::string indented(std::string_view compact) {
    std::string out;
    int depth = 0;
    bool in_string = false;
    auto newline = [&] { out += '\n'; out.append(size_t(depth) * 2, ' '); };
    for (size_t i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        out += c;
        if (in_string) {
            if (c == '\\') out += compact[++i];
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if ((c == '{' || c == '[') && i + 1 < compact.size() && compact[i + 1] != '}' && compact[i + 1] != ']') {
            ++depth;
            newline();
        } else if (c == ',') {
            newline();
        } else if (c == ':') {
            out += ' ';
        } else if ((c == '}' || c == ']') && i > 0 && compact[i - 1] != '{' && compact[i - 1] != '[') {
            out.pop_back();
            --depth;
            newline();
            out += c;
        }
    }
    return out;
}

std::string scenario_to_json(const Scenario& s, bool pretty) {
    std::string out;
    write_value(out, s);
    return pretty ? indented(out) : out;
}

Outcome<LoadedScenario> scenario_from_json(std::string_view json) { return read_document<LoadedScenario>(json); }

// [SECTION] The library of named scenarios

std::string library_to_json(const ScenarioLibrary& lib) {
    std::string out;
    write_value(out, lib);
    return out;
}

Outcome<LoadedLibrary> library_from_json(std::string_view json) {
    Outcome<LoadedLibrary> out = read_document<LoadedLibrary>(json);
    const ScenarioLibrary& lib = out.value.library;
    if (out.ok() && lib.scenarios.empty())
        out.problem = {"no_scenarios", "scenarios", "The saved library holds no scenario."};
    else if (out.ok() && (lib.active < 0 || size_t(lib.active) >= lib.scenarios.size()))
        out.problem = {"out_of_range", "active", "This number is outside the range the field accepts."};
    return out;
}

std::string_view trimmed_scenario_name(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

static bool name_taken(const ScenarioLibrary& lib, std::string_view name, int self) {
    for (size_t i = 0; i < lib.scenarios.size(); ++i)
        if (int(i) != self && lib.scenarios[i].name == name) return true;
    return false;
}

std::string unique_scenario_name(const ScenarioLibrary& lib, std::string_view wanted) {
    std::string base(trimmed_scenario_name(wanted).substr(0, max_scenario_name - 4));
    if (base.empty()) base = "Scenario";
    std::string name = base;
    for (int n = 2; name_taken(lib, name, -1); ++n) name = base + " " + std::to_string(n);
    return name;
}

Problem check_scenario_name(const ScenarioLibrary& lib, std::string_view name, int self) {
    name = trimmed_scenario_name(name);
    if (name.empty()) return {"name_empty", "name", "A scenario needs a name."};
    if (name.size() > max_scenario_name) return {"name_too_long", "name", "A scenario name is limited to 80 characters."};
    if (name_taken(lib, name, self)) return {"name_taken", "name", "Another scenario already has this name."};
    return {};
}

// [SECTION] Share links

static constexpr char base64url_digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static std::string base64url(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const size_t n = std::min<size_t>(3, bytes.size() - i);
        uint32_t v = 0;
        for (size_t k = 0; k < 3; ++k) v = v << 8 | (k < n ? uint8_t(bytes[i + k]) : 0u);
        for (size_t k = 0; k <= n; ++k) out += base64url_digits[(v >> (18 - 6 * k)) & 63];
    }
    return out;
}

static bool from_base64url(std::string_view text, std::string& out) {
    if (text.size() % 4 == 1) return false;   // no byte ends there: the link was cut
    out.clear();
    uint32_t v = 0;
    int bits = 0;
    for (char ch : text) {
        const char* at = std::find(base64url_digits, base64url_digits + 64, ch);
        if (at == base64url_digits + 64) return false;
        v = v << 6 | uint32_t(at - base64url_digits);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((v >> bits) & 0xff);
        }
    }
    return true;
}

Outcome<std::string> share_fragment(const Scenario& s, const CivilDate& dated) {
    const FieldTexts mine = field_texts(s), fresh = field_texts(example_scenario(dated));
    std::string json = "{\"schema\":" + std::to_string(scenario_schema) + ",\"dated\":\"" + iso_date(dated) + "\"";
    for (size_t i = 0; i < mine.items.size(); ++i)
        if (mine.items[i].second != fresh.items[i].second)
            json += ",\"" + std::string(mine.items[i].first) + "\":" + mine.items[i].second;
    if (!s.unknown.json.empty()) json += "," + s.unknown.json;   // a newer version's, as read
    std::string fragment = "s=" + base64url(json + "}");
    if (fragment.size() > max_share_fragment)
        return fail<std::string>("share_too_large", "",
                                 "This scenario is too large for a link. Export it as a file and send the file instead.");
    return {std::move(fragment), {}};
}

Outcome<LoadedScenario> scenario_from_share_fragment(std::string_view fragment) {
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, 2) != "s=")
        return fail<LoadedScenario>("share_malformed", "", "This link does not hold a Quotient scenario.");
    fragment.remove_prefix(2);
    std::string json;
    if (fragment.size() > max_share_fragment || !from_base64url(fragment, json))
        return fail<LoadedScenario>("share_malformed", "",
                                    "This link is damaged or was cut short. Ask for the link again.");
    return scenario_from_json(json);
}

} // namespace quotient
