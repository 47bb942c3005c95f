// quotient-cli kpi: the KPIs of DOMAIN.md section 3, JSON in and JSON out. One KPI by id, or
// every KPI whose inputs are all given; --list describes them all. Conventions as everywhere in
// the CLI: rates are fractions 0..1, money is in major units, rounded once by the core. See
// docs/cli.md.
#include <cstdio>
#include "commands.h"
#include "outputs.h"

namespace quotient::cli {

static const char* const kpi_help = R"(Usage: quotient-cli kpi [FILE|-]
       quotient-cli kpi --list

Sales and SaaS KPIs: CAC, ACV, churn, LTV, LTV:CAC, NRR, win rate, NPS and more.
Evaluates the KPI named by "kpi", or, without it, every KPI whose inputs are
all given. Reads JSON from FILE, or standard input when FILE is '-' or absent.
--list prints every KPI with its inputs, their units and valid ranges (and
choices, for an input that takes only a few values).

Input (a JSON object):
  kpi       optional: a KPI id, such as "cac" (--list names them all)
  currency  ISO 4217 code of every amount, default "USD"
  inputs    object of input id -> value, by the input's unit:
              money       amount in major units: 5000, 4999.99 or "4999.99"
              fraction    a rate from 0 to 1 (0.15 means 15%); a markup is a
                          fraction of cost and may exceed 1 (1.5 means 150%)
              count, days, years   a number >= 0
              months      billing_period_months: 1, 3 or 12 (monthly,
                          quarterly or yearly billing)
              score_list  array of whole numbers from 0 to 10 (NPS answers)
            An input shared by several KPIs (sales_marketing_spend feeds CAC,
            CAC payback and LTV:CAC) is given once. An optional input (MRR
            movements, one-time fees, NPS answer counts) left out counts as 0.

Output for one KPI:
  {"id", "name", "unit", "value", "amount" (money units: {"minor", "currency",
   "major"}), "text", "formula", "steps", "rule_of_thumb", "verdict"}
Without "kpi": {"results": [...]}, one entry per KPI whose inputs are given; a
KPI undefined for these inputs (zero customers...) is {"id", "name", "error"}.

Example:
  echo '{"kpi": "cac", "inputs": {"sales_marketing_spend": 500000, "new_customers": 50}}' | quotient-cli kpi
)";

// [SECTION] Input

// A core field ("new_customers", "scores[2]") as the CLI input spells it.
static std::string cli_field(const std::string& field) {
    if (field.empty() || field == "kpi") return field;
    return "inputs." + field;
}

[[noreturn]] static void fail_input(const Problem& p) {
    const std::string code = p.code;
    if (code == "rate_out_of_range")
        fail(p.code, cli_field(p.field), "A rate must be a fraction from 0 to 1: use 0.15 for 15%.");
    if (code == "markup_out_of_range")
        fail(p.code, cli_field(p.field), "A markup must be a fraction of cost from 0 to 100: use 1.5 for 150%.");
    if (code == "missing_input") {
        const std::string path = cli_field(p.field);
        fail("missing_field", path, "The field '" + path + "' is required.");
    }
    fail(p, cli_field(p.field));
}

// Every given input is read by its unit and checked against its range, used or not, so that a
// mistake in a shared file never waits for the day its KPI is asked for.
static KpiInputs read_inputs(const Json& in) {
    KpiInputs out;
    if (const Json* v = find(in, "currency")) out.currency = currency(*v, "currency");
    const Json* given = find(in, "inputs");
    if (!given) return out;
    expect_object(*given, "inputs");
    for (auto it = given->begin(); it != given->end(); ++it) {
        const std::string path = "inputs." + it.key();
        const KpiInput* input = find_kpi_input(it.key());
        if (!input)
            fail("unknown_field", path, "Unknown input '" + path + "'. Run quotient-cli kpi --list for every input.");
        Problem p;
        if (input->unit == KpiUnit::ScoreList) {
            const Json& list = expect_array(*it, path);
            std::vector<double>& scores = out.lists[input->id];
            for (size_t i = 0; i < list.size(); ++i) scores.push_back(number(list[i], path + "[" + std::to_string(i) + "]"));
            p = validate_kpi_list(*input, scores);
        } else {
            const double v = input->unit == KpiUnit::Money ? decimal(*it, path) : number(*it, path);
            out.values[input->id] = v;
            p = validate_kpi_input(*input, v);
        }
        if (p.code) fail_input(p);
    }
    return out;
}

