# App-level tests: the native window under Xvfb, and the real page in headless Chromium.
if(QUOTIENT_WEB)
  add_test(NAME browser_e2e
           COMMAND node --test --test-concurrency=1 --test-timeout=180000 ${CMAKE_SOURCE_DIR}/tests/e2e/
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(browser_e2e PROPERTIES ENVIRONMENT "QUOTIENT_DIST=${CMAKE_BINARY_DIR}/dist" TIMEOUT 600)
else()
  add_test(NAME native_smoke
           COMMAND ${CMAKE_SOURCE_DIR}/tests/native/smoke.sh $<TARGET_FILE:quotient> ${CMAKE_BINARY_DIR}/native-smoke.png)
  set_tests_properties(native_smoke PROPERTIES TIMEOUT 120)
endif()
