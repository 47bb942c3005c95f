# quotient-cli: every calculator from the shell, JSON in and JSON out (docs/cli.md). Native only.
# Exceptions are allowed here (nlohmann/json); the core it links stays exception-free.
find_package(nlohmann_json 3.11 REQUIRED)
file(GLOB QUOTIENT_CLI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/cli/*.cpp)
add_executable(quotient-cli ${QUOTIENT_CLI_SOURCES})
target_link_libraries(quotient-cli PRIVATE quotient_core nlohmann_json::nlohmann_json)
target_compile_definitions(quotient-cli PRIVATE QUOTIENT_VERSION="${PROJECT_VERSION}")
