// The saved form of the user's document: a Scenario as versioned JSON ("schema": 1), the
// library of named scenarios the app autosaves, and the compact form a share link carries.
//
// Money is written as a decimal string with its currency ("1234.56 USD") so that it reads back
// to the same minor units (no binary floating point on the way); rates and counts are JSON
// numbers written with enough digits to read back bit for bit; dates are "YYYY-MM-DD"; choices
// are their stable ids ("quarter", "marginal", "fr-FR").
//
// Reading never crashes on any input: a field of the wrong kind, an unknown choice, a list
// longer than the product accepts or a newer schema is a Problem naming the field; a field this
// version does not know (a newer version's) is listed in `unknown_fields` and kept, as its JSON
// text, in the object it was found in (UnknownMembers), so that saving writes it back; a field
// that is missing keeps its default, so a document written before a field existed still loads.
//
// Index
// [SECTION] One scenario
// [SECTION] The library of named scenarios
// [SECTION] Share links
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>
#include "crm_import.h"
#include "outcome.h"
#include "scenario.h"

namespace quotient {

// [SECTION] One scenario

// Schema 2 (this version) keeps the sales plan; schema 1 documents and share links are read and
// migrated to it with the same figures (scenario_fields.h, migrate_v1).
inline constexpr int scenario_schema = 2;
// Larger texts are refused before parsing: 100,000 deals with a full review sheet stay below it.
inline constexpr size_t max_document_bytes = 256u << 20;
// Unknown fields are kept up to this much JSON text per document (every scenario's copy of it is
// kept in undo steps too); fields beyond it, and those of a schema 1 section that no longer
// exists, are left out and listed in `unknown_left_out`.
inline constexpr size_t max_kept_unknown_bytes = 1u << 20;

struct LoadedScenario {
    Scenario scenario{};
    std::vector<std::string> unknown_fields;   // paths of fields this version does not know, e.g. "deals[3].colour"
    std::vector<std::string> unknown_left_out; // those of them not kept (see max_kept_unknown_bytes)
};

std::string scenario_to_json(const Scenario& s, bool pretty = false);
Outcome<LoadedScenario> scenario_from_json(std::string_view json);

// [SECTION] The library of named scenarios

inline constexpr size_t max_scenario_name = 80;     // bytes of UTF-8
inline constexpr size_t max_scenarios = 100;

struct NamedScenario {
    std::string name;
    Scenario scenario{};
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
};

// Everything the app keeps for the user. The scenario being edited is scenarios[active].
struct ScenarioLibrary {
    std::vector<NamedScenario> scenarios{NamedScenario{"My scenario", {}}};
    int active = 0;
    // The column mapping the user confirmed for a CRM export, by its header line (the header's
    // fields joined by '\n'): the next file with the same header starts from it.
    std::map<std::string, std::vector<ImportField>> import_mappings;
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
};

struct LoadedLibrary {
    ScenarioLibrary library{};
    std::vector<std::string> unknown_fields;
    std::vector<std::string> unknown_left_out;
};

std::string library_to_json(const ScenarioLibrary& lib);
// Fails for an empty list or an `active` outside it, besides the scenario's own problems.
Outcome<LoadedLibrary> library_from_json(std::string_view json);

// A typed name as it is kept: without surrounding spaces and tabs.
std::string_view trimmed_scenario_name(std::string_view typed);
// A name for a new scenario that no other scenario has: `wanted` (trimmed; "Scenario" when
// empty), then "wanted 2", "wanted 3"...
std::string unique_scenario_name(const ScenarioLibrary& lib, std::string_view wanted);
// The checks a rename must pass: not empty after trimming, at most max_scenario_name bytes,
// not the name of another scenario (index `self` is the one being renamed).
Problem check_scenario_name(const ScenarioLibrary& lib, std::string_view name, int self);

// [SECTION] Share links

// The part of a link after '#': "s=" then the scenario's JSON in URL-safe base64 (RFC 4648 §5,
// no padding). Only the sections that differ from a new scenario's are written, which keeps a
// trainer's link to a changed funnel a few hundred characters long.
inline constexpr size_t max_share_fragment = 64u << 10;
// `dated` is the day the sender's new scenarios date their example data from (today): sections
// equal to example_scenario(dated)'s are left out, and the link says the day ("dated") so that
// the reader makes them again.
// Fails with "share_too_large" when the fragment would exceed max_share_fragment (a pipeline of
// thousands of deals): such a scenario travels as an exported file instead.
Outcome<std::string> share_fragment(const Scenario& s, const CivilDate& dated = example_date);
// Reads a fragment made by share_fragment, with or without the leading '#'. A link that was cut
// short, edited or made by another program gives a Problem ("share_malformed"...), never a crash.
Outcome<LoadedScenario> scenario_from_share_fragment(std::string_view fragment);

} // namespace quotient
