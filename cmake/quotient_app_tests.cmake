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

# The document layer (src/app/document.cpp), the checked number field (src/app/ui.cpp), the
# themes' contrast, a finger's drags and the forecast panel's runs in headless ImGui frames: native only (the browser tests drive the same code in the page).
if(NOT QUOTIENT_WEB)
  add_executable(quotient_app_tests ${CMAKE_SOURCE_DIR}/tests/app/document_test.cpp
                                    ${CMAKE_SOURCE_DIR}/tests/app/input_test.cpp
                                    ${CMAKE_SOURCE_DIR}/tests/app/theme_test.cpp
                                    ${CMAKE_SOURCE_DIR}/tests/app/touch_drag_test.cpp
                                    ${CMAKE_SOURCE_DIR}/tests/app/forecast_panel_test.cpp)
  target_link_libraries(quotient_app_tests PRIVATE quotient_app)
  add_test(NAME app_document_tests COMMAND quotient_app_tests)
endif()
