# Tests registered with CTest; scripts/test runs them for the native, asan and web presets.
include(${CMAKE_SOURCE_DIR}/cmake/quotient_core_tests.cmake)
if(NOT QUOTIENT_WEB AND NOT QUOTIENT_SANITIZE)
  include(${CMAKE_SOURCE_DIR}/cmake/quotient_cli_tests.cmake)
endif()
if(QUOTIENT_APP)
  include(${CMAKE_SOURCE_DIR}/cmake/quotient_app_tests.cmake)
endif()
