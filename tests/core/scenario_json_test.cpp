// The saved document (scenario_json.h): lossless round trips, documents written by hand or by
// an earlier release, documents from a newer release, damaged documents, the library of named
// scenarios, and share links.
#include <doctest/doctest.h>
#include <algorithm>
#include <string>
#include "core/scenario_json.h"

using namespace quotient;

namespace {

// A scenario with every part moved off its default, with values that trip careless writers:
// rates that have no short decimal form, a yen amount, a negative clawback-style amount,
// non-ASCII text and quotes.
Scenario edited_scenario() {
    Scenario s;
    s.locale = LocaleId::fr_FR;
    s.language = Language::Romanian;
    s.funnel.stages[1].rate_to_next = 0.1 + 0.2;
    s.funnel.stages[0].name = "Prospects \"chauds\" — été";
    s.funnel.top_volume = 1234.5678;
    s.funnel.average_deal = Money{1'999'999, currency_from_code("JPY")};
    s.funnel_target = FunnelTarget{true, Money{-12'345, currency_from_code("EUR")}, PlanPeriod::Year};
    s.plan.period = PlanPeriod::Month;
    s.plan.fiscal_year_start = 4;
    s.plan.quota = Money{75'000'01, currency_from_code("USD")};
    s.plan.sales_cycle_days = 120;
    s.pipeline.team_quota = Money{900'000'00, currency_from_code("USD")};
    s.sales_formula.first_meeting_rate = 1.0 / 3.0;
    s.deals[0].influences[0].roles = role_economic | role_coach;
    s.deals[0].actions.push_back({"Call 王先生", "Ana", {2027, 2, 28}});
    s.deals[1].position = -5;
    s.pipeline.weekly_hours = {0.25, 1e-9, 40};
    s.kpi.values["revenue"] = 500'000;
    s.kpi.lists["scores"] = {9, 10, 0, 7};
    s.commission.plans[0].components[0].method = TierMethod::Interpolated;
    s.commission.plans[0].draw = Draw{DrawKind::Recoverable, Money{5'000'00, currency_from_code("USD")}};
    s.commission.deals[0].churned = true;
    s.commission.deals[0].churn_date = {2024, 2, 29};
    s.commission.rep = "Ioana Popescu";
    apply_sales_plan(s);
    return s;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

TEST_CASE("a new scenario round-trips JSON -> Scenario -> JSON without a change") {
    const std::string json = scenario_to_json(Scenario{});
    Outcome<LoadedScenario> back = scenario_from_json(json);
    REQUIRE(back.ok());
    CHECK(back.value.scenario == Scenario{});
    CHECK(back.value.unknown_fields.empty());
    CHECK(scenario_to_json(back.value.scenario) == json);
}

TEST_CASE("an edited scenario round-trips bit for bit, pretty or compact") {
    const Scenario s = edited_scenario();
    REQUIRE_FALSE(s == Scenario{});
    for (bool pretty : {false, true}) {
        Outcome<LoadedScenario> back = scenario_from_json(scenario_to_json(s, pretty));
        REQUIRE(back.ok());
        CHECK(back.value.scenario == s);
        CHECK(back.value.scenario.funnel.stages[1].rate_to_next == 0.1 + 0.2);
        CHECK(scenario_to_json(back.value.scenario) == scenario_to_json(s));
    }
}

TEST_CASE("money is saved as exact decimal text with its currency") {
    const std::string json = scenario_to_json(edited_scenario());
    CHECK(json.find("\"average_deal\":\"1999999 JPY\"") != std::string::npos);
    CHECK(json.find("\"target\":\"-123.45 EUR\"") != std::string::npos);
    CHECK(json.find("\"schema\":2") == 1);
}

TEST_CASE("a schema 1 document written by hand loads; missing fields keep their defaults") {
    // The shape of the first release's files. Later releases must keep loading it.
    const char* saved = R"({
      "schema": 1,
      "locale": "ro-RO",
      "funnel": {"stages": [{"name": "Lead", "rate_to_next": 0.2},
                            {"name": "Demo", "rate_to_next": 0.5, "days_in_stage": 14},
                            {"name": "Won"}],
                 "top_volume": 800, "average_deal": "12000.00 RON"},
      "goal": {"target": "250000 RON", "period": "month"},
      "deals": [{"name": "Primăria Cluj", "amount": "40000.5 RON", "stage": "Demo",
                 "close_date": "2027-03-31", "fund": 75, "competition": 50, "position": 2}]
    })";
    Outcome<LoadedScenario> r = scenario_from_json(saved);
    REQUIRE(r.ok());
    const Scenario& s = r.value.scenario;
    CHECK(s.locale == LocaleId::ro_RO);
    CHECK(s.language == Language::English);
    REQUIRE(s.funnel.stages.size() == 3);
    CHECK(s.funnel.stages[1].days_in_stage == 14);
    CHECK(s.funnel.stages[2].rate_to_next == Stage{}.rate_to_next);
    CHECK(s.funnel.average_deal.minor == 1'200'000);
    CHECK(std::string(s.funnel.average_deal.currency.code) == "RON");
    // The goal differed from the quota (the commission example's $200,000 a quarter): it is
    // kept as the funnel's own target, so the reverse and ideal funnels read as before.
    CHECK(s.funnel_target.own);
    CHECK(s.funnel_target.period == PlanPeriod::Month);
    CHECK(s.funnel_target.target.minor == 25'000'000);
    CHECK(s.plan.quota.minor == 200'000'00);
    REQUIRE(s.deals.size() == 1);
    CHECK(s.deals[0].amount.minor == 4'000'050);
    CHECK(s.deals[0].close_date == CivilDate{2027, 3, 31});
    CHECK(s.deals[0].influences.empty());
    CHECK(s.commission == commission_example());   // schema 1's default: the first quarter of 2024
    CHECK(r.value.unknown_fields.empty());
}

TEST_CASE("fields this version does not know are reported and kept where they were found") {
    Outcome<LoadedScenario> r =
        scenario_from_json(R"({"schema":1,"colour":"teal","funnel":{"glow":true,"top_volume":10},"deals":[{"mood":1}]})");
    REQUIRE(r.ok());
    CHECK(r.value.scenario.funnel.top_volume == 10);
    CHECK(r.value.unknown_fields == std::vector<std::string>{"colour", "funnel.glow", "deals[0].mood"});
    CHECK(r.value.unknown_left_out.empty());
    CHECK(r.value.scenario.unknown.json == R"("colour":"teal")");
    CHECK(r.value.scenario.funnel.unknown.json == R"("glow":true)");
    CHECK(r.value.scenario.deals[0].unknown.json == R"("mood":1)");
}

// A newer minor version adds fields at the top, in the funnel, in a deal, in a commission split
// and in the library; this version edits the scenario and saves it: the newer fields are all
// still there, unchanged, and the document reads back to the same scenario.
TEST_CASE("a newer version's fields survive a round trip through this version, top-level and nested") {
    Scenario s;
    while (s.deals.size() < 4) s.deals.push_back(s.deals[0]);
    std::string json = scenario_to_json(s);
    auto add = [&](const std::string& after, const std::string& member) {
        const size_t at = json.find(after);
        REQUIRE(at != std::string::npos);
        json.insert(at + after.size(), member + ",");
    };
    add("{\"schema\":2,", R"("forecast" : {"method": "weighted", "weeks": [1, 2, 3]})");
    add("\"funnel\":{", R"("colour":"teal \"sea\"")");
    size_t deal3 = 0;     // "account" is a pipeline deal's alone
    for (int i = 0; i < 4; ++i) deal3 = json.find("\"account\":", deal3 + 1);
    REQUIRE(deal3 != std::string::npos);
    json.insert(deal3, R"("probability_model":{"kind":"ml","score":0.83,"notes":null},)");
    add("\"splits\":[{", R"("role":"overlay")");

    Outcome<LoadedScenario> first = scenario_from_json(json);
    REQUIRE(first.ok());
    CHECK(first.value.unknown_fields ==
          std::vector<std::string>{"forecast", "funnel.colour", "deals[3].probability_model", "commission.deals[0].splits[0].role"});
    CHECK(first.value.unknown_left_out.empty());
    CHECK(first.value.scenario.deals[3].unknown.json == R"("probability_model":{"kind":"ml","score":0.83,"notes":null})");
    CHECK(first.value.scenario.deals[2].unknown.json.empty());
    Scenario edited = first.value.scenario;
    edited.funnel.top_volume = 4321;     // an edit in this version, in the object that has them
    edited.deals[3].fund = 75;

    for (bool pretty : {false, true}) {
        const std::string saved = scenario_to_json(edited, pretty);
        Outcome<LoadedScenario> back = scenario_from_json(saved);
        REQUIRE(back.ok());
        CHECK(back.value.scenario == edited);
        // The same fields, reported in the order written: a newer version's after ours.
        CHECK(sorted(back.value.unknown_fields) == sorted(first.value.unknown_fields));
        CHECK(back.value.scenario.unknown.json == R"("forecast":{"method":"weighted","weeks":[1,2,3]})");
        CHECK(back.value.scenario.funnel.unknown.json == R"("colour":"teal \"sea\"")");
        CHECK(back.value.scenario.funnel.top_volume == 4321);
        CHECK(back.value.scenario.deals[3].fund == 75);
        CHECK(back.value.scenario.commission.deals[0].splits[0].unknown.json == R"("role":"overlay")");
    }

    // In the library too, around and inside the scenarios; and through a share link.
    ScenarioLibrary lib;
    lib.scenarios[0].scenario = edited;
    lib.scenarios[0].unknown.json = R"("folder":"Q3")";
    lib.unknown.json = R"("sync":{"device":"laptop"})";
    Outcome<LoadedLibrary> lib_back = library_from_json(library_to_json(lib));
    REQUIRE(lib_back.ok());
    CHECK(lib_back.value.library.scenarios[0].scenario == edited);
    CHECK(lib_back.value.library.scenarios[0].unknown.json == R"("folder":"Q3")");
    CHECK(lib_back.value.library.unknown.json == R"("sync":{"device":"laptop"})");
    Outcome<LoadedScenario> linked = scenario_from_share_fragment(share_fragment(edited).value);
    REQUIRE(linked.ok());
    CHECK(linked.value.scenario == edited);
}

TEST_CASE("unknown fields are kept up to a bound; beyond it they are left out and listed") {
    const std::string big(600'000, 'x');
    Outcome<LoadedScenario> r = scenario_from_json(R"({"schema":2,"a":")" + big + R"(","funnel":{"b":")" + big +
                                                   R"(","c":1},"goal":{"d":1}})");
    REQUIRE(r.ok());
    CHECK(r.value.unknown_fields == std::vector<std::string>{"a", "funnel.b", "funnel.c", "goal"});
    CHECK(r.value.unknown_left_out == std::vector<std::string>{"funnel.b"});
    CHECK(r.value.scenario.funnel.unknown.json == R"("c":1)");
    // Schema 1's goal section no longer exists: what it held beyond ours has nowhere to go.
    Outcome<LoadedScenario> old = scenario_from_json(R"({"schema":1,"goal":{"target":"5 USD","mood":1}})");
    REQUIRE(old.ok());
    CHECK(old.value.unknown_left_out == std::vector<std::string>{"goal.mood"});
    Outcome<LoadedScenario> again = scenario_from_json(scenario_to_json(r.value.scenario));
    REQUIRE(again.ok());
    CHECK(again.value.scenario == r.value.scenario);
    CHECK(again.value.unknown_left_out.empty());
}

