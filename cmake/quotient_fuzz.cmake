# libFuzzer targets (tests/fuzz) for the readers of outside input: saved scenarios, share links,
# CRM CSV files and numbers typed or pasted into a field. The fuzz preset builds the core with
# clang under ASan + UBSan; each target runs for QUOTIENT_FUZZ_SECONDS as a test, starting from
# the seeds in tests/ and keeping what it finds in the build folder.
set(QUOTIENT_FUZZ_SECONDS 30 CACHE STRING "How long each fuzz target runs in the test")
set(fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_compile_options(quotient_core PUBLIC ${fuzz_flags})
target_link_options(quotient_core PUBLIC -fsanitize=address,undefined)

set(seeds_scenario_json ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/scenario ${CMAKE_SOURCE_DIR}/tests/cli)
set(seeds_share_link ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/share_link)
set(seeds_crm_csv ${CMAKE_SOURCE_DIR}/tests/cli)
set(seeds_typed_number ${CMAKE_SOURCE_DIR}/tests/fuzz/seeds/typed_number)
foreach(target scenario_json share_link crm_csv typed_number)
  add_executable(fuzz_${target} ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_${target}.cpp)
  target_link_libraries(fuzz_${target} PRIVATE quotient_core)
  target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
  set(corpus ${CMAKE_BINARY_DIR}/corpus/${target})
  file(MAKE_DIRECTORY ${corpus})
  add_test(NAME fuzz_${target}
           COMMAND fuzz_${target} -max_total_time=${QUOTIENT_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=4096
                   -print_final_stats=1 ${corpus} ${seeds_${target}})
  set_tests_properties(fuzz_${target} PROPERTIES TIMEOUT 600)
endforeach()
