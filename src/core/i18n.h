// Every user-visible string goes through translate(): the English sentence is the key, and
// each language has a table from English to its own words. A missing entry falls back to
// English, so an untranslated label is readable rather than blank.
#pragma once
#include "enum_ids.h"

namespace quotient {

enum class Language { English, Chinese, French, Romanian };
inline constexpr EnumId<Language> language_ids[] = {
    {Language::English, "en"}, {Language::Chinese, "zh"}, {Language::French, "fr"}, {Language::Romanian, "ro"}};

// Languages whose tables are complete enough to offer in Settings.
bool language_available(Language lang);
const char* translate(Language lang, const char* english);

} // namespace quotient
