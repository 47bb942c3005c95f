#include "json_io.h"
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include "core/format.h"

namespace quotient::cli {

// [SECTION] Errors

void fail(std::string code, std::string field, std::string message) {
    throw CliError{std::move(code), std::move(field), std::move(message)};
}

// A Problem always carries a code; the fallback keeps a core slip from printing a null one.
static const char* problem_code(const Problem& p) { return p.code ? p.code : "invalid_input"; }

void fail(const Problem& p, std::string field) { fail(problem_code(p), std::move(field), p.message); }

static Json error_body(const std::string& code, const std::string& message, const std::string& field) {
    Json body;
    body["code"] = code;
    body["message"] = message;
    body["field"] = field.empty() ? Json(nullptr) : Json(field);
    return body;
}

Json error_envelope(const CliError& e) { return Json{{"error", error_body(e.code, e.message, e.field)}}; }

Json problem_json(const Problem& p) { return Json{{"problem", error_body(problem_code(p), p.message, p.field)}}; }

void print_json(const Json& j) {
    std::cout << j.dump(2) << '\n' << std::flush;
}

// [SECTION] Arguments and input

CommandArgs parse_command_args(const char* command, const std::vector<std::string>& args) {
    CommandArgs out;
    bool have_input = false;
    for (const std::string& a : args) {
        if (a == "--help" || a == "-h") {
            out.help = true;
        } else if (a.size() > 1 && a[0] == '-') {
            fail("usage", "", "Unknown option '" + a + "' for " + command + ". Run quotient-cli " +
                                  command + " --help.");
        } else if (have_input) {
            fail("usage", "", std::string("The ") + command + " command takes one input file at most.");
        } else {
            out.input = a;
            have_input = true;
        }
    }
    return out;
}

std::string read_text(const std::string& path) {
    if (path == "-") return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    std::ifstream file(path, std::ios::binary);
    if (!file) fail("file_unreadable", "", "Cannot read the input file '" + path + "'.");
    std::ostringstream ss;
    ss << file.rdbuf();
    return ss.str();
}

Json read_input(const std::string& path) { return parse_json_text(read_text(path)); }

Json parse_json_text(const std::string& content) {
    try {
        return Json::parse(content);
    } catch (const Json::exception& e) {   // parse_error, or out_of_range for 1e400
        // Keep nlohmann's position and reason, drop its "[json.exception.parse_error.101] " tag.
        std::string why = e.what();
        if (size_t end = why.find("] "); why.rfind("[json.exception", 0) == 0 && end != std::string::npos)
            why.erase(0, end + 2);
        fail("invalid_json", "", "The input is not valid JSON: " + why);
    }
}

// [SECTION] Fields

const Json* find(const Json& object, const char* key) {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json& require(const Json& object, const char* key, const std::string& path) {
    if (const Json* v = find(object, key)) return *v;
    fail("missing_field", path, "The field '" + path + "' is required.");
}

void reject_unknown_keys(const Json& object, std::initializer_list<const char*> known,
                         const std::string& prefix) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        for (const char* k : known) ok = ok || it.key() == k;
        if (ok) continue;
        std::string names;
        for (const char* k : known) names += std::string(names.empty() ? "" : ", ") + k;
        std::string path = prefix.empty() ? it.key() : prefix + "." + it.key();
        fail("unknown_field", path, "Unknown field '" + path + "' (known here: " + names + ").");
    }
}

static std::string a_type(const Json& v) {
    std::string t = v.type_name();
    if (t == "null") return t;
    return (t == "array" || t == "object") ? "an " + t : "a " + t;
}

const Json& expect_object(const Json& v, const std::string& path) {
    if (!v.is_object())
        fail("wrong_type", path, "'" + path + "' must be a JSON object, not " + a_type(v) + ".");
    return v;
}

const Json& expect_array(const Json& v, const std::string& path) {
    if (!v.is_array())
        fail("wrong_type", path, "'" + path + "' must be a JSON array, not " + a_type(v) + ".");
    return v;
}

double number(const Json& v, const std::string& path) {
    if (!v.is_number())
        fail("wrong_type", path,
             "'" + path + "' must be a JSON number (like 1000 or 0.25), not " + a_type(v) + ".");
    return v.get<double>();
}

std::string text(const Json& v, const std::string& path) {
    if (!v.is_string()) fail("wrong_type", path, "'" + path + "' must be a string, not " + a_type(v) + ".");
    return v.get<std::string>();
}

// A plain decimal as people write amounts: optional '-', digits, optionally '.' and digits.
static bool is_plain_decimal(const std::string& s) {
    size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    size_t int_digits = 0, frac_digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++int_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac_digits;
        if (frac_digits == 0) return false;
    }
    return i == s.size() && int_digits > 0;
}

double decimal(const Json& v, const std::string& path) {
    if (v.is_number()) return v.get<double>();
    if (v.is_string()) {
        std::string s = v.get<std::string>();
        if (!is_plain_decimal(s))
            fail("invalid_number", path,
                 "'" + path + "' must be an amount in major units, as a number or a decimal string like \"5000.00\"; got \"" +
                     s + "\".");
        double value = std::strtod(s.c_str(), nullptr);
        if (!std::isfinite(value)) fail("amount_too_large", path, "The amount is too large.");
        return value;
    }
    fail("wrong_type", path,
         "'" + path + "' must be an amount in major units (5000 or \"5000.00\"), not " + a_type(v) + ".");
}

Currency currency(const Json& v, const std::string& path) {
    std::string code = text(v, path);
    bool ok = code.size() == 3;
    for (char c : code) ok = ok && c >= 'A' && c <= 'Z';
    if (!ok)
        fail("invalid_currency", path,
             "'" + path + "' must be an ISO 4217 code of three capital letters, like \"USD\"; got \"" + code + "\".");
    return currency_from_code(code.c_str());
}

bool boolean(const Json& v, const std::string& path) {
    if (!v.is_boolean()) fail("wrong_type", path, "'" + path + "' must be true or false.");
    return v.get<bool>();
}

Money amount(const Json& v, const std::string& path, const Currency& cur) {
    auto m = money_from_major(decimal(v, path), cur);
    if (!m.ok()) fail(m.problem, path);
    return m.value;
}

CivilDate date(const Json& v, const std::string& path) {
    auto d = parse_iso_date(text(v, path));
    if (!d.ok()) fail(d.problem, path);
    return d.value;
}

std::string item(const std::string& list_path, size_t i) { return list_path + "[" + std::to_string(i) + "]"; }

Json money_json(const Money& m) {
    Json j;
    j["minor"] = m.minor;
    j["currency"] = m.currency.code;
    j["major"] = money_to_decimal(m);
    return j;
}

} // namespace quotient::cli
