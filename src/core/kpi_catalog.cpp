// The KPIs: one compute function each (the formula in its comment), then the catalog that gives
// each its inputs, unit, words and rule of thumb. Inputs arrive present and in range
// (evaluate_kpi checks them); each function handles the cases where the KPI is undefined.
// A money result is rounded once; an amount shown as a step (the CAC inside CAC payback) is
// rounded as shown, and later steps use it, so every line can be checked by hand.
//
// Index
// [SECTION] Undefined cases shared by several KPIs
// [SECTION] Acquisition
// [SECTION] Revenue
// [SECTION] Retention
// [SECTION] Efficiency
// [SECTION] Satisfaction
// [SECTION] Catalog
#include <cstdint>
#include "kpi.h"
#include "kpi_args.h"
#include "pipeline.h"

namespace quotient {

using Result = Outcome<KpiResult>;

static const char* const minus = " \u2212 ";
static const char* const times = " \u00D7 ";

static std::string parens(const std::string& inside) { return "(" + inside + ")"; }

// [SECTION] Undefined cases shared by several KPIs

static Result no_new_customers() {
    return undefined("no_new_customers", "new_customers", "With no new customers, the cost per customer is undefined.");
}
static Result no_deals_won() {
    return undefined("no_deals_won", "deals_won", "With no deals won, there is nothing to average.");
}
static Result no_revenue() {
    return undefined("no_revenue", "revenue", "With zero revenue, a share of revenue is undefined.");
}
static Result no_quota() {
    return undefined("no_quota", "quota", "With a quota of zero, attainment and coverage are undefined.");
}
static Result no_customers_at_start() {
    return undefined("no_customers_at_start", "customers_at_start",
                     "With no customers at the start of the period, churn and retention are undefined.");
}
static Result no_starting_mrr() {
    return undefined("no_starting_mrr", "starting_mrr",
                     "With no MRR at the start of the period, revenue retention and MRR churn are undefined.");
}
static Result no_churn() {
    return undefined("no_churn", "monthly_churn_rate",
                     "With a churn rate of 0, lifetime value has no limit: enter a churn rate above 0.");
}

// Customers lost can only come from those there at the start.
static bool lost_exceeds_start(const KpiArgs& a, Result& out) {
    if (a.number("customers_lost") <= a.number("customers_at_start")) return false;
    out = undefined("lost_exceeds_start", "customers_lost",
                    "Customers lost cannot be more than customers at the start of the period.");
    return true;
}

// Contraction and churn are losses of the MRR there at the start of the period.
static bool losses_exceed_start(const KpiArgs& a, Result& out) {
    const int64_t losses = a.money("contraction_mrr").minor + a.money("churned_mrr").minor;
    if (losses <= a.money("starting_mrr").minor) return false;
    out = undefined("losses_exceed_start", "churned_mrr",
                    "Contraction and churned MRR cannot be more than the MRR at the start of the period.");
    return true;
}

// Retention and MRR churn are shares of the MRR there at the start, which must exist and cover
// the losses.
static bool starting_mrr_unusable(const KpiArgs& a, Result& out) {
    if (a.money("starting_mrr").minor == 0) {
        out = no_starting_mrr();
        return true;
    }
    return losses_exceed_start(a, out);
}

// [SECTION] Acquisition

// CAC = sales and marketing spend / new customers, rounded to Money; shared by CAC, CAC payback
// and LTV:CAC so that the three cards agree to the cent.
static Outcome<Money> acquisition_cost(const KpiArgs& a, std::vector<KpiStep>& steps) {
    const Money spend = a.money("sales_marketing_spend");
    const double customers = a.number("new_customers");
    if (customers == 0) return Outcome<Money>{{}, no_new_customers().problem};
    auto cac = a.round_money(double(spend.minor) / customers);
    if (cac.ok()) steps.push_back({"CAC", a.show(spend) + " / " + a.show_count(customers) + " = " + a.show(cac.value)});
    return cac;
}

static Result cac(const KpiArgs& a) {
    std::vector<KpiStep> steps;
    auto cost = acquisition_cost(a, steps);
    if (!cost.ok()) return Result{{}, cost.problem};
    return a.finish(cost.value, std::move(steps));
}

// Conversion rate = conversions / visitors
static Result conversion_rate(const KpiArgs& a) {
    const double conversions = a.number("conversions"), visitors = a.number("visitors");
    if (visitors == 0) return undefined("no_visitors", "visitors", "With no visitors, the conversion rate is undefined.");
    if (conversions > visitors)
        return undefined("conversions_exceed_visitors", "conversions", "Conversions cannot be more than visitors.");
    return a.finish(conversions / visitors, "Conversion rate", a.show_count(conversions) + " / " + a.show_count(visitors));
}

// Closing ratio = deals won / opportunities worked (open, lost and won alike)
static Result closing_ratio(const KpiArgs& a) {
    const double won = a.number("deals_won"), worked = a.number("opportunities_worked");
    if (worked == 0)
        return undefined("no_opportunities", "opportunities_worked",
                         "With no opportunities worked, the closing ratio is undefined.");
    if (won > worked)
        return undefined("won_exceeds_opportunities", "deals_won", "Deals won cannot be more than opportunities worked.");
    return a.finish(won / worked, "Closing ratio", a.show_count(won) + " / " + a.show_count(worked));
}

// Win rate = deals won / (deals won + deals lost): decided deals only
static Result win_rate(const KpiArgs& a) {
    const double won = a.number("deals_won"), lost = a.number("deals_lost");
    if (won + lost == 0)
        return undefined("no_closed_deals", "deals_won", "With no deals won or lost, the win rate is undefined.");
    return a.finish(won / (won + lost), "Win rate",
                    a.show_count(won) + " / (" + a.show_count(won) + " + " + a.show_count(lost) + ")");
}

// [SECTION] Revenue

// ACV = total contract value / contract years
static Result acv(const KpiArgs& a) {
    const Money tcv = a.money("total_contract_value");
    const double years = a.number("contract_years");
    if (years == 0)
        return undefined("no_contract_years", "contract_years", "A contract of zero years has no annual value.");
    return a.finish(double(tcv.minor) / years, "ACV", a.show(tcv) + " / " + a.show_value(KpiUnit::Years, years));
}

// TCV = recurring fees per year x contract years + one-time fees
static Result tcv(const KpiArgs& a) {
    const Money fees = a.money("recurring_fees_per_year"), once = a.money("one_time_fees");
    const double years = a.number("contract_years");
    return a.finish(double(fees.minor) * years + double(once.minor), "TCV",
                    a.show(fees) + times + a.show_value(KpiUnit::Years, years) + " + " + a.show(once));
}

// MRR at the end = start + new + expansion - contraction - churned
static Result mrr(const KpiArgs& a) {
    Result out;
    if (losses_exceed_start(a, out)) return out;
    const Money start = a.money("starting_mrr"), added = a.money("new_mrr"), expansion = a.money("expansion_mrr"),
                contraction = a.money("contraction_mrr"), churned = a.money("churned_mrr");
    // Exact in integers: each amount is at most 10^17 minor units.
    const int64_t end = start.minor + added.minor + expansion.minor - contraction.minor - churned.minor;
    return a.finish(double(end), "MRR",
                    a.show(start) + " + " + a.show(added) + " + " + a.show(expansion) + minus + a.show(contraction) +
                        minus + a.show(churned));
}

// MRR of a plan = price per billing period / months per billing period: a yearly 12,000 and a
// quarterly 3,000 are both 1,000 a month. The period is 1, 3 or 12 (the input's choices).
static Result mrr_from_plan(const KpiArgs& a) {
    const Money price = a.money("plan_price");
    const double months = a.number("billing_period_months");
    return a.finish(double(price.minor) / months, "MRR",
                    a.show(price) + " / " + a.show_value(KpiUnit::Months, months));
}

// ARR = MRR x 12
static Result arr(const KpiArgs& a) {
    const Money mrr = a.money("current_mrr");
    return a.finish(double(mrr.minor) * 12, "ARR", a.show(mrr) + times + "12");
}

// ARPA = MRR / paying customers
static Result arpa(const KpiArgs& a) {
    const Money mrr = a.money("current_mrr");
    const double accounts = a.number("paying_customers");
    if (accounts == 0)
        return undefined("no_paying_customers", "paying_customers",
                         "With no paying customers, revenue per account is undefined.");
    return a.finish(double(mrr.minor) / accounts, "ARPA", a.show(mrr) + " / " + a.show_count(accounts));
}

// Average deal size = revenue from won deals / deals won
static Result average_deal_size(const KpiArgs& a) {
    const Money revenue = a.money("won_revenue");
    const double won = a.number("deals_won");
    if (won == 0) return no_deals_won();
    return a.finish(double(revenue.minor) / won, "Average deal size", a.show(revenue) + " / " + a.show_count(won));
}

// Quota attainment = bookings / quota
static Result quota_attainment(const KpiArgs& a) {
    const Money bookings = a.money("bookings"), quota = a.money("quota");
    if (quota.minor == 0) return no_quota();
    return a.finish(double(bookings.minor) / double(quota.minor), "Quota attainment", a.show(bookings) + " / " + a.show(quota));
}

// Commission (flat) = sale x commission rate
static Result commission_flat(const KpiArgs& a) {
    const Money sale = a.money("sale_amount");
    const double rate = a.number("commission_rate");
    return a.finish(double(sale.minor) * rate, "Commission", a.show(sale) + times + a.show_rate(rate));
}

// [SECTION] Retention

// Customer churn rate = customers lost in the period / customers at its start
static Result churn_rate(const KpiArgs& a) {
    const double start = a.number("customers_at_start"), lost = a.number("customers_lost");
    if (start == 0) return no_customers_at_start();
    Result out;
    if (lost_exceeds_start(a, out)) return out;
    return a.finish(lost / start, "Customer churn rate", a.show_count(lost) + " / " + a.show_count(start));
}

// Customer retention rate = (customers at start - customers lost) / customers at start
// = 1 - customer churn rate
static Result retention_rate(const KpiArgs& a) {
    const double start = a.number("customers_at_start"), lost = a.number("customers_lost");
    if (start == 0) return no_customers_at_start();
    Result out;
    if (lost_exceeds_start(a, out)) return out;
    return a.finish((start - lost) / start, "Customer retention rate",
                    parens(a.show_count(start) + minus + a.show_count(lost)) + " / " + a.show_count(start));
}

// NRR = (start + expansion - contraction - churned) / start; new customers' MRR is left out
static Result net_revenue_retention(const KpiArgs& a) {
    const Money start = a.money("starting_mrr"), expansion = a.money("expansion_mrr"),
                contraction = a.money("contraction_mrr"), churned = a.money("churned_mrr");
    Result out;
    if (starting_mrr_unusable(a, out)) return out;
    const int64_t kept = start.minor + expansion.minor - contraction.minor - churned.minor;
    return a.finish(double(kept) / double(start.minor), "NRR",
                    parens(a.show(start) + " + " + a.show(expansion) + minus + a.show(contraction) + minus + a.show(churned)) +
                        " / " + a.show(start));
}

// GRR = (start - contraction - churned) / start: retention without expansion, at most 100%
static Result gross_revenue_retention(const KpiArgs& a) {
    const Money start = a.money("starting_mrr"), contraction = a.money("contraction_mrr"), churned = a.money("churned_mrr");
    Result out;
    if (starting_mrr_unusable(a, out)) return out;
    const int64_t kept = start.minor - contraction.minor - churned.minor;
    return a.finish(double(kept) / double(start.minor), "GRR",
                    parens(a.show(start) + minus + a.show(contraction) + minus + a.show(churned)) + " / " + a.show(start));
}

// Gross MRR churn rate = (churned + contraction) / starting MRR, by ChartMogul's definition: the
// share of starting MRR lost, whatever expansion made up for it; 1 - GRR.
static Result gross_mrr_churn_rate(const KpiArgs& a) {
    const Money start = a.money("starting_mrr"), contraction = a.money("contraction_mrr"), churned = a.money("churned_mrr");
    Result out;
    if (starting_mrr_unusable(a, out)) return out;
    return a.finish(double(churned.minor + contraction.minor) / double(start.minor), "Gross MRR churn rate",
                    parens(a.show(churned) + " + " + a.show(contraction)) + " / " + a.show(start));
}

// Net MRR churn rate = (churned + contraction - expansion) / starting MRR, by ChartMogul's
// definition; 1 - NRR. Below zero when existing customers' expansion outweighs their losses.
static Result net_mrr_churn_rate(const KpiArgs& a) {
    const Money start = a.money("starting_mrr"), expansion = a.money("expansion_mrr"),
                contraction = a.money("contraction_mrr"), churned = a.money("churned_mrr");
    Result out;
    if (starting_mrr_unusable(a, out)) return out;
    const int64_t net_loss = churned.minor + contraction.minor - expansion.minor;
    Result r = a.finish(double(net_loss) / double(start.minor), "Net MRR churn rate",
                        parens(a.show(churned) + " + " + a.show(contraction) + minus + a.show(expansion)) + " / " +
                            a.show(start));
    if (r.ok() && net_loss < 0)
        r.value.verdict = "Net negative churn: expansion from existing customers more than made up for the MRR they "
                          "cancelled or downgraded.";
    return r;
}

// LTV = ARPA x gross margin / monthly customer churn rate (a customer stays 1 / churn months on
// average), rounded to Money; shared by LTV and LTV:CAC.
static Outcome<Money> lifetime_value(const KpiArgs& a, std::vector<KpiStep>& steps) {
    const Money arpa = a.money("arpa");
    const double margin = a.number("gross_margin"), churn = a.number("monthly_churn_rate");
    if (churn == 0) return Outcome<Money>{{}, no_churn().problem};
    auto ltv = a.round_money(double(arpa.minor) * margin / churn);
    if (ltv.ok())
        steps.push_back({"LTV", a.show(arpa) + times + a.show_rate(margin) + " / " + a.show_rate(churn) + " = " +
                                    a.show(ltv.value)});
    return ltv;
}

static Result ltv(const KpiArgs& a) {
    std::vector<KpiStep> steps;
    auto value = lifetime_value(a, steps);
    if (!value.ok()) return Result{{}, value.problem};
    return a.finish(value.value, std::move(steps));
}

// Discounted LTV = ARPA x gross margin / (churn + discount rate), all monthly. It is the sum
// over months t = 1, 2, ... of margin x (1 - churn)^(t-1) / (1 + discount)^t: the customer is
// still there in month t with probability (1 - churn)^(t-1), and the month's margin, earned at
// its end, is worth 1 / (1 + discount)^t today. The geometric series sums to the closed form.
static Result ltv_discounted(const KpiArgs& a) {
    const Money arpa = a.money("arpa");
    const double margin = a.number("gross_margin"), churn = a.number("monthly_churn_rate"),
                 discount = a.number("monthly_discount_rate");
    if (churn + discount == 0)
        return undefined("no_churn_no_discount", "monthly_churn_rate",
                         "With no churn and no discount, lifetime value has no limit.");
    return a.finish(double(arpa.minor) * margin / (churn + discount), "Discounted LTV",
                    a.show(arpa) + times + a.show_rate(margin) + " / (" + a.show_rate(churn) + " + " +
                        a.show_rate(discount) + ")");
}

// [SECTION] Efficiency

// LTV:CAC = lifetime value / acquisition cost
static Result ltv_to_cac(const KpiArgs& a) {
    std::vector<KpiStep> steps;
    auto ltv = lifetime_value(a, steps);
    if (!ltv.ok()) return Result{{}, ltv.problem};
    auto cac = acquisition_cost(a, steps);
    if (!cac.ok()) return Result{{}, cac.problem};
    if (cac.value.minor == 0)
        return undefined("no_acquisition_cost", "sales_marketing_spend",
                         "With no acquisition cost, the LTV:CAC ratio is undefined.");
    const double ratio = double(ltv.value.minor) / double(cac.value.minor);
    Result r = a.finish(ratio, "LTV:CAC", a.show(ltv.value) + " / " + a.show(cac.value), std::move(steps));
    if (r.ok())
        r.value.verdict = ratio < 1   ? "Losing money: each customer brings in less than it cost to acquire."
                          : ratio < 3 ? "Profitable, but below the 3:1 rule of thumb."
                                      : "At or above the 3:1 rule of thumb.";
    return r;
}

// CAC payback = CAC / (ARPA x gross margin): months of margin that repay acquiring a customer
static Result cac_payback(const KpiArgs& a) {
    std::vector<KpiStep> steps;
    auto cac = acquisition_cost(a, steps);
    if (!cac.ok()) return Result{{}, cac.problem};
    const Money arpa = a.money("arpa");
    const double margin = a.number("gross_margin");
    auto monthly = a.round_money(double(arpa.minor) * margin);
    if (!monthly.ok()) return Result{{}, monthly.problem};
    if (monthly.value.minor == 0)
        return undefined("no_monthly_margin", "gross_margin",
                         "With no margin earned per month, the acquisition cost is never paid back.");
    steps.push_back({"Margin per month", a.show(arpa) + times + a.show_rate(margin) + " = " + a.show(monthly.value)});
    const double months = double(cac.value.minor) / double(monthly.value.minor);
    Result r = a.finish(months, "CAC payback", a.show(cac.value) + " / " + a.show(monthly.value), std::move(steps));
    if (r.ok())
        r.value.verdict = months <= 12 ? "Within the 12-month rule of thumb." : "Longer than the 12-month rule of thumb.";
    return r;
}

// SaaS quick ratio = (new + expansion MRR) / (contraction + churned MRR): MRR gained in the
// period for each unit lost.
static Result saas_quick_ratio(const KpiArgs& a) {
    const Money added = a.money("new_mrr"), expansion = a.money("expansion_mrr"),
                contraction = a.money("contraction_mrr"), churned = a.money("churned_mrr");
    const int64_t gained = added.minor + expansion.minor, lost = contraction.minor + churned.minor;
    if (lost == 0)
        return undefined("no_mrr_losses", "churned_mrr",
                         "With no contraction or churned MRR there is no loss to divide by: the quick ratio is "
                         "undefined.");
    const double ratio = double(gained) / double(lost);
    Result r = a.finish(ratio, "Quick ratio",
                        parens(a.show(added) + " + " + a.show(expansion)) + " / " +
                            parens(a.show(contraction) + " + " + a.show(churned)));
    if (r.ok())
        r.value.verdict = gained < lost    ? "Shrinking: more MRR was lost than gained."
                          : gained == lost ? "Flat: as much MRR was lost as gained."
                          : ratio < 4      ? "Growing, but below the 4\u00D7 rule of thumb."
                                           : "At or above the 4\u00D7 rule of thumb.";
    return r;
}

// Magic number = (revenue this quarter - revenue last quarter) x 4 / last quarter's sales and
// marketing spend: the quarter's revenue growth, annualised, per unit of the spend that bought it
// (spend shows in revenue a quarter later, hence last quarter's).
static Result magic_number(const KpiArgs& a) {
    const Money now = a.money("this_quarter_revenue"), before = a.money("last_quarter_revenue"),
                spend = a.money("last_quarter_sales_marketing_spend");
    if (spend.minor == 0)
        return undefined("no_sales_marketing_spend", "last_quarter_sales_marketing_spend",
                         "With no sales and marketing spend last quarter, the magic number is undefined.");
    // Exact in integers: each amount is at most 10^17 minor units. Revenue that fell gives a
    // negative number.
    const int64_t growth = now.minor - before.minor;
    const double number = double(growth) * 4 / double(spend.minor);
    Result r = a.finish(number, "Magic number",
                        parens(a.show(now) + minus + a.show(before)) + times + "4 / " + a.show(spend));
    if (r.ok())
        r.value.verdict = number > 0.75  ? "Above 0.75: the rule of thumb says invest more in sales and marketing."
                          : number < 0.5 ? "Below 0.5: the rule of thumb says fix efficiency before spending more."
                                         : "Between 0.5 and 0.75: the rule of thumb says keep spending and watch "
                                           "efficiency.";
    return r;
}

// Gross margin from gross profit = gross profit / revenue. Its id, "profit_margin", is older than
// this name and kept for saved documents and the CLI; it has always computed a gross margin.
static Result gross_margin_from_profit(const KpiArgs& a) {
    const Money profit = a.money("gross_profit"), revenue = a.money("revenue");
    if (revenue.minor == 0) return no_revenue();
    if (profit.minor > revenue.minor)
        return undefined("profit_exceeds_revenue", "gross_profit", "Gross profit cannot be more than revenue.");
    return a.finish(double(profit.minor) / double(revenue.minor), "Gross margin",
                    a.show(profit) + " / " + a.show(revenue));
}

// Gross margin = (revenue - cost of goods sold) / revenue; negative when selling below cost
static Result gross_margin(const KpiArgs& a) {
    const Money revenue = a.money("revenue"), cogs = a.money("cost_of_goods_sold");
    if (revenue.minor == 0) return no_revenue();
    return a.finish(double(revenue.minor - cogs.minor) / double(revenue.minor), "Gross margin",
                    parens(a.show(revenue) + minus + a.show(cogs)) + " / " + a.show(revenue));
}

// Net profit margin = net profit / revenue: what is left of revenue after every cost, interest
// and tax. Net profit may exceed revenue (a one-off gain outside sales), so that is not refused.
static Result net_profit_margin(const KpiArgs& a) {
    const Money profit = a.money("net_profit"), revenue = a.money("revenue");
    if (revenue.minor == 0) return no_revenue();
    return a.finish(double(profit.minor) / double(revenue.minor), "Net profit margin",
                    a.show(profit) + " / " + a.show(revenue));
}

// Markup = (selling price - cost) / cost = profit / cost
static Result markup(const KpiArgs& a) {
    const Money price = a.money("selling_price"), cost = a.money("unit_cost");
    if (cost.minor == 0) return undefined("no_cost", "unit_cost", "With a cost of zero, markup is undefined.");
    return a.finish(double(price.minor - cost.minor) / double(cost.minor), "Markup",
                    parens(a.show(price) + minus + a.show(cost)) + " / " + a.show(cost));
}

// Margin from markup = markup / (1 + markup): profit over price instead of over cost
static Result markup_to_margin(const KpiArgs& a) {
    const double m = a.number("markup");
    return a.finish(m / (1 + m), "Margin", a.show_rate(m) + " / (1 + " + a.show_rate(m) + ")");
}

// Markup from margin = margin / (1 - margin)
static Result margin_to_markup(const KpiArgs& a) {
    const double g = a.number("margin");
    if (g == 1)
        return undefined("margin_is_whole_price", "margin", "A margin of 100% means a cost of zero: the markup is undefined.");
    return a.finish(g / (1 - g), "Markup", a.show_rate(g) + " / (1" + minus + a.show_rate(g) + ")");
}

// Pipeline coverage = open pipeline value in the period / quota for the period (core/pipeline.h)
static Result pipeline_coverage(const KpiArgs& a) {
    const Money pipeline = a.money("open_pipeline"), quota = a.money("quota");
    if (quota.minor == 0) return no_quota();
    const Outcome<double> coverage = quotient::pipeline_coverage(pipeline, quota);
    if (!coverage.ok()) return Result{{}, coverage.problem};
    Result r = a.finish(coverage.value, "Coverage", a.show(pipeline) + " / " + a.show(quota));
    if (r.ok())
        r.value.verdict = coverage.value < 3 ? "Below the 3\u00D7 rule of thumb: build more pipeline."
                                             : "At or above the 3\u00D7 rule of thumb.";
    return r;
}

// Sales velocity = open opportunities x win rate x average deal size / sales cycle in days
// (core/pipeline.h)
static Result sales_velocity(const KpiArgs& a) {
    const double open = a.number("open_opportunities"), win = a.number("expected_win_rate"),
                 days = a.number("sales_cycle_days");
    const Money deal = a.money("average_deal");
    if (days == 0)
        return undefined("no_sales_cycle", "sales_cycle_days", "With a sales cycle of zero days, sales velocity is undefined.");
    const Outcome<Money> velocity = quotient::sales_velocity(open, win, deal, days);
    if (!velocity.ok()) return Result{{}, velocity.problem};
    return a.finish(double(velocity.value.minor), "Sales velocity",
                    a.show_count(open) + times + a.show_rate(win) + times + a.show(deal) + " / " +
                        a.show_value(KpiUnit::Days, days));
}

// Sales cycle length = days from first contact to close, summed over won deals / deals won
static Result sales_cycle_length(const KpiArgs& a) {
    const double days = a.number("total_days_to_close"), won = a.number("deals_won");
    if (won == 0) return no_deals_won();
    return a.finish(days / won, "Sales cycle", a.show_value(KpiUnit::Days, days) + " / " + a.show_count(won));
}

// Sales expense ratio = cost of the sales effort / revenue. Its id, "cost_of_sales", is older
// than this name and kept; the name changed because accountants' "cost of sales" is the cost of
// goods sold, which this is not.
static Result sales_expense_ratio(const KpiArgs& a) {
    const Money cost = a.money("sales_cost"), revenue = a.money("revenue");
    if (revenue.minor == 0) return no_revenue();
    return a.finish(double(cost.minor) / double(revenue.minor), "Sales expense ratio",
                    a.show(cost) + " / " + a.show(revenue));
}

// [SECTION] Satisfaction

// NPS = % promoters (9-10) - % detractors (0-6), computed as 100 x (P - D) / answers so that
// whole percentages come out exact.
static Result nps_from_groups(const KpiArgs& a, double promoters, double passives, double detractors,
                              std::vector<KpiStep> steps) {
    const double answers = promoters + passives + detractors;
    if (answers == 0) return undefined("no_answers", "", "With no answers, NPS is undefined.");
    steps.push_back({"Answers", a.show_count(promoters) + " + " + a.show_count(passives) + " + " +
                                    a.show_count(detractors) + " = " + a.show_count(answers)});
    return a.finish(100 * (promoters - detractors) / answers, "NPS",
                    "100" + std::string(times) + parens(a.show_count(promoters) + minus + a.show_count(detractors)) +
                        " / " + a.show_count(answers),
                    std::move(steps));
}

// NPS from how many people gave each answer 0..10.
static Result nps_from_counts(const KpiArgs& a) {
    static const char* const ids[] = {"answers_0", "answers_1", "answers_2", "answers_3", "answers_4", "answers_5",
                                      "answers_6", "answers_7", "answers_8", "answers_9", "answers_10"};
    // Sums each group of answers and writes it out: "20 + 30 = 50".
    auto group = [&](int from, int to, const char* label, std::vector<KpiStep>& steps) {
        double sum = 0;
        std::string terms;
        for (int s = from; s <= to; ++s) {
            sum += a.number(ids[s]);
            if (s > from) terms += " + ";
            terms += a.show_count(a.number(ids[s]));
        }
        steps.push_back({label, terms + " = " + a.show_count(sum)});
        return sum;
    };
    std::vector<KpiStep> steps;
    const double promoters = group(9, 10, "Promoters (9\u201310)", steps);
    const double passives = group(7, 8, "Passives (7\u20138)", steps);
    const double detractors = group(0, 6, "Detractors (0\u20136)", steps);
    return nps_from_groups(a, promoters, passives, detractors, std::move(steps));
}

// NPS from the list of answers.
static Result nps_from_scores(const KpiArgs& a) {
    double promoters = 0, passives = 0, detractors = 0;
    for (double s : a.list("scores")) (s >= 9 ? promoters : s >= 7 ? passives : detractors) += 1;
    std::vector<KpiStep> steps = {{"Promoters (9\u201310)", a.show_count(promoters)},
                                  {"Passives (7\u20138)", a.show_count(passives)},
                                  {"Detractors (0\u20136)", a.show_count(detractors)}};
    return nps_from_groups(a, promoters, passives, detractors, std::move(steps));
}

// [SECTION] Catalog

static const KpiInput* in(const char* id) { return find_kpi_input(id); }

static std::vector<KpiDef> make_catalog() {
    using G = KpiGroup;
    using U = KpiUnit;
    return {
        // Acquisition
        {"cac", "Customer acquisition cost (CAC)", G::Acquisition, {in("sales_marketing_spend"), in("new_customers")},
         U::Money, "CAC = (sales + marketing spend) / new customers",
         "What it costs, on average, to win one new customer.", nullptr, "cac", cac},
        {"conversion_rate", "Conversion rate", G::Acquisition, {in("conversions"), in("visitors")}, U::Fraction,
         "Conversion rate = conversions / visitors (or entrants)",
         "The share of those who entered a stage who took the next step.", nullptr, "conversion_rate",
         conversion_rate},
        {"closing_ratio", "Closing ratio", G::Acquisition, {in("deals_won"), in("opportunities_worked")}, U::Fraction,
         "Closing ratio = deals won / opportunities worked",
         "The share of the opportunities you worked (demos, proposals) that became orders.", nullptr,
         "closing_ratio", closing_ratio},
        {"win_rate", "Win rate", G::Acquisition, {in("deals_won"), in("deals_lost")}, U::Fraction,
         "Win rate = deals won / (deals won + deals lost)",
         "Of the deals that were decided, the share you won.", nullptr, "win_rate", win_rate},
        // Revenue
        {"acv", "Annual contract value (ACV)", G::Revenue, {in("total_contract_value"), in("contract_years")},
         U::Money, "ACV = total contract value / contract years",
         "What a multi-year contract is worth per year.", nullptr, "acv", acv},
        {"tcv", "Total contract value (TCV)", G::Revenue,
         {in("recurring_fees_per_year"), in("contract_years"), in("one_time_fees")}, U::Money,
         "TCV = recurring fees per year \u00D7 contract years + one-time fees",
         "Everything a contract is worth over its whole term.", nullptr, "acv", tcv},
        {"mrr", "Monthly recurring revenue (MRR)", G::Revenue,
         {in("starting_mrr"), in("new_mrr"), in("expansion_mrr"), in("contraction_mrr"), in("churned_mrr")},
         U::Money, "MRR = starting MRR + new + expansion \u2212 contraction \u2212 churned",
         "Subscription revenue per month at the end of the period, after this period's wins and losses.", nullptr,
         "mrr", mrr},
        {"mrr_from_plan", "MRR from a plan's price", G::Revenue, {in("plan_price"), in("billing_period_months")},
         U::Money, "MRR = price per billing period / months per billing period (1, 3 or 12)",
         "A contract's recurring revenue as a monthly amount, whether it is billed monthly, quarterly or yearly: "
         "12,000 billed yearly is 1,000 MRR.",
         nullptr, "mrr", mrr_from_plan},
        {"arr", "Annual recurring revenue (ARR)", G::Revenue, {in("current_mrr")}, U::Money, "ARR = MRR \u00D7 12",
         "Subscription revenue per year at today's monthly rate.", nullptr, "arr", arr},
        {"arpa", "Average revenue per account (ARPA)", G::Revenue, {in("current_mrr"), in("paying_customers")},
         U::Money, "ARPA = MRR / paying customers", "What one customer account pays per month, on average.",
         nullptr, "mrr", arpa},
        {"average_deal_size", "Average deal size", G::Revenue, {in("won_revenue"), in("deals_won")}, U::Money,
         "Average deal size = revenue from won deals / deals won", "What one won deal brings in, on average.",
         nullptr, "opportunity", average_deal_size},
        {"quota_attainment", "Quota attainment", G::Revenue, {in("bookings"), in("quota")}, U::Fraction,
         "Quota attainment = bookings / quota", "How much of the target for the period has been reached.", nullptr,
         "quota", quota_attainment},
        {"commission_flat", "Commission (flat rate)", G::Revenue, {in("sale_amount"), in("commission_rate")},
         U::Money, "Commission = sale \u00D7 commission rate", "What a sale earns the rep at a single flat rate.",
         nullptr, "commission", commission_flat},
        // Retention
        {"churn_rate", "Customer churn rate", G::Retention, {in("customers_lost"), in("customers_at_start")},
         U::Fraction, "Customer churn rate = customers lost in the period / customers at its start",
         "The share of customers who left during the period, counted in customers; MRR churn counts revenue.",
         nullptr, "churn", churn_rate},
        {"retention_rate", "Customer retention rate", G::Retention, {in("customers_lost"), in("customers_at_start")},
         U::Fraction, "Customer retention rate = (customers at start \u2212 customers lost) / customers at start",
         "The share of customers who stayed: 100% minus the customer churn rate.", nullptr, "churn",
         retention_rate},
        {"nrr", "Net revenue retention (NRR)", G::Retention,
         {in("starting_mrr"), in("expansion_mrr"), in("contraction_mrr"), in("churned_mrr")}, U::Fraction,
         "NRR = (starting MRR + expansion \u2212 contraction \u2212 churned) / starting MRR",
         "What this period's existing customers pay now against what they paid at its start; above 100% they "
         "grew.",
         nullptr, "churn", net_revenue_retention},
        {"grr", "Gross revenue retention (GRR)", G::Retention,
         {in("starting_mrr"), in("contraction_mrr"), in("churned_mrr")}, U::Fraction,
         "GRR = (starting MRR \u2212 contraction \u2212 churned) / starting MRR",
         "The share of starting revenue kept, ignoring upsells: never above 100%.", nullptr, "churn",
         gross_revenue_retention},
        {"gross_mrr_churn_rate", "Gross MRR churn rate", G::Retention,
         {in("starting_mrr"), in("contraction_mrr"), in("churned_mrr")}, U::Fraction,
         "Gross MRR churn rate = (churned MRR + contraction MRR) / MRR at the start of the period",
         "The share of starting MRR lost to cancellations and downgrades, before any expansion: 100% minus GRR "
         "(ChartMogul's definition).",
         nullptr, "churn", gross_mrr_churn_rate},
        {"net_mrr_churn_rate", "Net MRR churn rate", G::Retention,
         {in("starting_mrr"), in("expansion_mrr"), in("contraction_mrr"), in("churned_mrr")}, U::Fraction,
         "Net MRR churn rate = (churned MRR + contraction MRR \u2212 expansion MRR) / MRR at the start of the period",
         "The share of starting MRR lost once expansion from the same customers is counted back: 100% minus NRR "
         "(ChartMogul's definition). Below zero is net negative churn: existing customers grew.",
         nullptr, "churn", net_mrr_churn_rate},
        {"ltv", "Customer lifetime value (LTV)", G::Retention,
         {in("arpa"), in("gross_margin"), in("monthly_churn_rate")}, U::Money,
         "LTV = ARPA \u00D7 gross margin / monthly customer churn rate",
         "The margin one customer brings in over the months they stay (1 / churn months on average).", nullptr,
         "clv", ltv},
        {"ltv_discounted", "Discounted lifetime value", G::Retention,
         {in("arpa"), in("gross_margin"), in("monthly_churn_rate"), in("monthly_discount_rate")}, U::Money,
         "Discounted LTV = ARPA \u00D7 gross margin / (monthly customer churn rate + monthly discount rate)",
         "Lifetime value in today's money: margin earned in later months counts for less.", nullptr, "clv",
         ltv_discounted},
        // Efficiency
        {"ltv_to_cac", "LTV:CAC ratio", G::Efficiency,
         {in("arpa"), in("gross_margin"), in("monthly_churn_rate"), in("sales_marketing_spend"), in("new_customers")},
         U::Multiple, "LTV:CAC = lifetime value / customer acquisition cost",
         "How many times a customer's lifetime margin repays what it cost to win them; below 1 loses money.",
         "Rule of thumb: 3 or more (3:1) is healthy.", "clv", ltv_to_cac},
        {"cac_payback", "CAC payback", G::Efficiency,
         {in("sales_marketing_spend"), in("new_customers"), in("arpa"), in("gross_margin")}, U::Months,
         "CAC payback = CAC / (ARPA \u00D7 gross margin)",
         "Months of a customer's margin needed to earn back what it cost to win them.",
         "Rule of thumb: 12 months or less.", "cac", cac_payback},
        {"saas_quick_ratio", "SaaS quick ratio", G::Efficiency,
         {in("new_mrr"), in("expansion_mrr"), in("contraction_mrr"), in("churned_mrr")}, U::Multiple,
         "Quick ratio = (new MRR + expansion MRR) / (contraction MRR + churned MRR)",
         "MRR gained for each unit of MRR lost in the period: how efficiently recurring revenue grows.",
         "Rule of thumb: 4 or more.", "mrr", saas_quick_ratio},
        {"magic_number", "Magic number", G::Efficiency,
         {in("this_quarter_revenue"), in("last_quarter_revenue"), in("last_quarter_sales_marketing_spend")},
         U::Multiple,
         "Magic number = (revenue this quarter \u2212 revenue last quarter) \u00D7 4 / sales and marketing spend "
         "last quarter",
         "The quarter's revenue growth, annualised, for each unit of last quarter's sales and marketing spend: "
         "how much growth the spend buys.",
         "Rule of thumb: above 0.75, invest more in sales and marketing; below 0.5, fix efficiency first.", "cac",
         magic_number},
        // The id "profit_margin" is kept for saved documents and the CLI: it has always computed
        // gross profit / revenue, so the name now says gross margin; "net_profit_margin" is the
        // profit margin after every cost.
        {"profit_margin", "Gross margin from gross profit", G::Efficiency, {in("gross_profit"), in("revenue")},
         U::Fraction, "Gross margin = gross profit / revenue",
         "The share of revenue left after the cost of goods sold, from a gross profit you already know: the "
         "same figure as Gross margin. Net profit margin also subtracts every other cost.",
         nullptr, "margin", gross_margin_from_profit},
        {"gross_margin", "Gross margin", G::Efficiency, {in("revenue"), in("cost_of_goods_sold")}, U::Fraction,
         "Gross margin = (revenue \u2212 cost of goods sold) / revenue",
         "The share of revenue left after paying for what was sold: gross profit / revenue.", nullptr, "margin",
         gross_margin},
        {"net_profit_margin", "Net profit margin", G::Efficiency, {in("net_profit"), in("revenue")}, U::Fraction,
         "Net profit margin = net profit / revenue",
         "The share of revenue kept after every cost, interest and tax; often called just profit margin. Gross "
         "margin subtracts only the cost of goods sold.",
         nullptr, "profit_margin", net_profit_margin},
        {"markup", "Markup", G::Efficiency, {in("selling_price"), in("unit_cost")}, U::Fraction,
         "Markup = (selling price \u2212 cost) / cost",
         "Profit as a share of cost; margin is the same profit as a share of price.", nullptr, "markup", markup},
        {"markup_to_margin", "Margin from markup", G::Efficiency, {in("markup")}, U::Fraction,
         "Margin = markup / (1 + markup)", "The margin a given markup gives: a 100% markup is a 50% margin.",
         nullptr, "markup", markup_to_margin},
        {"margin_to_markup", "Markup from margin", G::Efficiency, {in("margin")}, U::Fraction,
         "Markup = margin / (1 \u2212 margin)", "The markup needed for a given margin: a 50% margin needs 100%.",
         nullptr, "margin", margin_to_markup},
        {"pipeline_coverage", "Pipeline coverage", G::Efficiency, {in("open_pipeline"), in("quota")}, U::Multiple,
         "Coverage = open pipeline value in the period / quota for the period",
         "How many times the open pipeline covers the quota, since not every deal closes.",
         "Rule of thumb: about 3\u00D7 the quota.", "pipeline_coverage", pipeline_coverage},
        {"sales_velocity", "Sales velocity", G::Efficiency,
         {in("open_opportunities"), in("expected_win_rate"), in("average_deal"), in("sales_cycle_days")},
         U::MoneyPerDay, "Sales velocity = open opportunities \u00D7 win rate \u00D7 average deal size / sales cycle days",
         "Revenue the pipeline produces per day; raise any of the top three or shorten the cycle.", nullptr,
         "sales_velocity", sales_velocity},
        {"sales_cycle_length", "Sales cycle length", G::Efficiency, {in("total_days_to_close"), in("deals_won")},
         U::Days, "Sales cycle = days from first contact to close, summed over won deals / deals won",
         "How long a won deal takes from first contact to signature, on average.", nullptr, "sales_cycle",
         sales_cycle_length},
        // The id "cost_of_sales" is kept for saved documents and the CLI, with its meaning; the
        // name is not, since accountants' cost of sales is the cost of goods sold.
        {"cost_of_sales", "Sales expense ratio", G::Efficiency, {in("sales_cost"), in("revenue")}, U::Fraction,
         "Sales expense ratio = cost of the sales effort / revenue",
         "What selling costs (pay, commission, tools, travel) for each unit of revenue it brings. Not the "
         "accountant's cost of sales, which is the cost of goods sold (see Gross margin).",
         nullptr, "sales_performance_management", sales_expense_ratio},
        // Satisfaction
        {"nps", "Net Promoter Score (NPS)", G::Satisfaction,
         {in("answers_0"), in("answers_1"), in("answers_2"), in("answers_3"), in("answers_4"), in("answers_5"),
          in("answers_6"), in("answers_7"), in("answers_8"), in("answers_9"), in("answers_10")},
         U::Score, "NPS = % promoters (9\u201310) \u2212 % detractors (0\u20136)",
         "How likely customers are to recommend you, from \u2212100 to 100; passives (7\u20138) count only in the "
         "total. Leave empty the answers nobody gave.",
         nullptr, "nps", nps_from_counts},
        {"nps_scores", "NPS from a list of answers", G::Satisfaction, {in("scores")}, U::Score,
         "NPS = % promoters (9\u201310) \u2212 % detractors (0\u20136)",
         "The same score from the answers themselves, one number from 0 to 10 each.", nullptr, "nps",
         nps_from_scores},
    };
}

const std::vector<KpiDef>& kpi_catalog() {
    static const std::vector<KpiDef> catalog = make_catalog();
    return catalog;
}

} // namespace quotient
