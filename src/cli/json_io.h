// Shared plumbing for quotient-cli commands: command-line arguments, reading the JSON input,
// typed field access whose errors name the field at fault, and the error envelope (DESIGN.md).
// The CLI may use exceptions: a command throws CliError, main prints it as the envelope.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>
#include "core/civil_date.h"
#include "core/enum_ids.h"
#include "core/money.h"
#include "core/outcome.h"

namespace quotient::cli {

using Json = nlohmann::ordered_json;   // keeps output keys in the order they are written

inline constexpr int exit_ok = 0;
inline constexpr int exit_error = 2;   // any error: bad input, usage, unreadable file

struct CliError {
    std::string code;       // stable machine id, e.g. "missing_field"
    std::string field;      // e.g. "stages[2].rate"; "" = the whole input or the command line
    std::string message;    // English sentence for a person
};

[[noreturn]] void fail(std::string code, std::string field, std::string message);
// A core Problem as a CLI error, with the field spelt as the CLI input spells it.
[[noreturn]] void fail(const Problem& p, std::string field);

Json error_envelope(const CliError& e);   // {"error": {"code", "message", "field" (null if "")}}
// {"problem": {"code", "message", "field"}}: printed in place of a figure the core leaves
// undefined (never NaN), in the error envelope's shape so that a script reads one shape for both.
Json problem_json(const Problem& p);
void print_json(const Json& j);           // standard output, 2-space indent, final newline

// A command's own arguments: --help/-h, then at most one input FILE ("-" or none = stdin).
struct CommandArgs {
    bool help = false;
    std::string input = "-";
};
CommandArgs parse_command_args(const char* command, const std::vector<std::string>& args);

std::string read_text(const std::string& path);   // FILE's bytes, or standard input for "-"
Json read_input(const std::string& path);         // parses read_text(path) as JSON
Json parse_json_text(const std::string& content);  // fails with invalid_json

// Field access; `path` is the field's full name, used in errors.
const Json* find(const Json& object, const char* key);   // nullptr when absent
const Json& require(const Json& object, const char* key, const std::string& path);
void reject_unknown_keys(const Json& object, std::initializer_list<const char*> known,
                         const std::string& prefix);
const Json& expect_object(const Json& v, const std::string& path);
const Json& expect_array(const Json& v, const std::string& path);
double number(const Json& v, const std::string& path);        // a JSON number
std::string text(const Json& v, const std::string& path);     // a JSON string
// Money in major units: a JSON number (5000.5) or a decimal string ("5000.50").
double decimal(const Json& v, const std::string& path);
Currency currency(const Json& v, const std::string& path);    // "USD", "JPY"... (ISO 4217)
bool boolean(const Json& v, const std::string& path);         // true or false
// An amount in major units (number or decimal string), rounded to Money by the core's rule.
Money amount(const Json& v, const std::string& path, const Currency& cur);
CivilDate date(const Json& v, const std::string& path);      // "YYYY-MM-DD"
std::string item(const std::string& list_path, size_t i);     // "deals" + 2 -> "deals[2]"

// {"minor": 123456, "currency": "USD", "major": "1234.56"}
Json money_json(const Money& m);

// "month, quarter, year": an enum's ids, for the message refusing any other.
template <class E, size_t N>
std::string id_list(const EnumId<E> (&table)[N]) {
    std::string out;
    for (const EnumId<E>& e : table) out += std::string(out.empty() ? "" : ", ") + e.id;
    return out;
}

// One of an enum's ids ("quarter", "marginal"...).
template <class E, size_t N>
E choice(const EnumId<E> (&table)[N], const Json& v, const std::string& path) {
    const std::string id = text(v, path);
    if (const EnumId<E>* e = enum_from_id(table, id)) return e->value;
    fail("unknown_choice", path, "'" + path + "' must be one of: " + id_list(table) + "; got \"" + id + "\".");
}

} // namespace quotient::cli
