// The deal review sheet of Miller Heiman's "Strategic Selling" (DOMAIN.md section 2): who
// influences the purchase and how, the competition, our strengths, red flags and the action
// plan, and the scales the sheet is filled in with (fund %, competition %, current position).
// The Deal itself and what is derived from it live in pipeline.h.
//
// Index
// [SECTION] Buying influences
// [SECTION] Competitors and action plan
// [SECTION] Fund %, competition % and current position
// [SECTION] Checks shared by validate_deal and the UI's as-you-type checks
#pragma once
#include <string>
#include <vector>
#include "civil_date.h"
#include "outcome.h"
#include "unknown_members.h"

namespace quotient {

// [SECTION] Buying influences

// Roles as bits: one person may hold several (the economic buyer is often also a user).
enum BuyingRole : unsigned {
    role_economic = 1u << 0,        // E: gives final approval and releases the money
    role_technical = 1u << 1,       // T: judges the proposal against specifications, can say no
    role_user = 1u << 2,            // U: will use or supervise what is bought
    role_coach = 1u << 3,           // C: guides us through this sale
};
inline constexpr unsigned all_buying_roles = role_economic | role_technical | role_user | role_coach;

struct BuyingRoleInfo {
    BuyingRole role;
    char letter;                    // as the sheet writes it: E, T, U, C
    const char* name;               // English, also the translation key
};
inline constexpr BuyingRoleInfo buying_roles[] = {
    {role_economic, 'E', "Economic buyer"},
    {role_technical, 'T', "Technical buyer"},
    {role_user, 'U', "User buyer"},
    {role_coach, 'C', "Coach"},
};

struct BuyingInfluence {
    std::string name;
    unsigned roles = 0;             // BuyingRole bits, at least one
    int rating = 0;                 // -5..+5: how this person sees our proposal (0 = neutral)
    bool met = false;               // someone on our side has met this person
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const BuyingInfluence&) const = default;
};

// The red flags the influences themselves raise (DealFlag bits, pipeline.h):
// no influence holds the coach role; no influence holding the economic-buyer role has been met.
unsigned influence_red_flags(const std::vector<BuyingInfluence>& influences);

// [SECTION] Competitors and action plan

struct Competitor {
    std::string name;
    std::string channel;            // direct, partner, reseller...
    std::string product;
    std::string key_strategy;       // how they are trying to win
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Competitor&) const = default;
};

struct ActionItem {
    std::string what;
    std::string owner;
    CivilDate due{};
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const ActionItem&) const = default;
};

// [SECTION] Fund %, competition % and current position

// The levels the method names, with what each means; any whole percent 0..100 is accepted.
struct PercentLevel {
    int percent;
    const char* meaning;            // English, also the translation key
};
inline constexpr PercentLevel fund_levels[] = {
    {25, "Interest only, no purchase request."},
    {50, "Purchase request filed, budget not confirmed."},
    {75, "Budget approved, procurement started."},
    {99, "Tender published or price negotiation under way."},
};
inline constexpr PercentLevel competition_levels[] = {
    {25, "The buyer strongly prefers a competitor."},
    {50, "The buyer has no preference."},
    {75, "The buyer prefers us."},
    {99, "We are specified: the requirements are locked to us."},
};

// Current position: how the seller feels about the deal, -5..+5. There is no 0: the seller must
// lean one way.
inline constexpr int min_position = -5;
inline constexpr int max_position = 5;
// "euphoria" for +5 down to "panic" for -5 (English, also the translation key); "" for 0 or
// anything outside -5..+5.
const char* position_word(int position);

// [SECTION] Checks
// Each rule is written once, as a predicate cheap enough to run over every deal every frame;
// each check_ function returns the Problem for a value its predicate refuses (field named after
// the Deal member), or no problem.

constexpr bool is_valid_percent(int percent) { return percent >= 0 && percent <= 100; }
constexpr bool is_valid_position(int position) {
    return position >= min_position && position <= max_position && position != 0;
}
constexpr bool is_valid_rating(int rating) { return rating >= -5 && rating <= 5; }
constexpr bool is_valid_roles(unsigned roles) { return roles != 0 && (roles & ~all_buying_roles) == 0; }


Problem check_fund_percent(int percent);          // whole number 0..100
Problem check_competition_percent(int percent);   // whole number 0..100
Problem check_position(int position);             // -5..+5, not 0
Problem check_rating(int rating);                 // -5..+5
Problem check_roles(unsigned roles);              // at least one of E, T, U, C and nothing else
// Dates: valid_date in civil_date.h.

} // namespace quotient
