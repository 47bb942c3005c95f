// The user's whole document. It grows with each calculator (pipeline, KPIs, commission,
// forecast); the versioned JSON form arrives with the document release.
#pragma once
#include "format.h"
#include "funnel.h"
#include "i18n.h"

namespace quotient {

struct Scenario {
    Funnel funnel = funnel_preset(FunnelPreset::LeadPipeline);
    LocaleId locale = LocaleId::en_US;
    Language language = Language::English;
};

} // namespace quotient
