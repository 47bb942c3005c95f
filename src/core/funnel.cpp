#include "funnel.h"
#include <cmath>
#include <utility>

namespace quotient {

// [SECTION] Model and presets

static Funnel make_funnel(std::initializer_list<Stage> stages) {
    Funnel f;
    f.stages = stages;
    f.average_deal = Money{5'000'00, currency_from_code("USD")};
    return f;
}

// Rates and days in stage are plausible starting points for a demonstration, not benchmarks.
Funnel funnel_preset(FunnelPreset preset) {
    switch (preset) {
    case FunnelPreset::BuyerJourney6:
        return make_funnel({{"Awareness", 0.40, 7}, {"Interest", 0.50, 7}, {"Consideration", 0.50, 14},
                            {"Intent", 0.60, 10}, {"Evaluation", 0.50, 14}, {"Purchase", 0}});
    case FunnelPreset::Classic4:
        return make_funnel({{"Awareness", 0.30, 7}, {"Interest", 0.40, 14}, {"Decision", 0.50, 21}, {"Action", 0}});
    case FunnelPreset::B2B5:
        return make_funnel({{"Initial contact", 0.50, 14}, {"Needs confirmed", 0.60, 21},
                            {"Proposal & quote", 0.50, 30}, {"Negotiation", 0.70, 21}, {"Closed", 0}});
    case FunnelPreset::LeadPipeline:
        return make_funnel({{"Prospect", 0.50, 7}, {"Lead", 0.40, 14}, {"MQL", 0.50, 10}, {"SQL", 0.50, 14},
                            {"Opportunity", 0.25, 45}, {"Won", 0}});
    }
    return make_funnel({});
}

const char* funnel_preset_id(FunnelPreset preset) {
    switch (preset) {
    case FunnelPreset::BuyerJourney6: return "buyer-journey-6";
    case FunnelPreset::Classic4: return "classic-4";
    case FunnelPreset::B2B5: return "b2b-5";
    case FunnelPreset::LeadPipeline: return "lead-pipeline";
    }
    return "";
}

Outcome<FunnelPreset> funnel_preset_from_id(std::string_view id) {
    for (FunnelPreset p : all_funnel_presets)
        if (id == funnel_preset_id(p)) return Outcome<FunnelPreset>{p, {}};
    return fail<FunnelPreset>("unknown_preset", "preset",
                              "Unknown funnel preset (known: buyer-journey-6, classic-4, b2b-5, lead-pipeline).");
}

static std::string stage_field(size_t i, const char* member) {
    return "stages[" + std::to_string(i) + "]." + member;
}

Problem validate_funnel(const Funnel& f) {
    if (f.stages.empty())
        return {"no_stages", "stages", "The funnel needs at least one stage."};
    if (f.stages.size() > size_t(max_funnel_stages))
        return {"too_many_stages", "stages", "The funnel has too many stages (at most 24)."};
    if (!std::isfinite(f.top_volume) || f.top_volume < 0)
        return {"volume_negative", "top_volume", "The top-of-funnel volume must be zero or more."};
    if (f.top_volume > max_funnel_volume)
        return {"volume_too_large", "top_volume", "The top-of-funnel volume is too large."};
    if (f.average_deal.minor < 0)
        return {"deal_negative", "average_deal", "The average deal size must be zero or more."};
    if (f.average_deal.minor > max_minor_units / 1'000'000)
        return {"deal_too_large", "average_deal", "The average deal size is too large."};
    for (size_t i = 0; i + 1 < f.stages.size(); ++i) {
        double r = f.stages[i].rate_to_next;
        if (!std::isfinite(r) || r < 0 || r > 1)
            return {"rate_out_of_range", stage_field(i, "rate_to_next"),
                    "A conversion rate must be between 0% and 100%."};
    }
    for (size_t i = 0; i < f.stages.size(); ++i)
        if (!std::isfinite(f.stages[i].days_in_stage) || f.stages[i].days_in_stage < 0)
            return {"days_negative", stage_field(i, "days_in_stage"),
                    "Days in stage must be zero or more."};
    return {};
}

// [SECTION] Editing stages

bool insert_stage(Funnel& f, size_t at, std::string name) {
    if (at > f.stages.size() || f.stages.size() >= size_t(max_funnel_stages)) return false;
    Stage s;
    s.name = std::move(name);
    f.stages.insert(f.stages.begin() + std::ptrdiff_t(at), std::move(s));
    return true;
}

bool remove_stage(Funnel& f, size_t at) {
    if (at >= f.stages.size() || f.stages.size() <= 1) return false;
    f.stages.erase(f.stages.begin() + std::ptrdiff_t(at));
    return true;
}

bool move_stage(Funnel& f, size_t from, size_t to) {
    if (from >= f.stages.size() || to >= f.stages.size()) return false;
    Stage s = std::move(f.stages[from]);
    f.stages.erase(f.stages.begin() + std::ptrdiff_t(from));
    f.stages.insert(f.stages.begin() + std::ptrdiff_t(to), std::move(s));
    return true;
}

// [SECTION] Forward funnel

Outcome<ForwardFunnel> forward_funnel(const Funnel& f) {
    if (Problem p = validate_funnel(f); p.code)
        return Outcome<ForwardFunnel>{{}, p};

    ForwardFunnel out;
    out.stages.resize(f.stages.size());
    double count = f.top_volume == 0 ? 0.0 : f.top_volume;   // -0.0 would print as "-0"
    double worst_rate = 1.0;
    for (size_t i = 0; i < f.stages.size(); ++i) {
        StageFlow& s = out.stages[i];
        s.count = count;
        if (i + 1 == f.stages.size()) break;
        double rate = f.stages[i].rate_to_next;
        double next = count * rate;
        s.drop_off = count - next;
        s.drop_off_rate = 1.0 - rate;
        // The bottleneck is the stage that lets the smallest share through; the first one wins
        // a tie, because fixing the earliest leak lifts every stage after it.
        if (rate < worst_rate) {
            worst_rate = rate;
            out.bottleneck = int(i);
        }
        count = next;
    }
    out.won = count;
    out.overall_conversion = f.top_volume > 0 ? out.won / f.top_volume : 0.0;

    // The inputs' limits keep won x deal finite, but not always within Money's range.
    auto revenue = to_minor_units(out.won * double(f.average_deal.minor));
    if (!revenue.ok())
        return fail<ForwardFunnel>("revenue_too_large", "",
                                   "The revenue (won deals x average deal) is too large.");
    out.revenue = Money{revenue.value, f.average_deal.currency};
    return Outcome<ForwardFunnel>{std::move(out), {}};   // move: no second vector allocation
}

// [SECTION] Win rate per stage

Outcome<std::vector<double>> stage_win_rates(const Funnel& f) {
    if (Problem p = validate_funnel(f); p.code) return Outcome<std::vector<double>>{{}, p};
    std::vector<double> win(f.stages.size(), 1.0);
    for (size_t i = f.stages.size() - 1; i-- > 0;) win[i] = win[i + 1] * f.stages[i].rate_to_next;
    return Outcome<std::vector<double>>{std::move(win), {}};
}

} // namespace quotient
