// Stable, untranslated names of enum values, as the CLI and saved documents spell them
// ("quarter", "marginal", "fr-FR"). A table per enum sits next to the enum it names.
#pragma once
#include <cstddef>
#include <string_view>

namespace quotient {

template <class E>
struct EnumId {
    E value;
    const char* id;
};

template <class E, size_t N>
const char* enum_id(const EnumId<E> (&table)[N], E value) {
    for (const EnumId<E>& e : table)
        if (e.value == value) return e.id;
    return "";
}

// nullptr for an unknown id.
template <class E, size_t N>
const EnumId<E>* enum_from_id(const EnumId<E> (&table)[N], std::string_view id) {
    for (const EnumId<E>& e : table)
        if (id == e.id) return &e;
    return nullptr;
}

} // namespace quotient
