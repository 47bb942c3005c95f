// libFuzzer target: any bytes as a CRM CSV export, read the English and the French way.
// Import must never crash, and every row is either a deal or a reported error.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include "core/crm_import.h"

using namespace quotient;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (LocaleId locale : {LocaleId::en_US, LocaleId::fr_FR}) {
        Outcome<ImportResult> r = import_deals_csv(text, import_settings_for(locale, currency_from_code("EUR")));
        if (r.ok() && r.value.deals.size() + r.value.errors.size() < size_t(r.value.rows)) std::abort();
    }
    return 0;
}
