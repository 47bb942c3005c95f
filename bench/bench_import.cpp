// Benchmark: importing a 100,000-row CRM CSV export (about 8 MB) into deals, including number
// and date parsing. Built natively and with em++ (run by Node); bench/import prints both medians,
// the WASM/native ratio and papaparse's time on the same file.
// usage: bench_import [--write FILE]   (--write saves the generated CSV for the papaparse run)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>
#include "core/crm_import.h"

using namespace quotient;

// Deterministic Salesforce-style export: quoted names with commas, amounts with thousands
// separators, ISO dates.
static std::string make_csv(int rows) {
    std::string csv = "Opportunity Name,Account Name,Amount,Stage,Probability (%),Close Date,Opportunity Owner\n";
    char line[256];
    const char* stages[] = {"Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won"};
    for (int i = 0; i < rows; ++i) {
        const long long cents = 100000 + (i * 7919LL) % 90000000;
        const long long major = cents / 100;
        std::snprintf(line, sizeof line,
                      "\"Expansion %d, phase %d\",Account %d,\"%lld,%03lld.%02lld\",%s,%d,2025-%02d-%02d,Rep %d\n", i,
                      i % 7, i % 4093, major / 1000, major % 1000, cents % 100, stages[i % 5], 10 + i % 90,
                      1 + i % 12, 1 + i % 28, i % 50);
        csv += line;
    }
    return csv;
}

int main(int argc, char** argv) {
    const std::string csv = make_csv(100000);
    if (argc == 3 && !std::strcmp(argv[1], "--write")) {
        FILE* f = std::fopen(argv[2], "wb");
        if (!f || std::fwrite(csv.data(), 1, csv.size(), f) != csv.size()) return 1;
        std::fclose(f);
    }
    const ImportSettings settings = import_settings_for(LocaleId::en_US, currency_from_code("USD"));
    long long checksum = 0;
    std::vector<double> ms;
    for (int run = 0; run < 11; ++run) {
        auto start = std::chrono::steady_clock::now();
        Outcome<ImportResult> r = import_deals_csv(csv, settings);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (!r.ok() || r.value.deals.size() != 100000 || !r.value.errors.empty()) {
            std::printf("import failed\n");
            return 1;
        }
        if (run == 0)
            for (const Deal& d : r.value.deals) checksum += d.amount.minor + d.close_date.day;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("import 100000 rows (%.1f MB): median %.1f ms (min %.1f, max %.1f; 11 runs)\n",
                double(csv.size()) / 1e6, ms[ms.size() / 2], ms.front(), ms.back());
    std::printf("checksum %lld\n", checksum);
    return 0;
}
