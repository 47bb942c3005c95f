#include "scenario_json.h"
#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <type_traits>
#include <utility>
#include <nlohmann/json.hpp>
#include "format.h"

namespace quotient {

using Json = nlohmann::ordered_json;   // keeps keys in the order written, for readable files

// [SECTION] The fields of each part of a scenario
// Each struct lists its saved fields once; the same list writes and reads, so a field cannot be
// written and forgotten on reading (or the reverse). The writer calls these with the object
// const_cast away: it only reads.

template <class V> void fields(V& v, Stage& s) {
    v("name", s.name); v("rate_to_next", s.rate_to_next); v("days_in_stage", s.days_in_stage);
}
template <class V> void fields(V& v, Funnel& f) {
    v("stages", f.stages); v("top_volume", f.top_volume); v("average_deal", f.average_deal);
}
template <class V> void fields(V& v, FunnelGoal& g) { v("target", g.target); v("period", g.period); }
template <class V> void fields(V& v, SalesFormula& s) {
    v("customer_base", s.customer_base); v("first_meeting_rate", s.first_meeting_rate);
    v("closing_efficiency", s.closing_efficiency); v("average_order", s.average_order);
    v("gross_margin_rate", s.gross_margin_rate);
}
template <class V> void fields(V& v, BuyingInfluence& b) {
    v("name", b.name); v("roles", b.roles); v("rating", b.rating); v("met", b.met);
}
template <class V> void fields(V& v, Competitor& c) {
    v("name", c.name); v("channel", c.channel); v("product", c.product); v("key_strategy", c.key_strategy);
}
template <class V> void fields(V& v, ActionItem& a) { v("what", a.what); v("owner", a.owner); v("due", a.due); }
template <class V> void fields(V& v, Deal& d) {
    v("name", d.name); v("account", d.account); v("owner", d.owner); v("stage", d.stage);
    v("amount", d.amount); v("budget", d.budget); v("close_date", d.close_date); v("fund", d.fund);
    v("competition", d.competition); v("position", d.position); v("products", d.products);
    v("influences", d.influences); v("competitors", d.competitors); v("strengths", d.strengths);
    v("red_flags", d.red_flags); v("actions", d.actions);
}
template <class V> void fields(V& v, PipelineSettings& p) {
    v("quota", p.quota); v("sales_cycle_days", p.sales_cycle_days); v("weekly_hours", p.weekly_hours);
}
template <class V> void fields(V& v, KpiInputs& k) { v("currency", k.currency); v("values", k.values); v("lists", k.lists); }
template <class V> void fields(V& v, Tier& t) { v("from", t.from); v("to", t.to); v("open_ended", t.open_ended); v("rate", t.rate); }
template <class V> void fields(V& v, Accelerator& a) { v("from_attainment", a.from_attainment); v("multiplier", a.multiplier); }
template <class V> void fields(V& v, PayoutCurve& c) {
    v("threshold", c.threshold); v("decelerator", c.decelerator); v("accelerators", c.accelerators);
    v("cap", c.cap); v("cap_at", c.cap_at);
}
template <class V> void fields(V& v, PlanComponent& c) {
    v("name", c.name); v("kind", c.kind); v("paid_on", c.paid_on); v("rate", c.rate); v("method", c.method);
    v("tiers", c.tiers); v("curve", c.curve);
}
template <class V> void fields(V& v, DealMultiplier& m) { v("kind", m.kind); v("product", m.product); v("factor", m.factor); }
template <class V> void fields(V& v, Spiff& s) {
    v("name", s.name); v("amount", s.amount); v("product", s.product); v("new_logo_only", s.new_logo_only);
}
template <class V> void fields(V& v, Draw& d) { v("kind", d.kind); v("amount", d.amount); }
template <class V> void fields(V& v, CommissionPlan& p) {
    v("name", p.name); v("period", p.period); v("currency", p.currency); v("base_salary", p.base_salary);
    v("target_incentive", p.target_incentive); v("quota", p.quota); v("boundary", p.boundary);
    v("components", p.components); v("multipliers", p.multipliers); v("spiffs", p.spiffs);
    v("clawback_days", p.clawback_days); v("draw", p.draw);
}
template <class V> void fields(V& v, SplitShare& s) { v("rep", s.rep); v("share", s.share); }
template <class V> void fields(V& v, ClosedDeal& d) {
    v("id", d.id); v("close_date", d.close_date); v("amount", d.amount); v("margin", d.margin);
    v("contract_years", d.contract_years); v("new_logo", d.new_logo); v("product", d.product);
    v("splits", d.splits); v("churned", d.churned); v("churn_date", d.churn_date);
}
template <class V> void fields(V& v, CommissionBook& b) {
    v("plans", b.plans); v("deals", b.deals); v("rep", b.rep); v("period_date", b.period_date);
}
template <class V> void fields(V& v, Scenario& s) {
    v("locale", s.locale); v("language", s.language); v("funnel", s.funnel); v("goal", s.goal);
    v("sales_formula", s.sales_formula); v("pipeline", s.pipeline); v("deals", s.deals); v("kpi", s.kpi);
    v("commission", s.commission);
}
template <class V> void fields(V& v, NamedScenario& n) { v("name", n.name); v("scenario", n.scenario); }

// The id table of each saved enum.
constexpr const auto& ids(Period) { return period_ids; }
constexpr const auto& ids(LocaleId) { return locale_ids; }
constexpr const auto& ids(Language) { return language_ids; }
constexpr const auto& ids(PlanPeriod) { return plan_period_ids; }
constexpr const auto& ids(ComponentKind) { return component_kind_ids; }
constexpr const auto& ids(PaidOn) { return paid_on_ids; }
constexpr const auto& ids(TierMethod) { return tier_method_ids; }
constexpr const auto& ids(BoundaryOwner) { return boundary_owner_ids; }
constexpr const auto& ids(CapKind) { return cap_kind_ids; }
constexpr const auto& ids(MultiplierKind) { return multiplier_kind_ids; }
constexpr const auto& ids(DrawKind) { return draw_kind_ids; }

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
template <class T> struct is_map : std::false_type {};
template <class T, class C> struct is_map<std::map<std::string, T, C>> : std::true_type {};

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

template <class T> Json to_json(const T& value);

struct Writer {
    Json out = Json::object();
    template <class T> void operator()(const char* key, const T& value) { out[key] = to_json(value); }
};

template <class T> Json to_json(const T& value) {
    if constexpr (std::is_same_v<T, std::string> || std::is_arithmetic_v<T>) {
        return Json(value);
    } else if constexpr (std::is_same_v<T, Money>) {
        return money_text(value);
    } else if constexpr (std::is_same_v<T, Currency>) {
        return value.code;
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        return iso_date(value);
    } else if constexpr (std::is_enum_v<T>) {
        return enum_id(ids(value), value);
    } else if constexpr (is_vector<T>::value || is_array<T>::value) {
        Json out = Json::array();
        for (const auto& item : value) out.push_back(to_json(item));
        return out;
    } else if constexpr (is_map<T>::value) {
        Json out = Json::object();
        for (const auto& [key, item] : value) out[key] = to_json(item);
        return out;
    } else {
        Writer w;
        fields(w, const_cast<T&>(value));
        return std::move(w.out);
    }
}

static Json scenario_object(const Scenario& s) {
    Json out = Json::object();
    out["schema"] = scenario_schema;
    Json body = to_json(s);
    for (auto it = body.begin(); it != body.end(); ++it) out[it.key()] = std::move(it.value());
    return out;
}

// [SECTION] Reading

struct ReadContext {
    Problem problem{};
    std::vector<std::string> unknown_fields;
    bool failed() const { return problem.code != nullptr; }
    void fail(const char* code, const std::string& field, const char* message) {
        if (!failed()) problem = Problem{code, field, message};
    }
};

static std::string member_path(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

static void wrong_kind(ReadContext& cx, const std::string& path, const char* message) {
    cx.fail("wrong_type", path, message);
}

template <class T> void read(const Json& j, T& value, const std::string& path, ReadContext& cx);

struct Reader {
    const Json& in;
    const std::string& path;
    ReadContext& cx;
    std::vector<std::string_view> seen;
    template <class T> void operator()(const char* key, T& value) {
        seen.push_back(key);
        if (cx.failed()) return;
        if (auto it = in.find(key); it != in.end()) read(*it, value, member_path(path, key), cx);
    }
};

// Lists the members of `j` that `seen` does not name; a document from a newer version keeps
// loading, and the user is told what was left out.
static void note_unknown(const Json& j, const std::vector<std::string_view>& seen, const std::string& path,
                         ReadContext& cx) {
    for (auto it = j.begin(); it != j.end(); ++it)
        if (std::find(seen.begin(), seen.end(), it.key()) == seen.end() && cx.unknown_fields.size() < 100)
            cx.unknown_fields.push_back(member_path(path, it.key()));
}

template <class T> void read_object(const Json& j, T& value, const std::string& path, ReadContext& cx,
                                    std::vector<std::string_view> also_known = {}) {
    if (!j.is_object()) return wrong_kind(cx, path, "This part of the document should be an object.");
    Reader r{j, path, cx, std::move(also_known)};
    fields(r, value);
    if (!cx.failed()) note_unknown(j, r.seen, path, cx);
}

template <class T> void read(const Json& j, T& value, const std::string& path, ReadContext& cx) {
    if (cx.failed()) return;
    if constexpr (std::is_same_v<T, std::string>) {
        if (!j.is_string()) return wrong_kind(cx, path, "This field should be text.");
        const auto& s = j.template get_ref<const std::string&>();
        if (s.size() > max_text_bytes) return cx.fail("too_long", path, "This text is longer than Quotient accepts.");
        value = s;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!j.is_boolean()) return wrong_kind(cx, path, "This field should be true or false.");
        value = j.template get<bool>();
    } else if constexpr (std::is_same_v<T, double>) {
        if (!j.is_number()) return wrong_kind(cx, path, "This field should be a number.");
        value = j.template get<double>();
    } else if constexpr (std::is_integral_v<T>) {
        if (!j.is_number_integer()) return wrong_kind(cx, path, "This field should be a whole number.");
        const bool fits = j.is_number_unsigned() ? j.template get<uint64_t>() <= uint64_t(std::numeric_limits<T>::max())
                                                 : std::in_range<T>(j.template get<int64_t>());
        if (!fits) return cx.fail("out_of_range", path, "This number is outside the range the field accepts.");
        value = j.is_number_unsigned() ? T(j.template get<uint64_t>()) : T(j.template get<int64_t>());
    } else if constexpr (std::is_same_v<T, Money>) {
        if (!j.is_string() || !parse_money_text(j.template get_ref<const std::string&>(), value))
            cx.fail("bad_money", path, "An amount must be written as digits and a currency code, like \"1234.56 USD\".");
    } else if constexpr (std::is_same_v<T, Currency>) {
        if (!j.is_string() || !is_currency_code(j.template get_ref<const std::string&>()))
            return cx.fail("bad_currency", path, "A currency must be a three-letter ISO 4217 code, like \"EUR\".");
        value = currency_from_code(j.template get_ref<const std::string&>().c_str());
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        if (!j.is_string()) return cx.fail("bad_date", path, "A date must be written YYYY-MM-DD.");
        Outcome<CivilDate> d = parse_iso_date(j.template get_ref<const std::string&>());
        if (!d.ok()) return cx.fail("bad_date", path, "A date must be written YYYY-MM-DD.");
        value = d.value;
    } else if constexpr (std::is_enum_v<T>) {
        const auto* e = j.is_string() ? enum_from_id(ids(value), j.template get_ref<const std::string&>()) : nullptr;
        if (!e) return cx.fail("unknown_choice", path, "This field names a choice Quotient does not know.");
        value = e->value;
    } else if constexpr (is_vector<T>::value) {
        using Item = typename T::value_type;
        if (!j.is_array()) return wrong_kind(cx, path, "This field should be a list.");
        if (j.size() > max_items<Item>())
            return cx.fail("too_many", path, "This list holds more items than Quotient accepts.");
        T items(j.size());
        for (size_t i = 0; i < j.size() && !cx.failed(); ++i)
            read(j[i], items[i], path + "[" + std::to_string(i) + "]", cx);
        if (!cx.failed()) value = std::move(items);
    } else if constexpr (is_array<T>::value) {
        if (!j.is_array() || j.size() != value.size())
            return wrong_kind(cx, path, "This field should be a list of a fixed length.");
        for (size_t i = 0; i < value.size(); ++i) read(j[i], value[i], path + "[" + std::to_string(i) + "]", cx);
    } else if constexpr (is_map<T>::value) {
        if (!j.is_object()) return wrong_kind(cx, path, "This part of the document should be an object.");
        if (j.size() > max_items<T>()) return cx.fail("too_many", path, "This list holds more items than Quotient accepts.");
        T out;
        for (auto it = j.begin(); it != j.end() && !cx.failed(); ++it)
            read(it.value(), out[it.key()], member_path(path, it.key()), cx);
        if (!cx.failed()) value = std::move(out);
    } else {
        read_object(j, value, path, cx);
    }
}

// Parses without exceptions: a malformed text, or a number beyond double's range, becomes a
// discarded value instead of a throw (the core is built without exceptions on the web).
static Json parse(std::string_view text, ReadContext& cx) {
    if (text.size() > max_document_bytes) {
        cx.fail("too_large", "", "The document is larger than Quotient accepts.");
        return {};
    }
    Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) cx.fail("not_json", "", "The document is not valid JSON: it may be cut short or damaged.");
    return j;
}

