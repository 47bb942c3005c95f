// Members of a saved object that this version of Quotient does not know: fields a newer
// version added. The reader keeps them as their JSON text in the object where it found them,
// and the writer writes them back after the object's own fields, so that a document from a
// newer version survives a round trip through this one (scenario_json.h bounds the text kept).
// Empty in everything the app makes itself; copied and compared with the object it belongs to.
#pragma once
#include <string>

namespace quotient {

struct UnknownMembers {
    std::string json;               // compact `"key":value` pairs, comma-separated; "" = none
    bool operator==(const UnknownMembers&) const = default;
};

} // namespace quotient
