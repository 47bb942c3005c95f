// Prints core results for a fixed set of inputs, one per line, doubles as %.17g (every bit
// shows). CTest compares the output with tests/core/vectors.expected natively and under Node,
// which proves the native and WASM builds compute identical results.
// Regenerate after a deliberate change: build/native/core_vectors > tests/core/vectors.expected
#include <cstdio>
#include <string>
#include <vector>
#include "core/forecast.h"
#include "core/format.h"
#include "core/funnel.h"
#include "core/kpi.h"

using namespace quotient;

static void print_funnel(const char* label, const Funnel& f) {
    auto r = forward_funnel(f);
    if (!r.ok()) {
        std::printf("%s problem %s %s\n", label, r.problem.code, r.problem.field.c_str());
        return;
    }
    const ForwardFunnel& ff = r.value;
    for (size_t i = 0; i < ff.stages.size(); ++i)
        std::printf("%s stage %zu count=%.17g drop_off=%.17g drop_off_rate=%.17g\n", label, i,
                    ff.stages[i].count, ff.stages[i].drop_off, ff.stages[i].drop_off_rate);
    std::printf("%s won=%.17g overall=%.17g bottleneck=%d revenue=%lld %s\n", label, ff.won,
                ff.overall_conversion, ff.bottleneck, (long long)ff.revenue.minor, ff.revenue.currency.code);
}