TEST_CASE("a document from a newer release, or that is no scenario, is refused with a reason") {
    CHECK(std::string(scenario_from_json(R"({"schema":3})").problem.code) == "newer_schema");
    CHECK(std::string(scenario_from_json(R"({"funnel":{}})").problem.code) == "not_a_scenario");
    CHECK(std::string(scenario_from_json(R"({"schema":"1"})").problem.code) == "bad_schema");
    CHECK(std::string(scenario_from_json(R"({"schema":0})").problem.code) == "bad_schema");
    CHECK(std::string(scenario_from_json("[1,2]").problem.code) == "wrong_type");
}

TEST_CASE("damaged documents give a problem naming the field, never a crash") {
    struct Case {
        const char* json;
        const char* code;
        const char* field;
    };
    const Case cases[] = {
        {"", "not_json", ""},
        {"not json at all", "not_json", ""},
        {R"({"schema":1,"funnel":{"stages":[{"name":"Le)", "not_json", ""},   // cut short
        {R"({"schema":1,"funnel":{"top_volume":1e400}})", "out_of_range", "funnel.top_volume"},
        {R"({"schema":1,"funnel":{"top_volume":01}})", "not_json", ""},
        {R"({"schema":1,"funnel":{"top_volume":1}} trailing)", "not_json", ""},
        {R"({"schema":1,"funnel":{"stages":[{"name":"\ud800"}]}})", "not_json", ""},
        {R"({"schema":1,"colour":{"a":[1,2,}})", "not_json", ""},
        {R"({"schema":1,"funnel":{"top_volume":"lots"}})", "wrong_type", "funnel.top_volume"},
        {R"({"schema":1,"funnel":{"stages":{}}})", "wrong_type", "funnel.stages"},
        {R"({"schema":1,"deals":[{"amount":"12.345 USD"}]})", "bad_money", "deals[0].amount"},
        {R"({"schema":1,"deals":[{},{"amount":1000}]})", "bad_money", "deals[1].amount"},
        {R"({"schema":1,"deals":[{"amount":"1,000.00 USD"}]})", "bad_money", "deals[0].amount"},
        {R"({"schema":1,"deals":[{"amount":"99999999999999999999 USD"}]})", "bad_money", "deals[0].amount"},
        {R"({"schema":1,"deals":[{"amount":"10.00 usd"}]})", "bad_money", "deals[0].amount"},
        {R"({"schema":1,"deals":[{"fund":50.5}]})", "wrong_type", "deals[0].fund"},
        {R"({"schema":1,"deals":[{"fund":4294967296}]})", "out_of_range", "deals[0].fund"},
        {R"({"schema":1,"deals":[{"influences":[{"roles":-1}]}]})", "out_of_range", "deals[0].influences[0].roles"},
        {R"({"schema":1,"deals":[{"close_date":"2023-02-29"}]})", "bad_date", "deals[0].close_date"},
        {R"({"schema":1,"goal":{"period":"fortnight"}})", "unknown_choice", "goal.period"},
        {R"({"schema":1,"locale":"de-DE"})", "unknown_choice", "locale"},
        {R"({"schema":1,"kpi":{"currency":"euro"}})", "bad_currency", "kpi.currency"},
        {R"({"schema":1,"kpi":{"values":{"revenue":"500"}}})", "wrong_type", "kpi.values.revenue"},
        {R"({"schema":1,"pipeline":{"weekly_hours":[1,2]}})", "wrong_type", "pipeline.weekly_hours"},
        {R"({"schema":1,"commission":{"plans":[{"components":[{"kind":"flat","tiers":[{"open_ended":1}]}]}]}})",
         "wrong_type", "commission.plans[0].components[0].tiers[0].open_ended"},
        {R"({"schema":2,"plan":{"period":"week"}})", "unknown_choice", "plan.period"},
        {R"({"schema":2,"plan":{"quota":250000}})", "bad_money", "plan.quota"},
        {R"({"schema":2,"plan":{"fiscal_year_start":4.5}})", "wrong_type", "plan.fiscal_year_start"},
        {R"({"schema":2,"plan":{"currency":"eur"}})", "bad_currency", "plan.currency"},
        {R"({"schema":2,"funnel_target":{"own":"yes"}})", "wrong_type", "funnel_target.own"},
    };
    for (const Case& c : cases) {
        CAPTURE(std::string(c.json));
        Outcome<LoadedScenario> r = scenario_from_json(c.json);
        REQUIRE_FALSE(r.ok());
        CHECK(std::string(r.problem.code) == c.code);
        CHECK(r.problem.field == c.field);
        CHECK(std::string(r.problem.message).size() > 10);
    }
}

