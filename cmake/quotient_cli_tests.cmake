# quotient-cli golden tests: each runs the CLI on an input from tests/cli/, compares standard
# output with the golden file byte for byte and checks the exit status (0 success, 2 error).
# To refresh a golden file after a deliberate change, run the CLI by hand and review the diff.
set(QUOTIENT_CLI_CASES ${CMAKE_SOURCE_DIR}/tests/cli)

# quotient_cli_test(<name> <exit status> [STDIN file] [EXPECTED file] [MATCH regex] [ARGS cli args...])
function(quotient_cli_test name exit_code)
  cmake_parse_arguments(T "" "STDIN;EXPECTED;MATCH" "ARGS" ${ARGN})
  set(defs -DEXIT_CODE=${exit_code})
  if(T_STDIN)
    list(APPEND defs -DSTDIN=${QUOTIENT_CLI_CASES}/${T_STDIN})
  endif()
  if(T_EXPECTED)
    list(APPEND defs -DEXPECTED=${QUOTIENT_CLI_CASES}/${T_EXPECTED})
  endif()
  if(T_MATCH)
    list(APPEND defs "-DMATCH=${T_MATCH}")
  endif()
  add_test(NAME cli_${name}
           COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_SOURCE_DIR}/tests/run_and_compare.cmake
                   -- $<TARGET_FILE:quotient-cli> ${T_ARGS}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
endfunction()

# `funnel <case>.json` must print <case>.expected.json and exit with the given status.
function(quotient_cli_funnel_case name exit_code)
  quotient_cli_test(funnel_${name} ${exit_code} EXPECTED ${name}.expected.json
                    ARGS funnel ${QUOTIENT_CLI_CASES}/${name}.json)
endfunction()

quotient_cli_funnel_case(preset_lead_pipeline 0)
quotient_cli_funnel_case(custom_stages 0)
quotient_cli_funnel_case(malformed_json 2)
quotient_cli_funnel_case(number_overflow 2)
quotient_cli_funnel_case(missing_field 2)
quotient_cli_funnel_case(missing_rate 2)
quotient_cli_funnel_case(negative_rate 2)
quotient_cli_funnel_case(rate_1_5 2)
quotient_cli_funnel_case(volume_text 2)
quotient_cli_funnel_case(deal_text 2)
quotient_cli_funnel_case(empty_stages 2)
quotient_cli_funnel_case(unknown_preset 2)
quotient_cli_funnel_case(unknown_field 2)
quotient_cli_funnel_case(revenue_too_large 2)
# The other funnel modes: reverse, goal seek, ideal funnel (the published 3,000,000 / 100,000 case),
# sales formula.
quotient_cli_funnel_case(reverse_b2b 0)
quotient_cli_funnel_case(ideal_published 0)
quotient_cli_funnel_case(goal_seek_impossible 0)
quotient_cli_funnel_case(goal_seek_last_stage 2)
quotient_cli_funnel_case(sales_formula 0)
quotient_cli_funnel_case(sales_formula_percent 2)
quotient_cli_funnel_case(reverse_zero_deal 2)
quotient_cli_funnel_case(reverse_dead_stage 2)
quotient_cli_funnel_case(reverse_missing_target 2)
quotient_cli_funnel_case(unknown_mode 2)

quotient_cli_test(funnel_stdin 0 STDIN stdin_preset_jpy.json EXPECTED stdin_preset_jpy.expected.json
                  ARGS funnel -)
quotient_cli_test(funnel_stdin_no_file_argument 0 STDIN stdin_preset_jpy.json
                  EXPECTED stdin_preset_jpy.expected.json ARGS funnel)
quotient_cli_test(help 0 EXPECTED help.expected.txt ARGS --help)
quotient_cli_test(help_short 0 EXPECTED help.expected.txt ARGS -h)
quotient_cli_test(funnel_help 0 EXPECTED funnel_help.expected.txt ARGS funnel --help)
quotient_cli_test(version 0 MATCH "^quotient-cli [0-9]+\\.[0-9]+\\.[0-9]+\n$" ARGS --version)
quotient_cli_test(unknown_command 2 EXPECTED unknown_command.expected.json ARGS frobnicate)
quotient_cli_test(no_command 2 MATCH "\"code\": \"usage\"")
quotient_cli_test(funnel_unreadable_file 2 MATCH "\"code\": \"file_unreadable\"" ARGS funnel no-such-file.json)
quotient_cli_test(funnel_unknown_option 2 MATCH "\"code\": \"usage\"" ARGS funnel --verbose)