// [SECTION] Output

static Json text_or_null(const char* s) { return s ? Json(s) : Json(nullptr); }

Json kpi_result_json(const KpiDef& kpi, const KpiResult& r) {
    Json out;
    out["id"] = kpi.id;
    out["name"] = kpi.name;
    out["unit"] = kpi_unit_id(kpi.unit);
    out["value"] = r.value;
    if (kpi.unit == KpiUnit::Money || kpi.unit == KpiUnit::MoneyPerDay) out["amount"] = money_json(r.money);
    const char* word = kpi_unit_word(kpi.unit);
    out["text"] = word ? r.text + " " + word : r.text;
    out["formula"] = kpi.formula;
    Json steps = Json::array();
    for (const KpiStep& s : r.steps) steps.push_back(std::string(s.label) + " = " + s.expression);
    out["steps"] = steps;
    out["rule_of_thumb"] = text_or_null(kpi.rule_of_thumb);
    out["verdict"] = text_or_null(r.verdict);
    return out;
}

static Json list_json() {
    Json kpis = Json::array();
    for (const KpiDef& k : kpi_catalog()) {
        Json inputs = Json::array();
        for (const KpiInput* in : k.inputs) {
            Json input{{"id", in->id}, {"label", in->label}, {"unit", kpi_unit_id(in->unit)},
                       {"min", in->min}, {"max", in->max}, {"optional", in->optional}};
            // Only an input that takes a few values says which (a billing period of 1, 3 or 12).
            if (!in->choices.empty()) input["choices"] = in->choices;
            inputs.push_back(input);
        }
        Json j;
        j["id"] = k.id;
        j["name"] = k.name;
        j["group"] = kpi_group_id(k.group);
        j["unit"] = kpi_unit_id(k.unit);
        j["inputs"] = inputs;
        j["formula"] = k.formula;
        j["rule_of_thumb"] = text_or_null(k.rule_of_thumb);
        kpis.push_back(j);
    }
    return Json{{"kpis", kpis}};
}

// [SECTION] Command

static Json evaluate_one(const std::string& id, const KpiInputs& inputs) {
    const KpiDef* kpi = find_kpi(id);
    if (!kpi) fail("unknown_kpi", "kpi", "Unknown KPI '" + id + "'. Run quotient-cli kpi --list for the ids.");
    auto r = evaluate_kpi(*kpi, inputs, cli_locale);
    if (!r.ok()) fail_input(r.problem);
    return kpi_result_json(*kpi, r.value);
}

static Json evaluate_all(const KpiInputs& inputs) {
    Json results = Json::array();
    for (const KpiDef& k : kpi_catalog()) {
        if (!kpi_inputs_present(k, inputs)) continue;
        auto r = evaluate_kpi(k, inputs, cli_locale);
        if (r.ok()) {
            results.push_back(kpi_result_json(k, r.value));
        } else {
            const std::string field = cli_field(r.problem.field);
            results.push_back(Json{{"id", k.id}, {"name", k.name},
                                   {"error", error_envelope(CliError{r.problem.code, field, r.problem.message})["error"]}});
        }
    }
    if (results.empty())
        fail("no_kpi_inputs", "inputs", "No KPI has all of its inputs. Run quotient-cli kpi --list to see each KPI's inputs.");
    return Json{{"results", results}};
}

int run_kpi(const std::vector<std::string>& args) {
    std::vector<std::string> rest;
    bool list = false;
    for (const std::string& a : args) {
        if (a == "--list") list = true;
        else rest.push_back(a);
    }
    CommandArgs a = parse_command_args("kpi", rest);
    if (a.help) {
        std::fputs(kpi_help, stdout);
        return exit_ok;
    }
    if (list) {
        if (!rest.empty()) fail("usage", "", "kpi --list takes no input file.");
        print_json(list_json());
        return exit_ok;
    }
    const Json in = read_input(a.input);
    if (!in.is_object()) fail("wrong_type", "", "The input must be a JSON object.");
    reject_unknown_keys(in, {"kpi", "currency", "inputs"}, "");
    const KpiInputs inputs = read_inputs(in);
    if (const Json* id = find(in, "kpi")) print_json(evaluate_one(text(*id, "kpi"), inputs));
    else print_json(evaluate_all(inputs));
    return exit_ok;
}

} // namespace quotient::cli