TEST_CASE("huge and deeply nested documents are refused without running out of memory or stack") {
    std::string stages = R"({"schema":1,"funnel":{"stages":[)";
    for (int i = 0; i < 25; ++i) stages += std::string(i ? "," : "") + "{}";
    stages += "]}}";
    CHECK(std::string(scenario_from_json(stages).problem.code) == "too_many");

    const std::string nested = R"({"schema":1,"deals":)" + std::string(100'000, '[') + std::string(100'000, ']') + "}";
    CHECK_FALSE(scenario_from_json(nested).ok());

    std::string text = R"({"schema":1,"commission":{"rep":")" + std::string(200'000, 'x') + "\"}}";
    CHECK(std::string(scenario_from_json(text).problem.code) == "too_long");
}

TEST_CASE("100,000 deals imported from a CRM round-trip") {
    Scenario s;
    s.deals.resize(100'000);
    for (size_t i = 0; i < s.deals.size(); ++i) {
        Deal& d = s.deals[i];
        d.name = "Opportunity " + std::to_string(i);
        d.account = "Account " + std::to_string(i % 977);
        d.owner = i % 2 ? "Ana" : "Bo";
        d.stage = i % 3 ? "SQL" : "Opportunity";
        d.amount.minor = int64_t(i) * 101;
        d.close_date = {2027, int(1 + i % 12), int(1 + i % 28)};
    }
    Outcome<LoadedScenario> back = scenario_from_json(scenario_to_json(s));
    REQUIRE(back.ok());
    CHECK(back.value.scenario == s);
}

TEST_CASE("an imported deal's state of knowledge is saved; a reviewed deal's text is as before") {
    Scenario s;
    s.deals.resize(2);
    Deal& imported = s.deals[0];
    imported.reviewed = false;
    imported.amount_known = false;
    imported.close_date_known = false;
    imported.probability = 0;                         // 0% is a probability, not "none"
    imported.created = CivilDate{2016, 10, 20};
    const std::string text = scenario_to_json(s);
    CHECK(text.find(R"("amount_known":false,"close_date_known":false,"reviewed":false,"probability":0,)"
                    R"("created":"2016-10-20")") != std::string::npos);
    // The second deal, reviewed with nothing unknown, writes none of these fields: absent = the default.
    CHECK(text.find("reviewed") == text.rfind("reviewed"));
    CHECK(text.find("probability") == text.rfind("probability"));
    Outcome<LoadedScenario> back = scenario_from_json(text);
    REQUIRE(back.ok());
    CHECK(back.value.scenario == s);
    CHECK_FALSE(back.value.scenario.deals[1].probability.has_value());
    CHECK(back.value.scenario.deals[1].reviewed);

    auto bad = scenario_from_json(R"({"schema":2,"deals":[{"probability":"high"}]})");
    CHECK(std::string(bad.problem.code) == "wrong_type");
    CHECK(bad.problem.field == "deals[0].probability");
}

TEST_CASE("the library keeps the column mapping confirmed for an export's header; none, no field") {
    ScenarioLibrary lib;
    CHECK(library_to_json(lib).find("import_mappings") == std::string::npos);
    lib.import_mappings["opportunity_id\nclose_value\n"] = {ImportField::Name, ImportField::Amount};
    const std::string text = library_to_json(lib);
    CHECK(text.find(R"("import_mappings":{"opportunity_id\u000aclose_value\u000a":["name","amount"]})") != std::string::npos);
    Outcome<LoadedLibrary> back = library_from_json(text);
    REQUIRE(back.ok());
    CHECK(back.value.library.import_mappings == lib.import_mappings);
    auto bad = library_from_json(R"({"schema":2,"active":0,"scenarios":[{"name":"A","scenario":{"schema":2}}],)"
                                 R"("import_mappings":{"x":["price"]}})");
    CHECK(std::string(bad.problem.code) == "unknown_choice");
}

TEST_CASE("the library of named scenarios round-trips and checks its names") {
    ScenarioLibrary lib;
    lib.scenarios.push_back({"Q3 plan", edited_scenario()});
    lib.active = 1;
    Outcome<LoadedLibrary> back = library_from_json(library_to_json(lib));
    REQUIRE(back.ok());
    REQUIRE(back.value.library.scenarios.size() == 2);
    CHECK(back.value.library.active == 1);
    CHECK(back.value.library.scenarios[0].name == "My scenario");
    CHECK(back.value.library.scenarios[1].scenario == edited_scenario());

    CHECK(unique_scenario_name(lib, "Q3 plan") == "Q3 plan 2");
    CHECK(unique_scenario_name(lib, "  ") == "Scenario");
    CHECK(unique_scenario_name(lib, " Trainer demo ") == "Trainer demo");
    CHECK(check_scenario_name(lib, "Q3 plan", 1).code == nullptr);      // its own name
    CHECK(std::string(check_scenario_name(lib, "Q3 plan", 0).code) == "name_taken");
    CHECK(std::string(check_scenario_name(lib, " ", 0).code) == "name_empty");
    CHECK(std::string(check_scenario_name(lib, std::string(81, 'n'), 0).code) == "name_too_long");
}

TEST_CASE("a damaged library is refused as a whole, with a reason") {
    CHECK(std::string(library_from_json(R"({"schema":1,"scenarios":[],"active":0})").problem.code) == "no_scenarios");
    CHECK(std::string(library_from_json(R"({"schema":1,"scenarios":[{"name":"a","scenario":{"schema":1}}],"active":1})")
                          .problem.code) == "out_of_range");
    CHECK(library_from_json(R"({"schema":1,"scenarios":[{"name":"a","scenario":{"schema":1}}],"active":0})").ok());
    CHECK(std::string(library_from_json(R"({"schema":1,"scenarios":[{"name":"a","scenario":{}}]})").problem.code) ==
          "not_a_scenario");
    CHECK(std::string(library_from_json("{\"schema\":1,\"scen").problem.code) == "not_json");
}

TEST_CASE("a share link carries only what differs from a new scenario, and reads back the same") {
    Outcome<std::string> fresh = share_fragment(Scenario{});
    REQUIRE(fresh.ok());
    CHECK(fresh.value.size() < 60);

    Scenario trainer;
    trainer.funnel.stages[0].rate_to_next = 0.35;
    Outcome<std::string> link = share_fragment(trainer);
    REQUIRE(link.ok());
    CHECK(link.value.rfind("s=", 0) == 0);
    CHECK(link.value.size() < 800);
    for (const std::string& f : {link.value, "#" + link.value}) {
        Outcome<LoadedScenario> back = scenario_from_share_fragment(f);
        REQUIRE(back.ok());
        CHECK(back.value.scenario == trainer);
    }

    const Scenario edited = edited_scenario();
    Outcome<LoadedScenario> back = scenario_from_share_fragment(share_fragment(edited).value);
    REQUIRE(back.ok());
    CHECK(back.value.scenario == edited);
}

TEST_CASE("a damaged or foreign share link gives a message, not a crash") {
    const std::string good = share_fragment(edited_scenario()).value;
    const std::string bad[] = {"", "#", "s=", "x=abc", "s=!!!!", "s=A", good.substr(0, good.size() / 2),
                               "s=" + std::string(70'000, 'A'), "s=bm90IGpzb24"};
    for (const std::string& f : bad) {
        CAPTURE(f.substr(0, 40));
        Outcome<LoadedScenario> r = scenario_from_share_fragment(f);
        CHECK_FALSE(r.ok());
        CHECK(std::string(r.problem.message).size() > 10);
    }
}

TEST_CASE("a scenario too large for a link says to send a file instead") {
    Scenario s;
    const Deal one = s.deals[0];
    s.deals.assign(2'000, one);
    Outcome<std::string> link = share_fragment(s);
    REQUIRE_FALSE(link.ok());
    CHECK(std::string(link.problem.code) == "share_too_large");
}

TEST_CASE("commission policies are saved: a curve's cliff, a component's cap, a draw's clawback setting") {
    Scenario s;
    s.commission = commission_example();
    CommissionPlan& current = s.commission.plans[0];
    current.components[0].capped = true;
    current.components[0].cap = Money{2'500'000, currency_from_code("USD")};
    current.components[0].tiers.back().open_ended = false;   // a closed last tier, as published
    current.components[0].tiers.back().to = Money{50'000'000, currency_from_code("USD")};
    current.draw = Draw{DrawKind::NonRecoverable, Money{300'000, currency_from_code("USD")}, DrawClawback::Forgiven};
    s.commission.plans[1].components[0].curve.cliff = true;
    const std::string json = scenario_to_json(s);
    CHECK(json.find("\"capped\":true,\"cap\":\"25000.00 USD\"") != std::string::npos);
    CHECK(json.find("\"cliff\":true") != std::string::npos);
    CHECK(json.find("\"clawback\":\"forgiven\"") != std::string::npos);
    Outcome<LoadedScenario> back = scenario_from_json(json);
    REQUIRE(back.ok());
    CHECK(back.value.scenario == s);
    // A document saved before these fields existed keeps the defaults: no cap, no cliff, and a
    // non-recoverable draw's clawback reduces future pay.
    Outcome<LoadedScenario> old = scenario_from_json(
        R"({"schema":1,"commission":{"plans":[{"components":[{"kind":"curve"}],"draw":{"kind":"non_recoverable"}}]}})");
    REQUIRE(old.ok());
    const CommissionPlan& p = old.value.scenario.commission.plans[0];
    CHECK_FALSE(p.components[0].capped);
    CHECK_FALSE(p.components[0].curve.cliff);
    CHECK(p.draw.clawback == DrawClawback::ReducesFuture);
}