// The schema field says which version of the document the rest follows. Version 1 is the
// first; a later schema adds a step here that rewrites the older form into the newer one.
static void check_schema(const Json& j, const std::string& path, ReadContext& cx) {
    const std::string field = member_path(path, "schema");
    auto it = j.find("schema");
    if (it == j.end()) return cx.fail("not_a_scenario", field, "This is not a Quotient scenario: it has no schema number.");
    if (!it->is_number_integer() || it->get<int64_t>() < 1)
        return cx.fail("bad_schema", field, "The schema number must be a whole number from 1.");
    if (it->get<int64_t>() > scenario_schema)
        return cx.fail("newer_schema", field, "This scenario was saved by a newer version of Quotient. Update Quotient to open it.");
}

template <> void read(const Json& j, Scenario& value, const std::string& path, ReadContext& cx) {
    if (cx.failed()) return;
    if (!j.is_object()) return wrong_kind(cx, path, "A scenario should be a JSON object.");
    check_schema(j, path, cx);
    read_object(j, value, path, cx, {"schema"});
}

template <class T> static Outcome<T> failed_with(const ReadContext& cx) {
    Outcome<T> out;
    out.problem = cx.problem;
    return out;
}

// [SECTION] One scenario

std::string scenario_to_json(const Scenario& s, bool pretty) { return scenario_object(s).dump(pretty ? 2 : -1); }

