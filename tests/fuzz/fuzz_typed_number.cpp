// libFuzzer target: any text typed or pasted into a number field, read in each locale as an
// amount, a rate, a number and a count. Reading must never crash or overflow, must stay inside
// the documented limits, and an amount it reads must read back the same from how format_money
// writes it.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include "core/format.h"
#include "core/parse_number.h"

using namespace quotient;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const EnumId<LocaleId>& l : locale_ids) {
        const Locale loc = locale_for(l.value);
        for (const char* code : {"USD", "EUR", "JPY", "RON"}) {
            const Currency c = currency_from_code(code);
            Outcome<Money> m = parse_money(text, c, loc, Sign::Any);
            if (!m.ok()) continue;
            if (m.value.minor > max_minor_units || m.value.minor < -max_minor_units) std::abort();
            Outcome<Money> again = parse_money(format_money(m.value, loc), c, loc, Sign::Any);
            if (!again.ok() || !(again.value == m.value)) std::abort();
        }
        for (Outcome<double> v : {parse_percent(text, loc, 4, Sign::Any), parse_decimal(text, loc, 4, Sign::Any)})
            if (v.ok() && !std::isfinite(v.value)) std::abort();
        Outcome<int64_t> n = parse_count(text, loc, Sign::Any);
        if (n.ok() && (n.value > max_typed_whole || n.value < -max_typed_whole)) std::abort();
    }
    return 0;
}
