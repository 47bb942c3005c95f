// What a share link carries (scenario_share.h): names and notes left out on request with every
// figure unchanged, and never the sender's number format or language.
#include <doctest/doctest.h>
#include <string>
#include "core/commission_statement.h"
#include "core/scenario_json.h"
#include "core/scenario_share.h"

using namespace quotient;

namespace {

// The example with every kind of name and note filled in, the same account and owner on two
// deals, a rep credited on split deals, and a product multiplier and SPIFF (matched by product).
Scenario named_scenario() {
    Scenario s = example_scenario({2026, 12, 1});
    REQUIRE(s.deals.size() >= 3);
    for (size_t i = 0; i < s.deals.size(); ++i) {
        Deal& d = s.deals[i];
        d.owner = i % 2 ? "Dana Reyes" : "Ana Pop";
        d.strengths = {"Incumbent on the data side", "CFO sponsor"};
        d.red_flags = {"Budget frozen until May"};
        d.competitors = {Competitor{"Globex", "partner", "Fleet One", "undercut on price", {}}};
        d.actions = {ActionItem{"Call Mr Wang", "Ana Pop", {2027, 1, 15}, {}}};
        d.influences.push_back(BuyingInfluence{"Mei Wang", role_economic, 3, true, {}});
    }
    s.deals[1].account = s.deals[0].account;
    s.deals[2].unknown.json = R"("private_note":"call after 6")";
    CommissionBook& book = s.commission;
    for (ClosedDeal& d : book.deals)
        for (SplitShare& split : d.splits)
            if (split.rep == book.rep) split.rep = "Ioana Popescu";
    book.rep = "Ioana Popescu";
    book.deals[0].splits = {SplitShare{"Ioana Popescu", 0.6, {}}, SplitShare{"Sam Lee", 0.4, {}}};
    book.deals[0].id = "ACME-2026-001";
    book.deals[0].product = "Telematics";
    CommissionPlan& plan = book.plans[0];
    plan.multipliers.push_back(DealMultiplier{MultiplierKind::Product, book.deals[0].product, 1.5, {}});
    plan.spiffs.push_back(Spiff{"Launch bonus", Money{500'00, plan.currency}, book.deals[0].product, false, {}});
    s.language = Language::French;
    s.locale = LocaleId::fr_FR;
    return s;
}

void check_same_pipeline(const Scenario& a, const Scenario& b) {
    Outcome<PipelineResult> x = evaluate_pipeline(a.deals, a.funnel, pipeline_settings(a));
    Outcome<PipelineResult> y = evaluate_pipeline(b.deals, b.funnel, pipeline_settings(b));
    REQUIRE(x.ok());
    REQUIRE(y.ok());
    REQUIRE(x.value.deals.size() == y.value.deals.size());
    for (size_t i = 0; i < x.value.deals.size(); ++i) {
        const DealResult &p = x.value.deals[i], &q = y.value.deals[i];
        CAPTURE(i);
        CHECK(p.placement == q.placement);
        CHECK(p.stage == q.stage);
        CHECK(p.win_rate == q.win_rate);
        CHECK(p.expected == q.expected);
        CHECK(p.weighted == q.weighted);
        CHECK(p.flags == q.flags);
    }
    const PipelineTotals &t = x.value.totals, &u = y.value.totals;
    CHECK(t.deals == u.deals);
    CHECK(t.open == u.open);
    CHECK(t.weighted == u.weighted);
    CHECK(t.expected == u.expected);
    CHECK(t.average_deal == u.average_deal);
    CHECK(t.coverage.value == u.coverage.value);
    CHECK(t.velocity.value == u.velocity.value);
    for (size_t k = 0; k < placement_count; ++k) CHECK(t.buckets[k].expected == u.buckets[k].expected);
}

void check_same_statements(const Scenario& a, const Scenario& b) {
    REQUIRE(a.commission.plans.size() == b.commission.plans.size());
    for (size_t i = 0; i < a.commission.plans.size(); ++i) {
        auto statement = [&](const Scenario& s) {
            StatementRequest req;
            req.rep = s.commission.rep;
            req.period_date = s.commission.period_date;
            req.locale = locale_for(LocaleId::en_US);
            return build_statement(plan_under(s.commission.plans[i], s.plan), s.commission.deals, req);
        };
        Outcome<Statement> x = statement(a), y = statement(b);
        CAPTURE(x.problem.field);
        REQUIRE(x.ok());
        REQUIRE(y.ok());
        CAPTURE(i);
        CHECK(x.value.deals == y.value.deals);
        CHECK(x.value.bookings == y.value.bookings);
        CHECK(x.value.commission == y.value.commission);
        CHECK(x.value.earned == y.value.earned);
        CHECK(x.value.total_payout == y.value.total_payout);
        CHECK(x.value.total_pay == y.value.total_pay);
        CHECK(x.value.attainment.value == y.value.attainment.value);
        REQUIRE(x.value.lines.size() == y.value.lines.size());
        for (size_t k = 0; k < x.value.lines.size(); ++k) {
            CHECK(x.value.lines[k].kind == y.value.lines[k].kind);
            CHECK(x.value.lines[k].credit == y.value.lines[k].credit);
            CHECK(x.value.lines[k].amount == y.value.lines[k].amount);
            CHECK(x.value.lines[k].formula == y.value.lines[k].formula);
        }
    }
}

} // namespace

TEST_CASE("leaving out names and notes replaces each with a placeholder and changes no figure") {
    const Scenario s = named_scenario();
    Scenario bare = s;
    leave_out_names_and_notes(bare);

    // Nothing named is left anywhere in the saved text.
    const std::string json = scenario_to_json(bare);
    for (const char* name : {"Ana Pop", "Dana Reyes", "Mei Wang", "Globex", "Fleet One", "undercut", "Mr Wang",
                             "CFO sponsor", "Budget frozen", "Ioana", "Sam Lee", "ACME-2026", "private_note",
                             s.deals[0].name.c_str(), s.deals[0].account.c_str(), s.deals[0].products.c_str()}) {
        CAPTURE(name);
        CHECK(json.find(name) == std::string::npos);
    }
    // Placeholders in the scenario's language, numbered; the same account / person / rep is
    // the same placeholder everywhere; counts are kept.
    CHECK(bare.deals[0].name.find(" 1") != std::string::npos);
    CHECK(bare.deals[1].name != bare.deals[0].name);
    CHECK(bare.deals[1].account == bare.deals[0].account);
    CHECK(bare.deals[2].account != bare.deals[0].account);
    CHECK(bare.deals[0].owner == bare.deals[0].actions[0].owner);
    CHECK(bare.deals[0].owner != bare.deals[1].owner);
    CHECK(bare.deals[0].red_flags.size() == 1);
    CHECK(bare.deals[0].strengths.size() == 2);
    CHECK(bare.deals[0].competitors[0].key_strategy.empty());
    CHECK(bare.deals[2].unknown.json.empty());
    CHECK(bare.commission.deals[0].splits[0].rep == bare.commission.rep);
    CHECK(bare.commission.deals[0].splits[1].rep != bare.commission.rep);
    for (const ClosedDeal& d : bare.commission.deals) CHECK(d.id.size() < 12);

    // Every figure: the pipeline's, both plans' statements; the rest is untouched.
    check_same_pipeline(s, bare);
    check_same_statements(s, bare);
    CHECK(bare.funnel == s.funnel);
    CHECK(bare.plan == s.plan);
    CHECK(bare.kpi == s.kpi);
    CHECK(bare.sales_formula == s.sales_formula);
    CHECK(bare.commission.plans == s.commission.plans);
    for (size_t i = 0; i < s.deals.size(); ++i) {
        Deal a = s.deals[i], b = bare.deals[i];
        CHECK(a.amount == b.amount);
        CHECK(a.close_date == b.close_date);
        CHECK(a.stage == b.stage);
        CHECK(a.influences.size() == b.influences.size());
        CHECK(a.influences.back().roles == b.influences.back().roles);
    }
    for (size_t i = 0; i < s.commission.deals.size(); ++i) {
        CHECK(s.commission.deals[i].amount == bare.commission.deals[i].amount);
        CHECK(s.commission.deals[i].product == bare.commission.deals[i].product);
    }
}

TEST_CASE("a link leaves out the sender's number format and language, and names only when asked") {
    const Scenario s = named_scenario();
    for (bool leave_out : {false, true}) {
        CAPTURE(leave_out);
        const Scenario linked = scenario_for_link(s, leave_out);
        Outcome<std::string> fragment = share_fragment(linked);
        REQUIRE(fragment.ok());
        Outcome<LoadedScenario> opened = scenario_from_share_fragment(fragment.value);
        REQUIRE(opened.ok());
        CHECK(opened.value.scenario == linked);
        CHECK(opened.value.scenario.locale == Scenario{}.locale);
        CHECK(opened.value.scenario.language == Scenario{}.language);
        CHECK((opened.value.scenario.deals[0].owner == "Ana Pop") == !leave_out);
        check_same_pipeline(s, opened.value.scenario);
        check_same_statements(s, opened.value.scenario);
    }
    // The text of the link holds neither "fr-FR" nor the language.
    Outcome<LoadedScenario> plain = scenario_from_share_fragment(share_fragment(scenario_for_link(s, false)).value);
    REQUIRE(plain.ok());
    CHECK(scenario_to_json(plain.value.scenario).find("fr-FR") == std::string::npos);
}