// Every KPI on inputs chosen to be awkward in binary (sevenths, thousandths), in euros.
// A forecast drawn from our own generator: every figure must be the same to the cent natively
// and in WASM (mixed probabilities from both sources, a slip and a haircut).
static void print_forecast() {
    std::vector<Deal> deals;
    const char* stages[] = {"Prospect", "Lead", "MQL", "SQL", "Opportunity", "Won"};
    for (int i = 0; i < 200; ++i) {
        Deal d;
        d.amount = Money{1'000'00 + int64_t(i) * 123'457 % 9'000'000, currency_from_code("USD")};
        d.stage = stages[i % 6];
        d.close_date = date_from_day_number(day_number({2026, 11, 1}) + i % 120);
        d.fund = 25 + i % 75;
        d.competition = 99 - i % 50;
        d.state = i % 17 == 0 ? DealState::Won : DealState::Open;
        deals.push_back(d);
    }
    PipelineSettings p;
    p.quota = Money{2'000'000'00, currency_from_code("USD")};
    p.dated = true;
    p.as_of = {2026, 12, 1};
    for (ProbabilitySource source : {ProbabilitySource::StageWinRate, ProbabilitySource::Review}) {
        ForecastSettings f;
        f.source = source;
        f.slip = SlipKind::Uniform;
        f.slip_days = 21;
        f.haircut_percent = 7;
        f.trials = 2'001;
        f.seed = 0xC0FFEE;
        auto r = forecast(deals, funnel_preset(FunnelPreset::LeadPipeline), p, f);
        std::printf("forecast %s p10=%lld p50=%lld p90=%lld mean=%lld quota=%.17g driver=%d/%lld bins=%zu\n",
                    enum_id(probability_source_ids, source), (long long)r.value.p10.minor,
                    (long long)r.value.p50.minor, (long long)r.value.p90.minor, (long long)r.value.mean.minor,
                    r.value.chance_to_reach_quota.value, r.value.drivers.front().deal,
                    (long long)r.value.drivers.front().p50_change.minor, r.value.histogram.size());
    }
}

static void print_kpis() {
    KpiInputs in;
    in.currency = currency_from_code("EUR");
    int i = 0;
    for (const KpiInput& input : kpi_inputs()) {
        ++i;
        switch (input.unit) {
        case KpiUnit::Money: in.values[input.id] = 1234.567 * (i + 7) / 7; break;
        case KpiUnit::Fraction: in.values[input.id] = 0.013 * (i % 70 + 1); break;
        case KpiUnit::ScoreList: in.lists[input.id] = {10, 9, 9, 8, 7, 6, 3, 0, 10}; break;
        default: in.values[input.id] = 3.3 * i + 1; break;
        }
    }
    // Parts no larger than their wholes, so that these KPIs have values too.
    const std::pair<const char*, double> parts[] = {{"conversions", 17}, {"visitors", 333}, {"deals_won", 13},
                                                    {"opportunities_worked", 97}, {"customers_lost", 7},
                                                    {"customers_at_start", 123.4}, {"contraction_mrr", 12.34},
                                                    {"churned_mrr", 56.78}, {"gross_profit", 777.77}};
    for (const auto& [id, v] : parts) in.values[id] = v;
    in.values["billing_period_months"] = 3;   // one of the only three it takes
    const Locale en = locale_for(LocaleId::en_US);
    for (const KpiDef& k : kpi_catalog()) {
        auto r = evaluate_kpi(k, in, en);
        if (r.ok())
            std::printf("kpi %s value=%.17g minor=%lld %s\n", k.id, r.value.value, (long long)r.value.money.minor,
                        r.value.text.c_str());
        else
            std::printf("kpi %s problem %s %s\n", k.id, r.problem.code, r.problem.field.c_str());
    }
}

static Funnel custom(double top, std::vector<double> rates, int64_t deal_minor, const char* currency) {
    Funnel f;
    f.top_volume = top;
    for (double r : rates) f.stages.push_back(Stage{"s", r});
    f.average_deal = Money{deal_minor, currency_from_code(currency)};
    return f;
}

int main() {
    for (FunnelPreset p : all_funnel_presets) {
        Funnel f = funnel_preset(p);
        print_funnel(funnel_preset_id(p), f);
        f.top_volume = 12345.678;
        print_funnel((std::string(funnel_preset_id(p)) + "@12345.678").c_str(), f);
    }
    print_funnel("thirds", custom(1000, {1.0 / 3, 2.0 / 3, 0.1, 0.7, 0}, 123'456, "USD"));
    print_funnel("sevenths", custom(9999.99, {1.0 / 7, 0.3, 0.3, 0.9, 0.05, 0.5, 0}, 99'999, "EUR"));
    print_funnel("yen", custom(777, {0.33, 0.66, 0}, 1'234'567, "JPY"));
    print_funnel("huge", custom(1e12, {0.123456789, 0.987654321, 0}, 100'000'000, "USD"));
    print_funnel("zero", custom(0, {0.5, 0.5, 0}, 100, "USD"));
    std::vector<double> many(24, 0.95);
    print_funnel("24stages", custom(54321, many, 1'000'00, "USD"));
    print_funnel("bad_rate", custom(100, {1.5, 0}, 100, "USD"));

    const double majors[] = {0.125, 0.135, -0.125, -0.135, 2.675, 1.005, 1.015, 0.1 + 0.2,
                             1234.5678, 1e13 / 3, -987654.321};
    for (double m : majors) {
        auto usd = money_from_major(m, currency_from_code("USD"));
        auto jpy = money_from_major(m * 1000, currency_from_code("JPY"));
        std::printf("money %.17g usd=%lld jpy=%lld %s\n", m, (long long)usd.value.minor,
                    (long long)jpy.value.minor, money_to_decimal(usd.value).c_str());
    }
    const Locale locales[] = {locale_for(LocaleId::en_US), locale_for(LocaleId::zh_CN),
                              locale_for(LocaleId::fr_FR), locale_for(LocaleId::ro_RO)};
    for (const Locale& loc : locales)
        std::printf("format %s | %s | %s\n", format_count(1234567.891, loc, 2).c_str(),
                    format_percent(0.12345, loc).c_str(),
                    format_money(Money{-123456789, currency_from_code("EUR")}, loc).c_str());
    print_kpis();
    print_forecast();
    return 0;
}
