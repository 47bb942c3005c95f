// Commission statements (DOMAIN.md section 4): every line with its formula, subtotals per
// component, each deal's share of the period's payout under tiers, curves and caps, multipliers,
// SPIFFs, split credit, clawbacks in a later period and under each draw, draws carried over
// periods. Amounts in cents unless said.
#include <doctest/doctest.h>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>
#include "core/commission_payout.h"
#include "core/commission_statement.h"

using namespace quotient;

namespace {

const Currency usd_currency = currency_from_code("USD");
Money usd(double dollars) { return Money{int64_t(std::llround(dollars * 100)), usd_currency}; }

CommissionPlan flat_plan(double rate, PlanPeriod period = PlanPeriod::Quarter) {
    CommissionPlan p;
    p.currency = usd_currency;
    p.period = period;
    p.quota = usd(100'000);
    PlanComponent c;
    c.name = "Flat";
    c.rate = rate;
    p.components = {c};
    return p;
}

// The example "current" plan's tiers: 8% to $100,000, 12% to $200,000, 15% above.
CommissionPlan tiered_plan(TierMethod method, BoundaryOwner owner = BoundaryOwner::UpperTier) {
    CommissionPlan p = commission_example().plans[0];
    p.components[0].method = method;
    p.boundary = owner;
    return p;
}

ClosedDeal deal(const char* id, CivilDate close, double dollars, const char* rep = "ana") {
    ClosedDeal d;
    d.id = id;
    d.close_date = close;
    d.amount = usd(dollars);
    d.margin = usd(dollars * 0.4);
    d.splits = {SplitShare{rep, 1.0}};
    return d;
}

Statement statement(const CommissionPlan& p, const std::vector<ClosedDeal>& deals, CivilDate period = {2024, 1, 1},
                    const char* rep = "ana") {
    StatementRequest req;
    req.rep = rep;
    req.period_date = period;
    auto r = build_statement(p, deals, req);
    REQUIRE_MESSAGE(r.ok(), (r.problem.code ? r.problem.code : ""), " ", r.problem.field);
    return r.value;
}

std::vector<Statement> periods(const CommissionPlan& p, const std::vector<ClosedDeal>& deals, CivilDate first, int n) {
    StatementRequest req;
    req.rep = "ana";
    req.period_date = first;
    auto r = run_periods(p, deals, req, n);
    REQUIRE_MESSAGE(r.ok(), (r.problem.code ? r.problem.code : ""), " ", r.problem.field);
    return r.value;
}

std::vector<StatementLine> lines_of(const Statement& s, LineKind kind) {
    std::vector<StatementLine> out;
    for (const StatementLine& l : s.lines)
        if (l.kind == kind) out.push_back(l);
    return out;
}

void check_problem(const Problem& p, const char* code, const char* field) {
    REQUIRE(p.code != nullptr);
    CHECK(std::string(p.code) == code);
    CHECK(p.field == field);
}

} // namespace

// [SECTION] Flat rate

TEST_CASE("commission (flat): a 100,000 sale at 15% earns 15,000, line by line") {
    Statement s = statement(flat_plan(0.15), {deal("D1", {2024, 2, 1}, 100'000)});
    REQUIRE(s.lines.size() == 1);
    const StatementLine& l = s.lines[0];
    CHECK(l.kind == LineKind::Commission);
    CHECK(l.deal == 0);
    CHECK(l.source == 0);
    CHECK(l.credit.minor == 10'000'000);
    CHECK(l.basis.minor == 10'000'000);
    CHECK(l.rate == 0.15);
    CHECK(l.amount.minor == 1'500'000);
    CHECK(l.formula == "$100,000.00 \u00D7 15% = $15,000.00");
    CHECK(s.commission.minor == 1'500'000);
    CHECK(s.earned.minor == 1'500'000);
    CHECK(s.total_payout.minor == 1'500'000);
    CHECK(s.deals == 1);
    REQUIRE(s.attainment.ok());
    CHECK(s.attainment.value == 1.0);   // 100,000 of a 100,000 quota
    REQUIRE(s.effective_rate.ok());
    CHECK(s.effective_rate.value == doctest::Approx(0.15));
    REQUIRE(s.subtotals.size() == 1);
    CHECK(s.subtotals[0].amount.minor == 1'500'000);
}

TEST_CASE("flat rate: each line is rounded once, halves to even (5 cents at 50% is 2 cents, 7 cents is 4)") {
    Statement s = statement(flat_plan(0.5), {deal("a", {2024, 1, 2}, 0.05), deal("b", {2024, 1, 3}, 0.05),
                                             deal("c", {2024, 1, 4}, 0.07)});
    REQUIRE(s.lines.size() == 3);
    CHECK(s.lines[0].amount.minor == 2);   // 2.5 -> 2
    CHECK(s.lines[1].amount.minor == 2);
    CHECK(s.lines[2].amount.minor == 4);   // 3.5 -> 4
    CHECK(s.total_payout.minor == 8);      // the sum of the lines, as printed
}

TEST_CASE("flat rate on gross margin: a $100,000 deal with $40,000 margin at 10% earns $4,000") {
    CommissionPlan p = flat_plan(0.1);
    p.components[0].paid_on = PaidOn::GrossMargin;
    Statement s = statement(p, {deal("D1", {2024, 1, 5}, 100'000)});
    CHECK(s.lines[0].basis.minor == 4'000'000);
    CHECK(s.lines[0].credit.minor == 10'000'000);
    CHECK(s.lines[0].amount.minor == 400'000);
    CHECK(s.margin.minor == 4'000'000);
}

// [SECTION] Tiers and curves: each deal's share of the period's payout

TEST_CASE("marginal tiers: each deal earns its share of P(period total); lines are listed in close-date order") {
    // Listed out of order: B (Jan 10, $60,000) comes first. Total $180,000:
    // P = 100,000 x 8% + 80,000 x 12% = 8,000 + 9,600 = $17,600 (1,760,000 cents).
    // B: 1,760,000 x 60/180 = 586,666 r 2/3; A: 1,760,000 x 120/180 = 1,173,333 r 1/3. One cent is
    // left (1,760,000 - 586,666 - 1,173,333): the larger remainder (B's) gets it: 586,667.
    Statement s = statement(tiered_plan(TierMethod::Marginal),
                            {deal("A", {2024, 2, 1}, 120'000), deal("B", {2024, 1, 10}, 60'000)});
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].deal == 1);
    CHECK(s.lines[0].amount.minor == 586'667);
    CHECK(s.lines[0].formula == "$17,600.00 \u00D7 $60,000.00 / $180,000.00 = $5,866.67");
    CHECK(s.lines[1].deal == 0);
    CHECK(s.lines[1].amount.minor == 1'173'333);
    CHECK(s.lines[1].formula == "$17,600.00 \u00D7 $120,000.00 / $180,000.00 = $11,733.33");
    CHECK(s.lines[1].rate == doctest::Approx(11'733.33 / 120'000.0));   // the blended rate, 9.78%
    REQUIRE(s.subtotals.size() == 1);
    CHECK(s.subtotals[0].amount.minor == 1'760'000);
    CHECK(s.subtotals[0].formula == "$100,000.00 \u00D7 8% + $80,000.00 \u00D7 12% = $17,600.00");
}

TEST_CASE("issue 10: a new logo's 1.5x pays the same $37,500 whether it closes first or second") {
    // Marginal tiers: 10% to $100,000, 20% above. Two $100,000 deals, one a new logo (1.5x).
    // P($200,000) = 100,000 x 10% + 100,000 x 20% = 10,000 + 20,000 = $30,000, shared 50/50:
    // $15,000 each (the blended 15%). New logo: 15,000 x (1.5 - 1) = $7,500 more, so it earns
    // $22,500, the other $15,000: $37,500 in all, in either order. (The old marginal-effect rule
    // paid 35,000 with the new logo first and 40,000 with it second.)
    CommissionPlan p = flat_plan(0);
    p.components[0].kind = ComponentKind::Tiered;
    p.components[0].tiers = {Tier{usd(0), usd(100'000), false, 0.10}, Tier{usd(100'000), {}, true, 0.20}};
    p.multipliers = {DealMultiplier{MultiplierKind::NewLogo, "", 1.5}};
    ClosedDeal logo = deal("logo", {2024, 1, 10}, 100'000);
    logo.new_logo = true;
    ClosedDeal other = deal("other", {2024, 2, 10}, 100'000);
    for (bool logo_first : {true, false}) {
        CAPTURE(logo_first);
        logo.close_date = logo_first ? CivilDate{2024, 1, 10} : CivilDate{2024, 3, 10};
        Statement s = statement(p, {logo, other});
        CHECK(deal_earnings(s, 0).minor == 2'250'000);
        CHECK(deal_earnings(s, 1).minor == 1'500'000);
        CHECK(s.total_payout.minor == 3'750'000);
        auto m = lines_of(s, LineKind::Multiplier);
        REQUIRE(m.size() == 1);
        CHECK(m[0].formula == "$15,000.00 \u00D7 (1.5 \u2212 1) = $7,500.00");
    }
}

TEST_CASE("rounding: a $100.00 payout over three equal deals is $33.34 + $33.33 + $33.33, by deal id, in any order") {
    // Flat 0% plus a tiered 1% component: P($10,000) = $100.00 = 10,000 cents; each deal's exact
    // share is 3,333 r 1/3. One cent is left; the remainders tie, so it goes to the deal id that
    // sorts first ("a"), wherever it is listed and whenever it closes.
    CommissionPlan p = flat_plan(0);
    p.components[0].kind = ComponentKind::Tiered;
    p.components[0].tiers = {Tier{usd(0), {}, true, 0.01}};
    std::vector<ClosedDeal> deals = {deal("c", {2024, 1, 5}, 3'333.34), deal("a", {2024, 3, 5}, 3'333.33),
                                     deal("b", {2024, 2, 5}, 3'333.33)};
    // Credits 333,334 + 333,333 + 333,333 cents: shares 10,000 x 333,334 / 1,000,000 = 3,333.34
    // (3,333 r 0.34) for c, 3,333.33 (r 0.33) for a and b: c's remainder is the largest.
    Statement s = statement(p, deals);
    CHECK(deal_earnings(s, 0).minor == 3'334);
    CHECK(deal_earnings(s, 1).minor == 3'333);
    CHECK(deal_earnings(s, 2).minor == 3'333);
    // Equal credits: the remainders tie, and the id that sorts first, "a", gets the cent.
    for (ClosedDeal& d : deals) d.amount = d.margin = usd(3'000);
    for (int rotation = 0; rotation < 3; ++rotation) {
        std::rotate(deals.begin(), deals.begin() + 1, deals.end());
        Statement t = statement(p, deals);   // P($9,000) = $90.00: 3,000 cents each, nothing left
        CHECK(t.commission.minor == 9'000);
    }
    p.components[0].tiers[0].rate = 0.01 / 0.9;   // P($9,000) = $100.00: 3,333 r 1/3 each
    for (int rotation = 0; rotation < 3; ++rotation) {
        std::rotate(deals.begin(), deals.begin() + 1, deals.end());
        Statement t = statement(p, deals);
        CHECK(t.commission.minor == 10'000);
        for (size_t k = 0; k < deals.size(); ++k)
            CHECK(deal_earnings(t, int(k)).minor == (deals[k].id == "a" ? 3'334 : 3'333));
    }
}

TEST_CASE("shares: 200 deals of odd amounts add up to the payout on the total, and shuffling changes no deal's pay") {
    // No figure to work by hand here: the invariants. Interpolated tiers on 200 deals of
    // 1,234.57 + k x 97.31 dollars (odd cents), with a new-logo multiplier on every third.
    CommissionPlan p = tiered_plan(TierMethod::Interpolated);
    std::vector<ClosedDeal> deals;
    for (int k = 0; k < 200; ++k) {
        ClosedDeal d = deal(("D" + std::to_string(k)).c_str(), {2024, 1 + k % 3, 1 + k % 28}, 1'234.57 + k * 97.31);
        deals.push_back(d);
    }
    Statement s = statement(p, deals);
    int64_t lines = 0;
    for (const StatementLine& l : lines_of(s, LineKind::Commission)) lines += l.amount.minor;
    auto total = plan_payout(p, s.bookings, s.margin);
    REQUIRE(total.ok());
    CHECK(lines == total.value.minor);
    CHECK(s.subtotals[0].amount.minor == total.value.minor);

    p.multipliers = {DealMultiplier{MultiplierKind::NewLogo, "", 1.5}};
    for (int k = 0; k < 200; k += 3) deals[size_t(k)].new_logo = true;
    Statement before = statement(p, deals);
    std::vector<ClosedDeal> shuffled = deals;
    std::reverse(shuffled.begin(), shuffled.end());
    for (ClosedDeal& d : shuffled) d.close_date.month = 4 - d.close_date.month;   // closes in another order
    Statement after = statement(p, shuffled);
    CHECK(after.total_payout.minor == before.total_payout.minor);
    for (size_t k = 0; k < deals.size(); ++k)
        CHECK(deal_earnings(after, int(deals.size() - 1 - k)).minor == deal_earnings(before, int(k)).minor);
}

TEST_CASE("retroactive tiers: exactly $100,000 pays $12,000 (upper owns) or $8,000 (lower owns), shared 60/40") {
    // $60,000 then $40,000. Upper: P(100,000) = 100,000 x 12% = 12,000: 7,200 and 4,800.
    // Lower: P(100,000) = 100,000 x 8% = 8,000: 4,800 and 3,200.
    const std::vector<ClosedDeal> deals = {deal("a", {2024, 1, 5}, 60'000), deal("b", {2024, 2, 5}, 40'000)};
    Statement up = statement(tiered_plan(TierMethod::Retroactive, BoundaryOwner::UpperTier), deals);
    CHECK(up.lines[0].amount.minor == 720'000);
    CHECK(up.lines[1].amount.minor == 480'000);
    CHECK(up.subtotals[0].formula == "$100,000.00 \u00D7 12% = $12,000.00");
    Statement low = statement(tiered_plan(TierMethod::Retroactive, BoundaryOwner::LowerTier), deals);
    CHECK(low.lines[0].amount.minor == 480'000);
    CHECK(low.lines[1].amount.minor == 320'000);
    CHECK(low.total_payout.minor == 800'000);
}

TEST_CASE("tiers side by side: $60,000 + $90,000 pay $14,000 marginal, $18,000 retroactive, $20,250 interpolated") {
    const std::vector<ClosedDeal> deals = {deal("a", {2024, 1, 5}, 60'000), deal("b", {2024, 2, 5}, 90'000)};
    CHECK(statement(tiered_plan(TierMethod::Marginal), deals).total_payout.minor == 1'400'000);
    CHECK(statement(tiered_plan(TierMethod::Retroactive), deals).total_payout.minor == 1'800'000);
    Statement interpolated = statement(tiered_plan(TierMethod::Interpolated), deals);
    // 150,000 x (12% + 3% x 0.5) = 150,000 x 13.5% = 20,250; a: 20,250 x 60/150 = 8,100,
    // b: 20,250 x 90/150 = 12,150.
    CHECK(interpolated.lines[0].amount.minor == 810'000);
    CHECK(interpolated.lines[1].amount.minor == 1'215'000);
    CHECK(interpolated.total_payout.minor == 2'025'000);
    CHECK(interpolated.subtotals[0].formula == "$150,000.00 \u00D7 13.5% = $20,250.00");
}

TEST_CASE("example book: Q1 for 'You' under the current plan is $11,000 at 62.5% attainment") {
    // Credits: Acme 40,000, Globex 60,000, Initech 50,000 split 50/50 = 25,000; total 125,000.
    // P(125,000) = 100,000 x 8% + 25,000 x 12% = 8,000 + 3,000 = 11,000, a blended 8.8%:
    // Acme 11,000 x 40/125 = 3,520; Globex 11,000 x 60/125 = 5,280; Initech 11,000 x 25/125 = 2,200.
    CommissionBook book = commission_example();
    Statement s = statement(book.plans[0], book.deals, book.period_date, book.rep.c_str());
    REQUIRE(s.lines.size() == 3);
    CHECK(s.lines[0].amount.minor == 352'000);
    CHECK(s.lines[1].amount.minor == 528'000);
    CHECK(s.lines[2].credit.minor == 2'500'000);
    CHECK(s.lines[2].amount.minor == 220'000);
    CHECK(s.total_payout.minor == 1'100'000);
    CHECK(s.attainment.value == 0.625);
    CHECK(s.effective_rate.value == doctest::Approx(0.088));   // 11,000 / 125,000
    CHECK(s.base_salary.minor == 3'000'000);
    CHECK(s.total_pay.minor == 4'100'000);
}

// [SECTION] Attainment curve

TEST_CASE("curve: once the period crosses a 50% threshold, every deal earns the period's 60%: $8,000 and $4,000") {
    // Proposed plan: target incentive $20,000, quota $200,000, threshold 50%.
    // $80,000 + $40,000 = $120,000 = 60%: P = 20,000 x 60% = 12,000, shared 80/120 and 40/120.
    CommissionPlan p = commission_example().plans[1];
    Statement s = statement(p, {deal("a", {2024, 1, 5}, 80'000), deal("b", {2024, 2, 5}, 40'000)});
    CHECK(s.lines[0].amount.minor == 800'000);
    CHECK(s.lines[1].amount.minor == 400'000);
    CHECK(s.lines[1].formula == "$12,000.00 \u00D7 $40,000.00 / $120,000.00 = $4,000.00");
    CHECK(s.attainment.value == doctest::Approx(0.6));
    CHECK(s.subtotals[0].formula == "$20,000.00 \u00D7 (60%) = $12,000.00");
}

TEST_CASE("curve: $240,000 (120%) pays 20,000 x (1 + 0.2 x 1.5) = $26,000") {
    CommissionPlan p = commission_example().plans[1];
    Statement s = statement(p, {deal("a", {2024, 1, 5}, 240'000)});
    CHECK(s.total_payout.minor == 2'600'000);
    CHECK(s.subtotals[0].formula == "$20,000.00 \u00D7 (100% + 20% \u00D7 1.5) = $26,000.00");
}

// [SECTION] Caps and a closed last tier

TEST_CASE("cap: a 10% flat component capped at $30,000 on $400,000 pays $30,000, shared by the deals") {
    // 400,000 x 10% = 40,000 before the cap; min(40,000, 30,000) = 30,000. Deals of 100,000 and
    // 300,000 share it 1/4 and 3/4: 7,500 and 22,500. A note says the cap applied.
    CommissionPlan p = flat_plan(0.1);
    p.components[0].capped = true;
    p.components[0].cap = usd(30'000);
    Statement s = statement(p, {deal("a", {2024, 1, 5}, 100'000), deal("b", {2024, 2, 5}, 300'000)});
    auto lines = lines_of(s, LineKind::Commission);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].amount.minor == 750'000);
    CHECK(lines[0].formula == "$30,000.00 \u00D7 $100,000.00 / $400,000.00 = $7,500.00");
    CHECK(lines[1].amount.minor == 2'250'000);
    auto cap = lines_of(s, LineKind::CapApplied);
    REQUIRE(cap.size() == 1);
    CHECK(cap[0].source == 0);
    CHECK(cap[0].deal == -1);
    CHECK(cap[0].basis.minor == 4'000'000);
    CHECK(cap[0].amount.minor == 0);
    CHECK(cap[0].formula == "min($40,000.00, $30,000.00) = $30,000.00");
    CHECK(s.commission.minor == 3'000'000);
    REQUIRE(s.subtotals.size() == 1);   // a note has no subtotal
    CHECK(s.subtotals[0].formula == "min($400,000.00 \u00D7 10%, $30,000.00) = $30,000.00");
}

TEST_CASE("cap: a cap the period does not reach changes nothing and says nothing") {
    // 200,000 x 10% = 20,000 < 30,000: flat lines stay basis x rate, no note.
    CommissionPlan p = flat_plan(0.1);
    p.components[0].capped = true;
    p.components[0].cap = usd(30'000);
    Statement s = statement(p, {deal("a", {2024, 1, 5}, 200'000)});
    CHECK(s.lines.size() == 1);
    CHECK(s.lines[0].formula == "$200,000.00 \u00D7 10% = $20,000.00");
    CHECK(s.commission.minor == 2'000'000);
}

TEST_CASE("cap: marginal tiers capped at $15,000 pay $15,000 on $180,000 instead of $17,600") {
    // P(180,000) = 8,000 + 80,000 x 12% = 17,600 > 15,000. Deals 60,000 and 120,000: 5,000 and
    // 10,000. A 1.2x multi-year multiplier on the first applies after the cap: 5,000 x 0.2 = 1,000.
    CommissionPlan p = tiered_plan(TierMethod::Marginal);
    p.components[0].capped = true;
    p.components[0].cap = usd(15'000);
    p.multipliers = {DealMultiplier{MultiplierKind::MultiYear, "", 1.2}};
    ClosedDeal a = deal("a", {2024, 1, 5}, 60'000);
    a.contract_years = 3;
    Statement s = statement(p, {a, deal("b", {2024, 2, 5}, 120'000)});
    CHECK(deal_earnings(s, 0).minor == 600'000);
    CHECK(deal_earnings(s, 1).minor == 1'000'000);
    CHECK(s.subtotals[0].amount.minor == 1'500'000);
    auto cap = lines_of(s, LineKind::CapApplied);
    REQUIRE(cap.size() == 1);
    CHECK(cap[0].formula == "min($17,600.00, $15,000.00) = $15,000.00");
    CHECK(s.commission.minor == 1'600'000);
}

TEST_CASE("closed last tier: 7% from $100,000 to $250,000 pays nothing on the $20,000 above, and says so") {
    // Tiers 5% to 100,000, 7% from 100,000 to 250,000, nothing published above. $270,000:
    // 100,000 x 5% + 150,000 x 7% = 5,000 + 10,500 = 15,500; the last 20,000 earns 0.
    // Retroactive: 250,000 x 7% = 17,500 (the covered amount at the tier reached).
    CommissionPlan p = flat_plan(0);
    p.components[0].kind = ComponentKind::Tiered;
    p.components[0].tiers = {Tier{usd(0), usd(100'000), false, 0.05}, Tier{usd(100'000), usd(250'000), false, 0.07}};
    Statement s = statement(p, {deal("a", {2024, 1, 5}, 270'000)});
    CHECK(s.commission.minor == 1'550'000);
    CHECK(s.subtotals[0].formula == "$100,000.00 \u00D7 5% + $150,000.00 \u00D7 7% = $15,500.00");
    auto above = lines_of(s, LineKind::AboveLastTier);
    REQUIRE(above.size() == 1);
    CHECK(above[0].source == 0);
    CHECK(above[0].basis.minor == 2'000'000);
    CHECK(above[0].amount.minor == 0);
    CHECK(above[0].formula == "($270,000.00 \u2212 $250,000.00) \u00D7 0% = $0.00");
    p.components[0].method = TierMethod::Retroactive;
    Statement retro = statement(p, {deal("a", {2024, 1, 5}, 270'000)});
    CHECK(retro.commission.minor == 1'750'000);
    CHECK(retro.subtotals[0].formula == "$250,000.00 \u00D7 7% = $17,500.00");
    // Exactly at the end: nothing above, no note. 250,000 marginal: 5,000 + 10,500 = 15,500.
    p.components[0].method = TierMethod::Marginal;
    Statement at_end = statement(p, {deal("a", {2024, 1, 5}, 250'000)});
    CHECK(at_end.commission.minor == 1'550'000);
    CHECK(lines_of(at_end, LineKind::AboveLastTier).empty());
}

// [SECTION] Multipliers, SPIFFs, splits

TEST_CASE("multipliers: a 2-year new logo at 1.2 x 1.5 adds $5,000 x (1.8 - 1) = $4,000 to its $5,000") {
    CommissionPlan p = flat_plan(0.1);
    p.multipliers = {DealMultiplier{MultiplierKind::MultiYear, "", 1.2},
                     DealMultiplier{MultiplierKind::NewLogo, "", 1.5}};
    ClosedDeal d = deal("D1", {2024, 1, 5}, 50'000);
    d.new_logo = true;
    d.contract_years = 2;
    Statement s = statement(p, {d, deal("plain", {2024, 1, 6}, 10'000)});
    auto m = lines_of(s, LineKind::Multiplier);
    REQUIRE(m.size() == 1);   // the plain one-year renewal gets none
    CHECK(m[0].deal == 0);
    CHECK(m[0].basis.minor == 500'000);
    CHECK(m[0].rate == doctest::Approx(0.8));
    CHECK(m[0].amount.minor == 400'000);
    CHECK(m[0].formula == "$5,000.00 \u00D7 (1.2 \u00D7 1.5 \u2212 1) = $4,000.00");
    CHECK(deal_earnings(s, 0).minor == 900'000);
    CHECK(deal_earnings(s, 1).minor == 100'000);
    CHECK(s.commission.minor == 1'000'000);
}

TEST_CASE("multipliers: a 0.5 product multiplier takes $500 off a $1,000 hardware commission") {
    CommissionPlan p = flat_plan(0.1);
    p.multipliers = {DealMultiplier{MultiplierKind::Product, "Hardware", 0.5}};
    ClosedDeal hw = deal("hw", {2024, 1, 5}, 10'000);
    hw.product = "Hardware";
    ClosedDeal sw = deal("sw", {2024, 1, 6}, 10'000);
    sw.product = "Software";
    Statement s = statement(p, {hw, sw});
    auto m = lines_of(s, LineKind::Multiplier);
    REQUIRE(m.size() == 1);
    CHECK(m[0].amount.minor == -50'000);
    CHECK(s.total_payout.minor == 150'000);
}

TEST_CASE("SPIFF: $500 per new logo, split 50/50, pays each rep $250") {
    CommissionPlan p = flat_plan(0.1);
    p.spiffs = {Spiff{"New logo bonus", usd(500), "", true}};
    ClosedDeal d = deal("D1", {2024, 1, 5}, 20'000);
    d.new_logo = true;
    d.splits = {SplitShare{"ana", 0.5}, SplitShare{"ben", 0.5}};
    ClosedDeal renewal = deal("R1", {2024, 1, 6}, 20'000);
    for (const char* rep : {"ana", "ben"}) {
        Statement s = statement(p, {d, renewal}, {2024, 1, 1}, rep);
        auto spiffs = lines_of(s, LineKind::Spiff);
        REQUIRE(spiffs.size() == 1);
        CHECK(spiffs[0].deal == 0);
        CHECK(spiffs[0].amount.minor == 25'000);
        CHECK(spiffs[0].formula == "$500.00 \u00D7 50% = $250.00");
        CHECK(s.subtotals.back().kind == LineKind::Spiff);
        CHECK(s.subtotals.back().amount.minor == 25'000);
    }
}

TEST_CASE("split: three reps at 33.33/33.33/33.34 of a $100,000 deal at 10% earn $3,333 + $3,333 + $3,334 = $10,000") {
    CommissionPlan p = flat_plan(0.1);
    ClosedDeal d = deal("D1", {2024, 1, 5}, 100'000);
    d.splits = {SplitShare{"ana", 0.3333}, SplitShare{"ben", 0.3333}, SplitShare{"cai", 0.3334}};
    int64_t credits = 0, paid = 0;
    const int64_t expected_credit[] = {3'333'000, 3'333'000, 3'334'000};
    const char* reps[] = {"ana", "ben", "cai"};
    for (int i = 0; i < 3; ++i) {
        Statement s = statement(p, {d}, {2024, 1, 1}, reps[i]);
        CHECK(s.bookings.minor == expected_credit[i]);
        credits += s.bookings.minor;
        paid += s.total_payout.minor;
    }
    CHECK(credits == 10'000'000);
    CHECK(paid == 1'000'000);
}

TEST_CASE("statement: deals of other reps and of other periods are left out; same-day deals keep input order") {
    Statement s =
        statement(flat_plan(0.1), {deal("ben's", {2024, 1, 5}, 10'000, "ben"), deal("Q2", {2024, 4, 1}, 10'000),
                                   deal("first", {2024, 3, 31}, 1'000), deal("second", {2024, 3, 31}, 2'000),
                                   deal("Q4 last year", {2023, 12, 31}, 5'000)});
    REQUIRE(s.lines.size() == 2);
    CHECK(s.lines[0].deal == 2);
    CHECK(s.lines[1].deal == 3);
    CHECK(s.deals == 2);
    CHECK(s.period.first == CivilDate{2024, 1, 1});
    CHECK(s.period.last == CivilDate{2024, 3, 31});
}

// [SECTION] Clawbacks

TEST_CASE("clawback in a later period: a customer churning 51 days after a March close takes $5,000 back in Q2") {
    CommissionPlan p = flat_plan(0.1);
    p.clawback_days = 90;
    ClosedDeal d = deal("D1", {2024, 3, 20}, 50'000);
    d.churned = true;
    d.churn_date = CivilDate{2024, 5, 10};
    auto run = periods(p, {d}, {2024, 1, 1}, 2);
    // Q1: the commission is paid in full.
    CHECK(run[0].total_payout.minor == 500'000);
    CHECK(lines_of(run[0], LineKind::Clawback).empty());
    // Q2: one clawback line, -1 x what the deal earned in Q1.
    auto claw = lines_of(run[1], LineKind::Clawback);
    REQUIRE(claw.size() == 1);
    CHECK(claw[0].deal == 0);
    CHECK(claw[0].days == 51);
    CHECK(claw[0].basis.minor == 500'000);
    CHECK(claw[0].rate == -1);
    CHECK(claw[0].amount.minor == -500'000);
    CHECK(claw[0].formula == "\u22121 \u00D7 $5,000.00 = -$5,000.00");
    CHECK(run[1].clawbacks.minor == -500'000);
    CHECK(run[1].total_payout.minor == -500'000);   // no draw: the rep owes it
    CHECK(run[1].deals == 0);
    // A statement of Q2 alone finds the same clawback.
    CHECK(statement(p, {d}, {2024, 5, 1}).clawbacks.minor == -500'000);
}

TEST_CASE("clawback: exactly 90 days after the close is within a 90-day window; 91 days is not") {
    CommissionPlan p = flat_plan(0.1);
    p.clawback_days = 90;
    ClosedDeal d = deal("D1", {2024, 3, 20}, 50'000);
    d.churned = true;
    d.churn_date = CivilDate{2024, 6, 18};   // 11 + 30 + 31 + 18 = 90 days
    CHECK(statement(p, {d}, {2024, 4, 1}).clawbacks.minor == -500'000);
    d.churn_date = CivilDate{2024, 6, 19};
    CHECK(statement(p, {d}, {2024, 4, 1}).clawbacks.minor == 0);
    p.clawback_days = 0;   // no window: never clawed back
    d.churn_date = CivilDate{2024, 3, 21};
    CHECK(statement(p, {d}, {2024, 1, 1}).clawbacks.minor == 0);
}

TEST_CASE("clawback: takes back a tiered deal's share with its multiplier ($9,600)") {
    // Q1: $120,000 and an $80,000 new logo: P(200,000) = 8,000 + 100,000 x 12% = 20,000, the logo's
    // share 20,000 x 80/200 = 8,000, x 1.2 new-logo multiplier adds 1,600: the deal earned 9,600.
    // It churns 65 days later, in Q2.
    CommissionPlan p = tiered_plan(TierMethod::Marginal);
    p.multipliers = {DealMultiplier{MultiplierKind::NewLogo, "", 1.2}};
    p.clawback_days = 90;
    ClosedDeal big = deal("big", {2024, 1, 10}, 120'000);
    ClosedDeal logo = deal("logo", {2024, 2, 10}, 80'000);
    logo.new_logo = true;
    logo.churned = true;
    logo.churn_date = CivilDate{2024, 4, 15};
    ClosedDeal q2 = deal("q2", {2024, 4, 20}, 10'000);
    Statement s = statement(p, {big, logo, q2}, {2024, 4, 1});
    auto claw = lines_of(s, LineKind::Clawback);
    REQUIRE(claw.size() == 1);
    CHECK(claw[0].days == 65);
    CHECK(claw[0].amount.minor == -960'000);
    // Q2's own deal: P(10,000) = 800. Earned = 800 - 9,600.
    CHECK(s.commission.minor == 80'000);
    CHECK(s.earned.minor == -880'000);
}

TEST_CASE("clawback: a churn in the same period shows the commission and its clawback side by side") {
    CommissionPlan p = flat_plan(0.1);
    p.clawback_days = 30;
    ClosedDeal d = deal("D1", {2024, 1, 10}, 10'000);
    d.churned = true;
    d.churn_date = CivilDate{2024, 1, 25};
    Statement s = statement(p, {d});
    CHECK(s.commission.minor == 100'000);
    CHECK(s.clawbacks.minor == -100'000);
    CHECK(s.total_payout.minor == 0);
}

// [SECTION] Draws over periods

TEST_CASE(
    "recoverable draw repaid over two periods: $3,000 advanced in January, $2,000 kept in February, $1,000 in March") {
    // Monthly, 10% flat, $3,000 recoverable draw. January: nothing earned, the draw is advanced.
    // February: $50,000 earns 5,000; min(3,000 owed, 5,000 - 3,000) = 2,000 kept; 3,000 paid.
    // March: $60,000 earns 6,000; min(1,000, 3,000) = 1,000 kept; 5,000 paid; nothing owed.
    CommissionPlan p = flat_plan(0.1, PlanPeriod::Month);
    p.draw = Draw{DrawKind::Recoverable, usd(3'000)};
    auto run = periods(p, {deal("feb", {2024, 2, 14}, 50'000), deal("mar", {2024, 3, 14}, 60'000)}, {2024, 1, 1}, 3);
    REQUIRE(run.size() == 3);
    auto jan = lines_of(run[0], LineKind::DrawAdvance);
    REQUIRE(jan.size() == 1);
    CHECK(jan[0].amount.minor == 300'000);
    CHECK(jan[0].formula == "$3,000.00 \u2212 $0.00 = $3,000.00");
    CHECK(run[0].total_payout.minor == 300'000);
    CHECK(run[0].draw_balance_after.minor == 300'000);

    auto feb = lines_of(run[1], LineKind::DrawRecovery);
    REQUIRE(feb.size() == 1);
    CHECK(feb[0].amount.minor == -200'000);
    CHECK(feb[0].formula == "\u2212min($3,000.00, $5,000.00 \u2212 $3,000.00) = -$2,000.00");
    CHECK(run[1].draw_balance_before.minor == 300'000);
    CHECK(run[1].earned.minor == 500'000);
    CHECK(run[1].total_payout.minor == 300'000);
    CHECK(run[1].draw_balance_after.minor == 100'000);

    CHECK(run[2].draw.minor == -100'000);
    CHECK(run[2].total_payout.minor == 500'000);
    CHECK(run[2].draw_balance_after.minor == 0);
    CHECK(run[2].period.first == CivilDate{2024, 3, 1});
}

TEST_CASE("non-recoverable draw: $1,200 earned is topped up by $1,800 to the $3,000 guarantee, never owed") {
    CommissionPlan p = flat_plan(0.1, PlanPeriod::Month);
    p.draw = Draw{DrawKind::NonRecoverable, usd(3'000)};
    auto run = periods(p, {deal("a", {2024, 1, 14}, 12'000), deal("b", {2024, 2, 14}, 50'000)}, {2024, 1, 1}, 2);
    auto top_up = lines_of(run[0], LineKind::Guarantee);
    REQUIRE(top_up.size() == 1);
    CHECK(top_up[0].amount.minor == 180'000);
    CHECK(run[0].total_payout.minor == 300'000);
    CHECK(run[0].draw_balance_after.minor == 0);
    CHECK(run[1].total_payout.minor == 500'000);   // nothing recovered
}

TEST_CASE("draw: an opening balance is repaid from the first period's earnings above the draw") {
    CommissionPlan p = flat_plan(0.1, PlanPeriod::Month);
    p.draw = Draw{DrawKind::Recoverable, usd(1'000)};
    StatementRequest req;
    req.rep = "ana";
    req.period_date = CivilDate{2024, 1, 1};
    req.draw_balance = usd(500);
    auto s = build_statement(p, {deal("a", {2024, 1, 5}, 20'000)}, req);
    REQUIRE(s.ok());
    CHECK(s.value.draw.minor == -50'000);   // min(500, 2,000 - 1,000)
    CHECK(s.value.total_payout.minor == 150'000);
    CHECK(s.value.draw_balance_after.minor == 0);
}

TEST_CASE("clawback under each draw: none, recoverable, non-recoverable carrying it, non-recoverable forgiving it") {
    // Monthly, 10% flat, a $3,000 draw, 90-day clawback window.
    // January: D1 $50,000 earns 5,000 (above the draw). It churns on Feb 5.
    // February: D2 $10,000 earns 1,000; the clawback takes back 5,000: earned = -4,000.
    // March: D3 $80,000 earns 8,000.
    CommissionPlan p = flat_plan(0.1, PlanPeriod::Month);
    p.clawback_days = 90;
    ClosedDeal d1 = deal("D1", {2024, 1, 10}, 50'000);
    d1.churned = true;
    d1.churn_date = CivilDate{2024, 2, 5};
    const std::vector<ClosedDeal> deals = {d1, deal("D2", {2024, 2, 20}, 10'000), deal("D3", {2024, 3, 20}, 80'000)};

    SUBCASE("no draw: February pays -4,000; March 8,000") {
        auto run = periods(p, deals, {2024, 1, 1}, 3);
        CHECK(run[1].earned.minor == -400'000);
        CHECK(run[1].total_payout.minor == -400'000);
        CHECK(run[2].total_payout.minor == 800'000);
    }
    SUBCASE("recoverable: February advances 3,000 - (-4,000) = 7,000, owed; March keeps min(7,000, 5,000)") {
        p.draw = Draw{DrawKind::Recoverable, usd(3'000)};
        auto run = periods(p, deals, {2024, 1, 1}, 3);
        CHECK(run[1].draw.minor == 700'000);
        CHECK(run[1].total_payout.minor == 300'000);
        CHECK(run[1].draw_balance_after.minor == 700'000);
        CHECK(lines_of(run[1], LineKind::ClawbackCarried).empty());   // all of the advance is owed already
        CHECK(run[2].draw.minor == -500'000);
        CHECK(run[2].total_payout.minor == 300'000);
        CHECK(run[2].draw_balance_after.minor == 200'000);
    }
    SUBCASE("non-recoverable, clawback reduces future pay (the default): the 5,000 is carried and recovered") {
        p.draw = Draw{DrawKind::NonRecoverable, usd(3'000)};
        CHECK(p.draw.clawback == DrawClawback::ReducesFuture);
        auto run = periods(p, deals, {2024, 1, 1}, 3);
        // February: the guarantee tops up 7,000 (the rep is paid 3,000); carried =
        // min(5,000 clawed, 7,000 top-up) = 5,000.
        auto top_up = lines_of(run[1], LineKind::Guarantee);
        REQUIRE(top_up.size() == 1);
        CHECK(top_up[0].amount.minor == 700'000);
        auto carried = lines_of(run[1], LineKind::ClawbackCarried);
        REQUIRE(carried.size() == 1);
        CHECK(carried[0].basis.minor == 500'000);
        CHECK(carried[0].amount.minor == 0);
        CHECK(carried[0].formula == "min($5,000.00, $3,000.00 \u2212 (-$4,000.00)) = $5,000.00");
        CHECK(run[1].total_payout.minor == 300'000);
        CHECK(run[1].draw_balance_after.minor == 500'000);
        // March: min(5,000, 8,000 - 3,000) = 5,000 recovered; the rep is paid 3,000; nothing owed.
        CHECK(run[2].draw.minor == -500'000);
        CHECK(run[2].total_payout.minor == 300'000);
        CHECK(run[2].draw_balance_after.minor == 0);
    }
    SUBCASE("non-recoverable, clawback forgiven: February pays 3,000, March 8,000, nothing owed") {
        p.draw = Draw{DrawKind::NonRecoverable, usd(3'000), DrawClawback::Forgiven};
        auto run = periods(p, deals, {2024, 1, 1}, 3);
        CHECK(run[1].total_payout.minor == 300'000);
        CHECK(lines_of(run[1], LineKind::ClawbackCarried).empty());
        CHECK(run[1].draw_balance_after.minor == 0);
        CHECK(run[2].total_payout.minor == 800'000);
    }
}

TEST_CASE("curve without a cliff: $200,000 exactly pays the whole $20,000 under either owner, decelerated or not") {
    // Quota 200,000, decelerator 80%, no threshold: at 100% the rate is 80% + 20% x 100% = 100%.
    // At $180,000 (90%): 20,000 x 0.9 x (0.8 + 0.2 x 0.9) = 20,000 x 0.882 = 17,640.
    // With a cliff and the lower owner, exactly 100% is still below: 20,000 x 0.8 = 16,000.
    CommissionPlan p = commission_example().plans[1];
    p.components[0].curve.threshold = 0;
    p.components[0].curve.decelerator = 0.8;
    for (BoundaryOwner owner : {BoundaryOwner::UpperTier, BoundaryOwner::LowerTier}) {
        p.boundary = owner;
        CHECK(statement(p, {deal("a", {2024, 1, 5}, 200'000)}).commission.minor == 2'000'000);
        CHECK(statement(p, {deal("a", {2024, 1, 5}, 180'000)}).commission.minor == 1'764'000);
    }
    p.components[0].curve.cliff = true;
    CHECK(statement(p, {deal("a", {2024, 1, 5}, 200'000)}).commission.minor == 1'600'000);
    p.boundary = BoundaryOwner::UpperTier;
    CHECK(statement(p, {deal("a", {2024, 1, 5}, 200'000)}).commission.minor == 2'000'000);
    CHECK(statement(p, {deal("a", {2024, 1, 5}, 180'000)}).commission.minor == 1'440'000);   // 0.8 x 0.9
}

// [SECTION] Edge cases and errors

TEST_CASE("empty period: zero payout, 0% attainment, and no effective rate (nothing to divide by)") {
    Statement s = statement(tiered_plan(TierMethod::Marginal), {});
    CHECK(s.lines.empty());
    CHECK(s.total_payout.minor == 0);
    REQUIRE(s.attainment.ok());
    CHECK(s.attainment.value == 0);
    CHECK_FALSE(s.effective_rate.ok());
    CHECK(std::string(s.effective_rate.problem.code) == "no_bookings");
    REQUIRE(s.subtotals.size() == 1);   // every component has a subtotal
    CHECK(s.subtotals[0].amount.minor == 0);
}

TEST_CASE("no quota: the statement works but says there is no attainment") {
    CommissionPlan p = flat_plan(0.1);
    p.quota = usd(0);
    Statement s = statement(p, {deal("a", {2024, 1, 5}, 1'000)});
    CHECK(s.total_payout.minor == 10'000);
    CHECK_FALSE(s.attainment.ok());
    CHECK(std::string(s.attainment.problem.code) == "no_quota");
}

TEST_CASE("zero-amount deal: a line of zero, no division by zero in its rate") {
    Statement s = statement(tiered_plan(TierMethod::Retroactive), {deal("free", {2024, 1, 5}, 0)});
    REQUIRE(s.lines.size() == 1);
    CHECK(s.lines[0].amount.minor == 0);
    CHECK(s.lines[0].rate == 0);
}

TEST_CASE("statement: bad requests, plans and deals are refused with their field") {
    CommissionPlan p = flat_plan(0.1);
    StatementRequest req;
    req.period_date = CivilDate{2024, 1, 1};
    check_problem(build_statement(p, {}, req).problem, "rep_missing", "rep");
    req.rep = "ana";
    req.period_date = CivilDate{2024, 2, 30};
    check_problem(build_statement(p, {}, req).problem, "invalid_date", "period");
    req.period_date = CivilDate{2024, 1, 1};
    req.draw_balance = usd(-1);
    check_problem(build_statement(p, {}, req).problem, "amount_negative", "draw_balance");
    req.draw_balance = usd(0);
    check_problem(run_periods(p, {}, req, 0).problem, "periods_out_of_range", "periods");
    check_problem(run_periods(p, {}, req, 121).problem, "periods_out_of_range", "periods");
    CommissionPlan bad = p;
    bad.components[0].rate = -1;
    check_problem(build_statement(bad, {}, req).problem, "rate_negative", "components[0].rate");
    ClosedDeal d = deal("a", {2024, 1, 5}, 100);
    d.splits = {SplitShare{"ana", 0.5}};
    check_problem(build_statement(p, {d}, req).problem, "splits_not_100", "deals[0].splits");
    req.period_date = CivilDate{9999, 12, 1};
    check_problem(run_periods(p, {}, req, 2).problem, "invalid_date", "periods");
}

TEST_CASE("statement: a payout beyond Money's range is refused, not wrapped") {
    // A one-cent quota makes a $1,000,000,000 deal 10^11 x quota; at 100x that is far too much.
    CommissionPlan p;
    p.currency = usd_currency;
    p.quota = Money{1, usd_currency};
    p.target_incentive = usd(1'000'000);
    PlanComponent c;
    c.kind = ComponentKind::Curve;
    c.curve.accelerators = {Accelerator{1.0, 100}};
    p.components = {c};
    StatementRequest req;
    req.rep = "ana";
    req.period_date = CivilDate{2024, 1, 1};
    check_problem(build_statement(p, {deal("huge", {2024, 1, 5}, 1e9)}, req).problem, "payout_too_large", "");
}

TEST_CASE("statement: many large deals add up without overflow (1,000 deals of $1,000,000,000)") {
    std::vector<ClosedDeal> deals(1000, deal("big", {2024, 1, 5}, 1e9));
    Statement s = statement(tiered_plan(TierMethod::Marginal), deals);
    CHECK(s.bookings.minor == 100'000'000'000'000);
    CHECK(s.total_payout.minor > 0);
    CHECK(s.lines.size() == 1000);
}

TEST_CASE("statement: bulk runs may skip the formula texts; the amounts are the same") {
    CommissionBook book = commission_example();
    StatementRequest req;
    req.rep = book.rep;
    req.period_date = book.period_date;
    req.formulas = false;
    auto s = build_statement(book.plans[0], book.deals, req);
    REQUIRE(s.ok());
    CHECK(s.value.total_payout.minor == 1'100'000);
    for (const StatementLine& l : s.value.lines) CHECK(l.formula.empty());
}

TEST_CASE("line kinds have stable ids") {
    CHECK(std::string(line_kind_id(LineKind::Commission)) == "commission");
    CHECK(std::string(line_kind_id(LineKind::DrawRecovery)) == "draw_recovery");
    CHECK(std::string(line_kind_id(LineKind::Guarantee)) == "guarantee");
    CHECK(std::string(line_kind_id(LineKind::CapApplied)) == "cap_applied");
    CHECK(std::string(line_kind_id(LineKind::AboveLastTier)) == "above_last_tier");
    CHECK(std::string(line_kind_id(LineKind::ClawbackCarried)) == "clawback_carried");
}
