# Core unit tests (doctest), one set of sources built three ways: natively (core_tests), under
# ASan+UBSan (asan preset, same target) and with em++ for Node (core_tests_wasm, web preset).
# core_vectors prints core results for fixed inputs; both builds compare it with the committed
# tests/core/vectors.expected, which proves native and WASM give bit-identical numbers.
file(GLOB QUOTIENT_CORE_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/core/*.cpp)
add_executable(quotient_core_tests ${QUOTIENT_CORE_TEST_SOURCES})
target_link_libraries(quotient_core_tests PRIVATE quotient_core)
add_executable(core_vectors ${CMAKE_SOURCE_DIR}/tests/core/vectors/core_vectors.cpp)
target_link_libraries(core_vectors PRIVATE quotient_core)

if(QUOTIENT_WEB)
  # em++ does not search /usr/include: give it a folder holding only a doctest symlink.
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/sysinc)
  file(CREATE_LINK /usr/include/doctest ${CMAKE_BINARY_DIR}/sysinc/doctest SYMBOLIC)
  target_include_directories(quotient_core_tests SYSTEM PRIVATE ${CMAKE_BINARY_DIR}/sysinc)
  # doctest needs exceptions to report a failed REQUIRE; the core itself is built without them.
  set(QUOTIENT_NODE_LINK_OPTIONS
      -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node -sEXIT_RUNTIME=1)
  target_compile_options(quotient_core_tests PRIVATE -fexceptions)
  target_link_options(quotient_core_tests PRIVATE -fexceptions ${QUOTIENT_NODE_LINK_OPTIONS})
  target_link_options(core_vectors PRIVATE ${QUOTIENT_NODE_LINK_OPTIONS})
  # .cjs, not .js: the repository's package.json says "type": "module", under which Node
  # refuses Emscripten's CommonJS output (__dirname is not defined).
  set_target_properties(quotient_core_tests core_vectors PROPERTIES SUFFIX ".cjs")
  find_program(QUOTIENT_NODE node REQUIRED)
  # Node 20's fetch breaks Emscripten 3.1.6's loader (TOOLCHAIN.md).
  set(QUOTIENT_RUN ${QUOTIENT_NODE} --no-experimental-fetch)
  add_test(NAME core_tests_wasm COMMAND ${QUOTIENT_RUN} $<TARGET_FILE:quotient_core_tests>)
  set(QUOTIENT_VECTORS_TEST core_vectors_wasm)
else()
  set(QUOTIENT_RUN "")
  add_test(NAME core_tests COMMAND quotient_core_tests)
  set(QUOTIENT_VECTORS_TEST core_vectors)
endif()

add_test(NAME ${QUOTIENT_VECTORS_TEST}
         COMMAND ${CMAKE_COMMAND} -DEXPECTED=${CMAKE_SOURCE_DIR}/tests/core/vectors.expected -DEXIT_CODE=0
                 -P ${CMAKE_SOURCE_DIR}/tests/run_and_compare.cmake -- ${QUOTIENT_RUN} $<TARGET_FILE:core_vectors>
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
