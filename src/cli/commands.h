// quotient-cli's commands. Each lives in its own file, reads its JSON input, calls the core and
// prints JSON; none holds a formula. A command returns the exit status, or throws CliError.
#pragma once
#include <string>
#include <vector>

namespace quotient::cli {

struct Command {
    const char* name;
    const char* summary;   // one line for quotient-cli --help
    int (*run)(const std::vector<std::string>& args);
};

int run_funnel(const std::vector<std::string>& args);

inline constexpr Command commands[] = {
    {"funnel", "Forward funnel: count per stage, drop-off, overall conversion, bottleneck, revenue.",
     run_funnel},
};

} // namespace quotient::cli
