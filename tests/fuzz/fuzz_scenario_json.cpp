// libFuzzer target: any bytes as a saved scenario. Reading must never crash, and whatever reads
// must write back and read again to the same scenario (the round trip the app relies on),
// unknown fields included: those kept are written back, so the second reading keeps them all.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include "core/scenario_json.h"

using namespace quotient;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Outcome<LoadedScenario> first = scenario_from_json(text);
    if (!first.ok()) return 0;
    Outcome<LoadedScenario> again = scenario_from_json(scenario_to_json(first.value.scenario));
    if (!again.ok() || !(again.value.scenario == first.value.scenario) || !again.value.unknown_left_out.empty()) std::abort();
    library_from_json(text);
    return 0;
}
