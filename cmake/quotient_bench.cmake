# Core benchmark (not a CTest test: timings are not pass/fail). bench/run builds it in the
# native and web presets and compares the two; in the web build it is a .cjs run by Node.
add_executable(quotient_bench ${CMAKE_SOURCE_DIR}/bench/bench_funnel.cpp)
target_link_libraries(quotient_bench PRIVATE quotient_core)
if(QUOTIENT_WEB)
  target_link_options(quotient_bench PRIVATE
      -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node -sEXIT_RUNTIME=1)
  # .cjs: the repository's package.json makes Node treat .js as an ES module (see core tests).
  set_target_properties(quotient_bench PROPERTIES SUFFIX ".cjs")
endif()
