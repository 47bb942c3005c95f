// The forward funnel (DOMAIN.md section 1): top volume x stage rates -> count per stage,
// drop-off, overall conversion, bottleneck and revenue, and every way the input can be wrong.
#include <doctest/doctest.h>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>
#include "core/funnel.h"

using namespace quotient;

namespace {

Funnel make(double top, std::vector<double> rates, int64_t deal_cents = 5'000'00) {
    Funnel f;
    f.top_volume = top;
    for (size_t i = 0; i < rates.size(); ++i)
        f.stages.push_back(Stage{"Stage " + std::to_string(i + 1), rates[i]});
    f.average_deal = Money{deal_cents, currency_from_code("USD")};
    return f;
}

// Checks that the outcome failed with this code and field.
void check_problem(const Outcome<ForwardFunnel>& r, const char* code, const char* field) {
    CHECK_FALSE(r.ok());
    REQUIRE(r.problem.code != nullptr);
    CHECK(std::string(r.problem.code) == code);
    CHECK(r.problem.field == field);
    CHECK(std::strlen(r.problem.message) > 0);
    // A failed outcome carries no half-computed results.
    CHECK(r.value.stages.empty());
}

bool all_finite(const ForwardFunnel& ff) {
    for (const StageFlow& s : ff.stages)
        if (!std::isfinite(s.count) || !std::isfinite(s.drop_off) || !std::isfinite(s.drop_off_rate))
            return false;
    return std::isfinite(ff.won) && std::isfinite(ff.overall_conversion);
}

std::vector<std::string> names(const Funnel& f) {
    std::vector<std::string> out;
    for (const Stage& s : f.stages) out.push_back(s.name);
    return out;
}

} // namespace

// [SECTION] Worked examples

TEST_CASE("forward funnel: 1000 prospects at 50% then 40% leave 200 won deals worth $1,000,000") {
    // By hand: 1000 x 0.5 = 500 reach stage 2 (500 lost, 50%); 500 x 0.4 = 200 reach stage 3
    // (300 lost, 60%); 200 / 1000 = 20% overall; stage 2 lets the smallest share through
    // (40% < 50%), so it is the bottleneck; 200 won x $5,000 = $1,000,000 = 100,000,000 cents.
    auto r = forward_funnel(make(1000, {0.5, 0.4, 0}));
    REQUIRE(r.ok());
    const ForwardFunnel& ff = r.value;
    REQUIRE(ff.stages.size() == 3);
    CHECK(ff.stages[0].count == 1000);
    CHECK(ff.stages[1].count == doctest::Approx(500));
    CHECK(ff.stages[2].count == doctest::Approx(200));
    CHECK(ff.stages[0].drop_off == doctest::Approx(500));
    CHECK(ff.stages[1].drop_off == doctest::Approx(300));
    CHECK(ff.stages[2].drop_off == 0);
    CHECK(ff.stages[0].drop_off_rate == doctest::Approx(0.5));
    CHECK(ff.stages[1].drop_off_rate == doctest::Approx(0.6));
    CHECK(ff.stages[2].drop_off_rate == 0);
    CHECK(ff.won == doctest::Approx(200));
    CHECK(ff.overall_conversion == doctest::Approx(0.2));
    CHECK(ff.bottleneck == 1);
    CHECK(ff.revenue.minor == 100'000'000);
    CHECK(std::strcmp(ff.revenue.currency.code, "USD") == 0);
}

TEST_CASE("forward funnel: the lead-pipeline preset turns 1000 prospects into 12.5 won deals, $62,500") {
    // By hand: 1000 x 0.5 = 500 leads, x 0.4 = 200 MQL, x 0.5 = 100 SQL, x 0.5 = 50 opportunities,
    // x 0.25 = 12.5 won; 12.5 x $5,000 = $62,500. Opportunity (25%) is the bottleneck.
    auto r = forward_funnel(funnel_preset(FunnelPreset::LeadPipeline));
    REQUIRE(r.ok());
    CHECK(r.value.won == doctest::Approx(12.5));
    CHECK(r.value.overall_conversion == doctest::Approx(0.0125));
    CHECK(r.value.bottleneck == 4);
    CHECK(r.value.revenue.minor == 6'250'000);
}