Outcome<LoadedScenario> scenario_from_json(std::string_view json) {
    ReadContext cx;
    const Json j = parse(json, cx);
    LoadedScenario out;
    read(j, out.scenario, "", cx);
    if (cx.failed()) return failed_with<LoadedScenario>(cx);
    out.unknown_fields = std::move(cx.unknown_fields);
    return {std::move(out), {}};
}

// [SECTION] The library of named scenarios

std::string library_to_json(const ScenarioLibrary& lib) {
    Json out = Json::object();
    out["schema"] = scenario_schema;
    out["active"] = lib.active;
    Json list = Json::array();
    for (const NamedScenario& n : lib.scenarios) list.push_back(Json{{"name", n.name}, {"scenario", scenario_object(n.scenario)}});
    out["scenarios"] = std::move(list);
    return out.dump();
}

Outcome<LoadedLibrary> library_from_json(std::string_view json) {
    ReadContext cx;
    const Json j = parse(json, cx);
    LoadedLibrary out;
    if (!cx.failed() && !j.is_object()) wrong_kind(cx, "", "The saved library should be a JSON object.");
    if (!cx.failed()) check_schema(j, "", cx);
    if (!cx.failed()) {
        Reader r{j, "", cx, {"schema"}};
        r("scenarios", out.library.scenarios);
        r("active", out.library.active);
        if (!cx.failed()) note_unknown(j, r.seen, "", cx);
    }
    if (!cx.failed() && out.library.scenarios.empty())
        cx.fail("no_scenarios", "scenarios", "The saved library holds no scenario.");
    if (!cx.failed() && (out.library.active < 0 || size_t(out.library.active) >= out.library.scenarios.size()))
        cx.fail("out_of_range", "active", "This number is outside the range the field accepts.");
    if (cx.failed()) return failed_with<LoadedLibrary>(cx);
    out.unknown_fields = std::move(cx.unknown_fields);
    return {std::move(out), {}};
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

Outcome<std::string> share_fragment(const Scenario& s) {
    Json j = scenario_object(s);
    const Json fresh = scenario_object(Scenario{});
    for (auto it = fresh.begin(); it != fresh.end(); ++it)
        if (it.key() != "schema" && j[it.key()] == it.value()) j.erase(it.key());
    std::string fragment = "s=" + base64url(j.dump());
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
