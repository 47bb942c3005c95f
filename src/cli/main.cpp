// quotient-cli: Quotient's calculators from the shell, JSON in and JSON out (docs/cli.md).
// Exit status 0 on success; 2 on any error, reported as {"error": {...}} on standard output.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>
#include "commands.h"
#include "json_io.h"

#ifndef QUOTIENT_VERSION
#define QUOTIENT_VERSION "0.0.0"
#endif

using namespace quotient::cli;

static void print_help() {
    std::printf("quotient-cli: Quotient's sales calculators, JSON in and JSON out.\n\n"
                "Usage:\n"
                "  quotient-cli <command> [FILE|-]    read FILE, or standard input for '-' or no FILE\n"
                "  quotient-cli <command> --help      the command's input and output\n"
                "  quotient-cli --help | -h | --version\n\n"
                "Commands:\n");
    for (const Command& c : commands) std::printf("  %-10s %s\n", c.name, c.summary);
    std::printf("\nConventions: rates are fractions from 0 to 1 (0.15 = 15%%); money is in major units\n"
                "and rounded to the minor unit, halves to even.\n"
                "Errors: {\"error\": {\"code\": ..., \"message\": ..., \"field\": ...}} on standard output.\n"
                "Exit status: 0 success, 2 error (bad input or usage).\n");
}

static int run(const std::vector<std::string>& args) {
    if (args.empty()) fail("usage", "", "No command given. Run quotient-cli --help.");
    const std::string& name = args[0];
    if (name == "--help" || name == "-h" || name == "help") {
        print_help();
        return exit_ok;
    }
    if (name == "--version") {
        std::printf("quotient-cli %s\n", QUOTIENT_VERSION);
        return exit_ok;
    }
    for (const Command& c : commands)
        if (name == c.name) return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
    std::string known;
    for (const Command& c : commands) known += std::string(known.empty() ? "" : ", ") + c.name;
    fail("unknown_command", "", "Unknown command '" + name + "' (commands: " + known + "). Run quotient-cli --help.");
}

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const CliError& e) {
        print_json(error_envelope(e));
    } catch (const std::exception& e) {
        print_json(error_envelope(CliError{"internal_error", "", e.what()}));
    }
    return exit_error;
}