TEST_CASE("drop-off: each stage loses its count minus the next stage's count; the last loses none") {
    auto r = forward_funnel(make(800, {0.75, 0.5, 0.1, 0}));
    REQUIRE(r.ok());
    const auto& s = r.value.stages;
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        CHECK(s[i].drop_off == doctest::Approx(s[i].count - s[i + 1].count));
        CHECK(s[i].drop_off_rate == doctest::Approx(s[i].drop_off / s[i].count));
    }
    CHECK(s.back().drop_off == 0);
    CHECK(s.back().drop_off_rate == 0);
    CHECK(s[0].drop_off == doctest::Approx(200));
    CHECK(s[1].drop_off == doctest::Approx(300));
    CHECK(s[2].drop_off == doctest::Approx(270));
}

TEST_CASE("overall conversion: won over top volume, 15 won of 100 entrants is 15%") {
    auto r = forward_funnel(make(100, {0.5, 0.3, 0}));
    REQUIRE(r.ok());
    CHECK(r.value.won == doctest::Approx(15));
    CHECK(r.value.overall_conversion == doctest::Approx(0.15));
}

TEST_CASE("bottleneck: the stage letting the smallest share through") {
    auto r = forward_funnel(make(1000, {0.9, 0.2, 0.6, 0}));
    REQUIRE(r.ok());
    CHECK(r.value.bottleneck == 1);
}

TEST_CASE("bottleneck: a tie goes to the first stage, whose fix lifts every stage after it") {
    auto r = forward_funnel(make(1000, {0.5, 0.3, 0.3, 0}));
    REQUIRE(r.ok());
    CHECK(r.value.bottleneck == 1);
    auto all_equal = forward_funnel(make(1000, {0.4, 0.4, 0.4, 0}));
    REQUIRE(all_equal.ok());
    CHECK(all_equal.value.bottleneck == 0);
}

TEST_CASE("bottleneck: none (-1) when every stage passes 100% through") {
    auto r = forward_funnel(make(1000, {1, 1, 0}));
    REQUIRE(r.ok());
    CHECK(r.value.bottleneck == -1);
    CHECK(r.value.won == 1000);
}

TEST_CASE("revenue: won x deal is rounded once, halves to even (0.5 won x 25 cents = 12 cents)") {
    // 1 prospect x 50% = 0.5 won; 0.5 x 25 cents = 12.5 cents -> 12 (even).
    auto even = forward_funnel(make(1, {0.5, 0}, 25));
    REQUIRE(even.ok());
    CHECK(even.value.revenue.minor == 12);
    // 0.5 x 27 cents = 13.5 cents -> 14 (even).
    auto up = forward_funnel(make(1, {0.5, 0}, 27));
    REQUIRE(up.ok());
    CHECK(up.value.revenue.minor == 14);
    // 1 x 1/3 won x 100 cents = 33.33 cents -> 33.
    auto third = forward_funnel(make(1, {1.0 / 3.0, 0}, 100));
    REQUIRE(third.ok());
    CHECK(third.value.revenue.minor == 33);
}

