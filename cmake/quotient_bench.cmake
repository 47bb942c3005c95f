# Core benchmark (not a CTest test: timings are not pass/fail). bench/run builds it in the
# native and web presets and compares the two; in the web build it is a .cjs run by Node.
add_executable(quotient_bench ${CMAKE_SOURCE_DIR}/bench/bench_funnel.cpp)
# Commission statements for 10,000 deals x 50 reps.
add_executable(quotient_bench_commission ${CMAKE_SOURCE_DIR}/bench/bench_commission.cpp)
# CRM CSV import of 100,000 rows (bench/import also times papaparse on the same file).
add_executable(quotient_bench_import ${CMAKE_SOURCE_DIR}/bench/bench_import.cpp)
# Recomputing a 10,000-deal pipeline, as the Pipeline panel does every frame.
add_executable(quotient_bench_pipeline ${CMAKE_SOURCE_DIR}/bench/bench_pipeline.cpp)
# Saving, loading and comparing a 10,000-deal document (autosave, start-up, edit detection).
add_executable(quotient_bench_document ${CMAKE_SOURCE_DIR}/bench/bench_document.cpp)
# The pipeline forecast, 10,000 trials x 1,000 deals (bench/forecast also times plain JavaScript).
add_executable(quotient_bench_forecast ${CMAKE_SOURCE_DIR}/bench/bench_forecast.cpp)
foreach(bench quotient_bench quotient_bench_commission quotient_bench_import quotient_bench_pipeline
        quotient_bench_document quotient_bench_forecast)
  target_link_libraries(${bench} PRIVATE quotient_core)
  if(QUOTIENT_WEB)
    target_link_options(${bench} PRIVATE
        -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node -sEXIT_RUNTIME=1)
    # .cjs: the repository's package.json makes Node treat .js as an ES module (see core tests).
    set_target_properties(${bench} PROPERTIES SUFFIX ".cjs")
  endif()
endforeach()
