#include "scenario_share.h"
#include <map>
#include <string>
#include <type_traits>
#include <vector>
#include "scenario_fields.h"
#include "scenario_json.h"

namespace quotient {

namespace {

// "Deal 3": a placeholder in the scenario's language.
std::string numbered(Language lang, const char* english, size_t n) {
    return std::string(translate(lang, english)) + " " + std::to_string(n);
}

// One placeholder per distinct text, numbered in order of appearance; empty stays empty (an
// owner nobody filled in is not a person).
struct Placeholders {
    Language lang;
    const char* english;
    std::map<std::string, std::string> given{};
    void replace(std::string& text) {
        if (text.empty()) return;
        auto [it, added] = given.try_emplace(text);
        if (added) it->second = numbered(lang, english, given.size());
        text = it->second;
    }
};

// Every UnknownMembers of the scenario emptied: walks the saved fields (scenario_fields.h), so
// that a section added later is covered without a change here.
struct ForgetUnknown {
    int schema = scenario_schema;
    template <class T> void operator()(const char*, T& value) { visit(value); }
    template <class T> void operator()(const char*, T& value, const T&) { visit(value); }
    template <class T> void visit(T& value) {
        if constexpr (requires { value.begin(); value.end(); typename T::value_type; } &&
                      !std::is_same_v<T, std::string>) {
            if constexpr (requires { fields(*this, *value.begin()); })
                for (auto& item : value) visit(item);
        } else if constexpr (requires { value.unknown; }) {
            value.unknown = {};
            fields(*this, value);
        }
    }
};

} // namespace

void leave_out_names_and_notes(Scenario& s) {
    const Language lang = s.language;
    Placeholders accounts{lang, "Account"}, people{lang, "Owner"}, products{lang, "Product"}, reps{lang, "Rep"};
    for (size_t i = 0; i < s.deals.size(); ++i) {
        Deal& d = s.deals[i];
        d.name = numbered(lang, "Deal", i + 1);
        accounts.replace(d.account);
        people.replace(d.owner);
        products.replace(d.products);
        for (size_t k = 0; k < d.influences.size(); ++k) d.influences[k].name = numbered(lang, "Person", k + 1);
        for (size_t k = 0; k < d.competitors.size(); ++k)
            d.competitors[k] = Competitor{numbered(lang, "Competitor", k + 1), "", "", "", {}};
        for (size_t k = 0; k < d.strengths.size(); ++k) d.strengths[k] = numbered(lang, "Strength", k + 1);
        for (size_t k = 0; k < d.red_flags.size(); ++k) d.red_flags[k] = numbered(lang, "Red flag", k + 1);
        for (size_t k = 0; k < d.actions.size(); ++k) {
            d.actions[k].what = numbered(lang, "Action", k + 1);
            people.replace(d.actions[k].owner);
        }
    }
    CommissionBook& book = s.commission;
    reps.replace(book.rep);     // the rep whose statement is shown is "Rep 1"
    for (size_t i = 0; i < book.deals.size(); ++i) {
        ClosedDeal& d = book.deals[i];
        d.id = numbered(lang, "Deal", i + 1);
        for (SplitShare& split : d.splits) reps.replace(split.rep);
    }
    ForgetUnknown{}.visit(s);
}

Scenario scenario_for_link(const Scenario& s, bool leave_out_names) {
    Scenario out = s;
    if (leave_out_names) leave_out_names_and_notes(out);
    const Scenario fresh{};
    out.locale = fresh.locale;
    out.language = fresh.language;
    return out;
}

} // namespace quotient
