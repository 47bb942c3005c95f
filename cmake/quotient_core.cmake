# src/core: the product's brain. No UI, no GL, no I/O; compiled natively and to WASM.
file(GLOB QUOTIENT_CORE_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/core/*.cpp)
add_library(quotient_core STATIC ${QUOTIENT_CORE_SOURCES})
target_include_directories(quotient_core PUBLIC ${CMAKE_SOURCE_DIR}/src)
if(QUOTIENT_WEB)
  # The app is built without exceptions or RTTI (size); the core uses neither.
  target_compile_options(quotient_core PRIVATE -fno-exceptions -fno-rtti)
endif()
if(QUOTIENT_SANITIZE)
  target_compile_options(quotient_core PUBLIC -fsanitize=${QUOTIENT_SANITIZE} -fno-omit-frame-pointer)
  target_link_options(quotient_core PUBLIC -fsanitize=${QUOTIENT_SANITIZE})
endif()
