// The sales funnel: an ordered list of stages, each converting some share of its volume to the
// next stage. DOMAIN.md section 1.
//
// Index
// [SECTION] Model and presets
// [SECTION] Editing stages
// [SECTION] Forward funnel (top volume -> count per stage, drop-off, bottleneck, revenue)
// [SECTION] Win rate per stage
// Reverse funnel and goal seek: funnel_reverse.h. Ideal funnel: ideal_funnel.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include "money.h"
#include "outcome.h"
#include "unknown_members.h"

namespace quotient {

// [SECTION] Model and presets

struct Stage {
    std::string name;
    double rate_to_next = 0.5;      // share of this stage's volume that reaches the next stage, 0..1
    double days_in_stage = 0;       // average time a prospect spends here (0 = unknown)
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Stage&) const = default;
};

// The last stage is where deals are won; its rate_to_next is not used.
struct Funnel {
    std::vector<Stage> stages;
    double top_volume = 1000;       // prospects entering the first stage in the period
    Money average_deal{};           // value of one won deal
    UnknownMembers unknown{};       // fields of a newer version, kept for saving
    bool operator==(const Funnel&) const = default;
};

enum class FunnelPreset { BuyerJourney6, Classic4, B2B5, LeadPipeline };
inline constexpr FunnelPreset all_funnel_presets[] = {
    FunnelPreset::BuyerJourney6, FunnelPreset::Classic4, FunnelPreset::B2B5, FunnelPreset::LeadPipeline};
Funnel funnel_preset(FunnelPreset preset);

// Stable, untranslated ids for the presets, as the CLI and saved documents name them:
// "buyer-journey-6", "classic-4", "b2b-5", "lead-pipeline".
const char* funnel_preset_id(FunnelPreset preset);
// Fails with code "unknown_preset", field "preset" for any other text.
Outcome<FunnelPreset> funnel_preset_from_id(std::string_view id);

// Largest top-of-funnel volume we accept: beyond this no real funnel exists and money
// results would overflow.
inline constexpr double max_funnel_volume = 1e12;
inline constexpr int max_funnel_stages = 24;

// Checks every input; the first problem found names its field ("stages[2].rate_to_next").
Problem validate_funnel(const Funnel& f);

// [SECTION] Editing stages
// Each returns false (and changes nothing) when the index is out of range or the change would
// leave the funnel with no stage or more than max_funnel_stages.

bool insert_stage(Funnel& f, size_t at, std::string name);  // new stage converts 50% by default
bool remove_stage(Funnel& f, size_t at);
bool move_stage(Funnel& f, size_t from, size_t to);

// [SECTION] Forward funnel

struct StageFlow {
    double count = 0;               // prospects in this stage (exact, may be fractional)
    double drop_off = 0;            // prospects lost between this stage and the next
    double drop_off_rate = 0;       // drop_off / count, 0..1 (0 for the last stage)
};

struct ForwardFunnel {
    std::vector<StageFlow> stages;  // one per funnel stage
    double won = 0;                 // count in the last stage
    double overall_conversion = 0;  // won / top volume (0 when the top volume is 0)
    int bottleneck = -1;            // stage with the largest relative loss; -1 if none loses
    Money revenue{};                // won x average deal, rounded once by the money rule
};

// count[0] = top volume; count[i+1] = count[i] x rate_to_next[i].
// Fails with validate_funnel's problem, or "revenue_too_large" when won x deal exceeds Money's range.
Outcome<ForwardFunnel> forward_funnel(const Funnel& f);

// [SECTION] Win rate per stage

// Probability that an opportunity now in stage i ends as a won deal: the product of the
// conversion rates from stage i to the last stage (1 for the last stage itself).
Outcome<std::vector<double>> stage_win_rates(const Funnel& f);

} // namespace quotient
