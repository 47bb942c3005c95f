// libFuzzer target: any text after '#' in the page's address. Opening a link must never crash,
// and a scenario it opens must make a link that opens the same scenario.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include "core/scenario_json.h"

using namespace quotient;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Outcome<LoadedScenario> opened = scenario_from_share_fragment(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!opened.ok()) return 0;
    Outcome<std::string> link = share_fragment(opened.value.scenario);
    if (!link.ok()) return 0;   // too large for a link: the app says so
    Outcome<LoadedScenario> again = scenario_from_share_fragment(link.value);
    if (!again.ok() || !(again.value.scenario == opened.value.scenario)) std::abort();
    return 0;
}