TEST_CASE("revenue: keeps the currency of the average deal (JPY)") {
    Funnel f = make(10, {0.5, 0});
    f.average_deal = Money{100'000, currency_from_code("JPY")};
    auto r = forward_funnel(f);
    REQUIRE(r.ok());
    CHECK(r.value.revenue.minor == 500'000);
    CHECK(std::strcmp(r.value.revenue.currency.code, "JPY") == 0);
}

// [SECTION] Validation

TEST_CASE("validation: a funnel with no stages is refused") {
    Funnel f = make(1000, {});
    check_problem(forward_funnel(f), "no_stages", "stages");
    CHECK(std::string(validate_funnel(f).code) == "no_stages");
}

TEST_CASE("validation: a rate of 1.5 (150%) is out of range") {
    check_problem(forward_funnel(make(1000, {0.5, 1.5, 0})), "rate_out_of_range", "stages[1].rate_to_next");
}

TEST_CASE("validation: a rate of -0.1 is out of range") {
    check_problem(forward_funnel(make(1000, {-0.1, 0})), "rate_out_of_range", "stages[0].rate_to_next");
}

TEST_CASE("validation: a NaN or infinite rate is out of range") {
    check_problem(forward_funnel(make(1000, {0.5, 0.5, std::nan(""), 0})), "rate_out_of_range",
                  "stages[2].rate_to_next");
    check_problem(forward_funnel(make(1000, {INFINITY, 0})), "rate_out_of_range", "stages[0].rate_to_next");
}

TEST_CASE("validation: rates of exactly 0 and 1 are allowed") {
    auto r = forward_funnel(make(1000, {1, 0, 0}));
    REQUIRE(r.ok());
    CHECK(r.value.won == 0);
    CHECK(r.value.bottleneck == 1);
    CHECK(r.value.revenue.minor == 0);
}

TEST_CASE("validation: the last stage's rate is not used, so it is not checked") {
    auto r = forward_funnel(make(1000, {0.5, 7}));
    REQUIRE(r.ok());
    CHECK(r.value.won == 500);
}

TEST_CASE("validation: a negative or NaN top volume is refused") {
    check_problem(forward_funnel(make(-1, {0.5, 0})), "volume_negative", "top_volume");
    check_problem(forward_funnel(make(std::nan(""), {0.5, 0})), "volume_negative", "top_volume");
}

TEST_CASE("validation: a top volume above 10^12 is too large") {
    check_problem(forward_funnel(make(1e13, {0.5, 0})), "volume_too_large", "top_volume");
    check_problem(forward_funnel(make(INFINITY, {0.5, 0})), "volume_negative", "top_volume");
}

TEST_CASE("validation: a negative average deal is refused") {
    check_problem(forward_funnel(make(1000, {0.5, 0}, -1)), "deal_negative", "average_deal");
}

TEST_CASE("validation: an average deal above $1,000,000,000 is too large") {
    check_problem(forward_funnel(make(1000, {0.5, 0}, max_minor_units / 1'000'000 + 1)), "deal_too_large",
                  "average_deal");
}

TEST_CASE("validation: negative days in a stage are refused, naming the stage") {
    Funnel f = make(1000, {0.5, 0.5, 0});
    f.stages[1].days_in_stage = -3;
    check_problem(forward_funnel(f), "days_negative", "stages[1].days_in_stage");
    f.stages[1].days_in_stage = std::nan("");
    check_problem(forward_funnel(f), "days_negative", "stages[1].days_in_stage");
}

TEST_CASE("validation: the first problem found is the one reported") {
    Funnel f = make(-5, {2.0, 0});
    check_problem(forward_funnel(f), "volume_negative", "top_volume");
}

// [SECTION] Edge cases

TEST_CASE("zero volume: every count is 0 and overall conversion is 0, not NaN") {
    auto r = forward_funnel(make(0, {0.5, 0.4, 0}));
    REQUIRE(r.ok());
    CHECK(all_finite(r.value));
    for (const StageFlow& s : r.value.stages) {
        CHECK(s.count == 0);
        CHECK(s.drop_off == 0);
    }
    CHECK(r.value.won == 0);
    CHECK(r.value.overall_conversion == 0);
    CHECK(r.value.revenue.minor == 0);
}

TEST_CASE("zero volume written as -0 gives plain zeros, not -0") {
    auto r = forward_funnel(make(-0.0, {0.5, 0}));
    REQUIRE(r.ok());
    for (const StageFlow& s : r.value.stages) {
        CHECK_FALSE(std::signbit(s.count));
        CHECK_FALSE(std::signbit(s.drop_off));
    }
    CHECK_FALSE(std::signbit(r.value.won));
    CHECK(r.value.revenue.minor == 0);
}

TEST_CASE("single-stage funnel: everyone entering is won, nothing drops off, no bottleneck") {
    auto r = forward_funnel(make(42, {0.3}));
    REQUIRE(r.ok());
    REQUIRE(r.value.stages.size() == 1);
    CHECK(r.value.stages[0].count == 42);
    CHECK(r.value.stages[0].drop_off == 0);
    CHECK(r.value.stages[0].drop_off_rate == 0);
    CHECK(r.value.won == 42);
    CHECK(r.value.overall_conversion == 1);
    CHECK(r.value.bottleneck == -1);
    CHECK(r.value.revenue.minor == 42 * 5'000'00);
}

TEST_CASE("24 stages are allowed: 1000 x 0.9^23 are won") {
    std::vector<double> rates(24, 0.9);
    auto r = forward_funnel(make(1000, rates));
    REQUIRE(r.ok());
    CHECK(r.value.stages.size() == 24);
    CHECK(r.value.won == doctest::Approx(1000 * std::pow(0.9, 23)));
    CHECK(r.value.bottleneck == 0);
}

TEST_CASE("25 stages are too many") {
    std::vector<double> rates(25, 0.9);
    check_problem(forward_funnel(make(1000, rates)), "too_many_stages", "stages");
}

TEST_CASE("huge funnel: 10^12 prospects at half a deal each stay exact within Money's range") {
    // 10^12 x 0.5 = 5 x 10^11 won x $1,000 = $5 x 10^14 = 5 x 10^16 cents, below 10^17.
    auto r = forward_funnel(make(1e12, {0.5, 0}, 1'000'00));
    REQUIRE(r.ok());
    CHECK(r.value.won == 5e11);
    CHECK(r.value.revenue.minor == 50'000'000'000'000'000LL);
}

TEST_CASE("huge funnel: 10^12 won deals of $1,000,000,000 give a problem, not an overflow") {
    auto r = forward_funnel(make(1e12, {1, 0}, max_minor_units / 1'000'000));
    check_problem(r, "revenue_too_large", "");
}

TEST_CASE("every number in a forward funnel is finite, for a sweep of inputs") {
    // A deterministic linear congruential generator: the same inputs every run and platform.
    uint64_t state = 20240601;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);   // [0, 1)
    };
    int ok = 0, refused = 0;
    for (int round = 0; round < 2000; ++round) {
        int n = 1 + int(next() * 24);
        std::vector<double> rates(static_cast<size_t>(n));
        for (double& r : rates) {
            double u = next();
            r = u < 0.1 ? 0.0 : u > 0.9 ? 1.0 : u;   // plenty of exact 0s and 1s
        }
        double top = std::pow(10.0, next() * 12.5) - 1;   // 0 .. ~3e12, some beyond the limit
        if (round % 50 == 0) top = 0;
        auto deal = int64_t(std::pow(10.0, next() * 11.5));   // 1 cent .. ~$3e9
        auto r = forward_funnel(make(top, rates, deal));
        if (!r.ok()) {
            ++refused;
            CHECK(r.problem.code != nullptr);
            continue;
        }
        ++ok;
        const ForwardFunnel& ff = r.value;
        REQUIRE(all_finite(ff));
        CHECK(ff.stages.size() == size_t(n));
        CHECK(ff.overall_conversion >= 0);
        CHECK(ff.overall_conversion <= 1);
        CHECK(ff.revenue.minor >= 0);
        CHECK(ff.revenue.minor <= max_minor_units);
        for (size_t i = 0; i < ff.stages.size(); ++i) {
            CHECK(ff.stages[i].drop_off >= 0);
            CHECK(ff.stages[i].drop_off_rate >= 0);
            CHECK(ff.stages[i].drop_off_rate <= 1);
            if (i + 1 < ff.stages.size()) CHECK(ff.stages[i + 1].count <= ff.stages[i].count);
        }
    }
    CHECK(ok > 1000);
    CHECK(refused > 0);
}

// [SECTION] Presets

TEST_CASE("presets: the 6-stage buyer journey") {
    CHECK(names(funnel_preset(FunnelPreset::BuyerJourney6)) ==
          std::vector<std::string>{"Awareness", "Interest", "Consideration", "Intent", "Evaluation", "Purchase"});
}

TEST_CASE("presets: the classic 4 stages") {
    CHECK(names(funnel_preset(FunnelPreset::Classic4)) ==
          std::vector<std::string>{"Awareness", "Interest", "Decision", "Action"});
}

TEST_CASE("presets: the B2B 5 stages") {
    CHECK(names(funnel_preset(FunnelPreset::B2B5)) ==
          std::vector<std::string>{"Initial contact", "Needs confirmed", "Proposal & quote", "Negotiation",
                                   "Closed"});
}

TEST_CASE("presets: the lead pipeline") {
    CHECK(names(funnel_preset(FunnelPreset::LeadPipeline)) ==
          std::vector<std::string>{"Prospect", "Lead", "MQL", "SQL", "Opportunity", "Won"});
}

TEST_CASE("presets: every preset is a valid funnel and is found again by its id") {
    for (FunnelPreset p : all_funnel_presets) {
        Funnel f = funnel_preset(p);
        CHECK(validate_funnel(f).code == nullptr);
        CHECK(forward_funnel(f).ok());
        auto found = funnel_preset_from_id(funnel_preset_id(p));
        REQUIRE(found.ok());
        CHECK(found.value == p);
    }
    CHECK(std::string(funnel_preset_id(FunnelPreset::LeadPipeline)) == "lead-pipeline");
}

TEST_CASE("presets: an unknown id is a problem on the preset field") {
    auto r = funnel_preset_from_id("Lead Pipeline");
    CHECK_FALSE(r.ok());
    CHECK(std::string(r.problem.code) == "unknown_preset");
    CHECK(r.problem.field == "preset");
}
