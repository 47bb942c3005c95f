// quotient-cli funnel: the forward funnel of DOMAIN.md section 1, JSON in and JSON out.
// Input conventions: rates are fractions 0..1, money is in major units, the average deal is
// rounded to the minor unit by the core's rule (halves to even). See docs/cli.md.
#include <cstdio>
#include "commands.h"
#include "core/format.h"
#include "core/funnel.h"
#include "json_io.h"

namespace quotient::cli {

static const char* const funnel_help = R"(Usage: quotient-cli funnel [FILE|-]

Forward funnel: top-of-funnel volume x stage rates -> count per stage, drop-off,
overall conversion, bottleneck (the stage letting the smallest share through)
and revenue (won x average deal). Reads JSON from FILE, or standard input when
FILE is '-' or absent.

Input (a JSON object):
  preset        optional: buyer-journey-6, classic-4, b2b-5 or lead-pipeline;
                the fields below then override the preset's
  top_volume    number >= 0 (at most 1e12): prospects entering the first stage
  average_deal  value of one won deal in major units: 5000, 4999.99 or "4999.99"
  currency      ISO 4217 code, default "USD" (JPY and others without minor units
                round to whole units)
  stages        array of {"name": "Lead", "rate": 0.5, "days_in_stage": 12};
                rate = share passing to the next stage, a fraction from 0 to 1
                (0.15 means 15%); required on every stage but the last, where it
                is not used; days_in_stage optional, >= 0; 1 to 24 stages
  Without a preset, top_volume, average_deal and stages are required.

Output:
  {"stages": [{"name", "count", "drop_off", "drop_off_rate"}...], "won",
   "overall_conversion", "bottleneck": {"index", "name"} or null,
   "revenue": {"minor", "currency", "major"}}

Example:
  echo '{"preset": "lead-pipeline", "top_volume": 2000}' | quotient-cli funnel
)";

// The core names a stage's rate after its struct member; the CLI input calls it "rate".
static std::string cli_field(std::string field) {
    const std::string core = ".rate_to_next", cli = ".rate";
    if (size_t at = field.find(core); at != std::string::npos) field.replace(at, core.size(), cli);
    return field;
}

static std::vector<Stage> read_stages(const Json& v) {
    const Json& list = expect_array(v, "stages");
    std::vector<Stage> stages;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = "stages[" + std::to_string(i) + "]";
        const Json& s = expect_object(list[i], at);
        reject_unknown_keys(s, {"name", "rate", "days_in_stage"}, at);
        Stage stage;
        stage.name = text(require(s, "name", at + ".name"), at + ".name");
        if (i + 1 < list.size())
            stage.rate_to_next = number(require(s, "rate", at + ".rate"), at + ".rate");
        else if (const Json* rate = find(s, "rate"))
            stage.rate_to_next = number(*rate, at + ".rate");   // type-checked, otherwise unused
        if (const Json* days = find(s, "days_in_stage"))
            stage.days_in_stage = number(*days, at + ".days_in_stage");
        stages.push_back(stage);
    }
    return stages;
}

static Funnel read_funnel(const Json& in) {
    if (!in.is_object()) fail("wrong_type", "", "The input must be a JSON object.");
    reject_unknown_keys(in, {"preset", "top_volume", "average_deal", "currency", "stages"}, "");
    Funnel f;
    if (const Json* preset = find(in, "preset")) {
        auto p = funnel_preset_from_id(text(*preset, "preset"));
        if (!p.ok()) fail(p.problem, "preset");
        f = funnel_preset(p.value);
    } else {
        for (const char* key : {"top_volume", "average_deal", "stages"}) require(in, key, key);
    }
    if (const Json* v = find(in, "top_volume")) f.top_volume = number(*v, "top_volume");
    if (const Json* v = find(in, "stages")) f.stages = read_stages(*v);

    // The deal keeps its amount in major units when only the currency changes (a preset's
    // 5000 USD becomes 5000 JPY), and is rounded to the minor unit once, by the core.
    Currency cur = f.average_deal.currency;
    if (const Json* v = find(in, "currency")) cur = currency(*v, "currency");
    double deal_major = to_major(f.average_deal);
    if (const Json* v = find(in, "average_deal")) deal_major = decimal(*v, "average_deal");
    auto deal = money_from_major(deal_major, cur);
    if (!deal.ok()) fail(deal.problem, "average_deal");
    f.average_deal = deal.value;
    return f;
}

static Json funnel_json(const Funnel& f, const ForwardFunnel& ff) {
    Json stages = Json::array();
    for (size_t i = 0; i < ff.stages.size(); ++i) {
        Json s;
        s["name"] = f.stages[i].name;
        s["count"] = ff.stages[i].count;
        s["drop_off"] = ff.stages[i].drop_off;
        s["drop_off_rate"] = ff.stages[i].drop_off_rate;
        stages.push_back(s);
    }
    Json out;
    out["stages"] = stages;
    out["won"] = ff.won;
    out["overall_conversion"] = ff.overall_conversion;
    if (ff.bottleneck >= 0)
        out["bottleneck"] = Json{{"index", ff.bottleneck}, {"name", f.stages[size_t(ff.bottleneck)].name}};
    else
        out["bottleneck"] = nullptr;
    out["revenue"] = money_json(ff.revenue);
    return out;
}

int run_funnel(const std::vector<std::string>& args) {
    CommandArgs a = parse_command_args("funnel", args);
    if (a.help) {
        std::fputs(funnel_help, stdout);
        return exit_ok;
    }
    Funnel f = read_funnel(read_input(a.input));
    auto result = forward_funnel(f);
    if (!result.ok()) {
        if (std::string(result.problem.code) == "rate_out_of_range")
            fail(result.problem.code, cli_field(result.problem.field),
                 "A rate must be a fraction from 0 to 1: use 0.15 for 15%.");
        fail(result.problem, cli_field(result.problem.field));
    }
    print_json(funnel_json(f, result.value));
    return exit_ok;
}

} // namespace quotient::cli
