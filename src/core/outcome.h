// Outcome<T>: a value, or the reason there is none.
// The core throws nothing and never hands NaN or infinity to a caller: every function that can
// be undefined for some input returns an Outcome whose Problem says why, in words the UI can
// translate (message is an English sentence used as the translation key) and the CLI can print.
#pragma once
#include <string>
#include <utility>

namespace quotient {

struct Problem {
    const char* code = nullptr;     // stable machine id, e.g. "rate_out_of_range"; nullptr = no problem
    std::string field;              // which input is at fault, e.g. "stages[2].rate" ("" = whole input)
    const char* message = "";       // fixed English sentence, also the translation key
};

template <class T>
struct Outcome {
    T value{};
    Problem problem{};
    bool ok() const { return problem.code == nullptr; }
};

template <class T>
Outcome<T> fail(const char* code, std::string field, const char* message) {
    Outcome<T> out;
    out.problem = Problem{code, std::move(field), message};
    return out;
}

} // namespace quotient
