# The ImGui app (native: GLFW + OpenGL 3.3; web: Emscripten GLFW + WebGL2) from one src/app.

# [SECTION] Dear ImGui 1.86, compiled from Debian's sources for both targets
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${IMGUI_DIR}: run scripts/setup")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
# ImGui's own warnings are not ours to fix.
target_compile_options(imgui PRIVATE -w)
if(QUOTIENT_WEB)
  target_compile_options(imgui PRIVATE -Oz -fno-exceptions -fno-rtti)
else()
  find_package(glfw3 3.3 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(imgui PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# [SECTION] The UI font: Debian's DejaVu Sans, subset to the glyphs src/app/fonts.cpp asks for
set(QUOTIENT_FONT_SOURCE "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
set(QUOTIENT_FONT_UNICODES "U+0020-017F,U+0218-021B,U+2010-2027,U+202F-203A,U+20AC,U+2190-2193,U+2212,U+2264-2265")
set(gen ${CMAKE_BINARY_DIR}/generated)
# Debian's python3 carries python3-fonttools (installed by scripts/setup); another python3 on
# PATH may not.
find_program(QUOTIENT_FONT_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
add_custom_command(
  OUTPUT ${gen}/ui_font.ttf
  COMMAND ${CMAKE_COMMAND} -E make_directory ${gen}
  COMMAND ${QUOTIENT_FONT_PYTHON} -m fontTools.subset ${QUOTIENT_FONT_SOURCE} --unicodes=${QUOTIENT_FONT_UNICODES}
          --no-hinting --desubroutinize --layout-features=kern --output-file=${gen}/ui_font.ttf
  DEPENDS ${QUOTIENT_FONT_SOURCE}
  COMMENT "Subsetting the UI font")
add_custom_command(
  OUTPUT ${gen}/ui_font.cpp
  COMMAND ${CMAKE_COMMAND} -DIN=${gen}/ui_font.ttf -DOUT=${gen}/ui_font.cpp -DNAME=quotient_ui_font
          -P ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  DEPENDS ${gen}/ui_font.ttf ${CMAKE_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding the UI font")

# [SECTION] Panels (src/app) and the executable (src/platform)
file(GLOB QUOTIENT_APP_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/app/*.cpp)
add_library(quotient_app STATIC ${QUOTIENT_APP_SOURCES} ${gen}/ui_font.cpp)
target_link_libraries(quotient_app PUBLIC quotient_core imgui)
if(QUOTIENT_WEB)
  target_compile_options(quotient_app PRIVATE -Oz -fno-exceptions -fno-rtti)
endif()

if(QUOTIENT_WEB)
  add_executable(quotient src/platform/runner.cpp src/platform/web_main.cpp)
  target_compile_options(quotient PRIVATE -Oz -fno-exceptions -fno-rtti)
  set(dist ${CMAKE_BINARY_DIR}/dist)
  set_target_properties(quotient PROPERTIES OUTPUT_NAME quotient-app SUFFIX ".js"
                        RUNTIME_OUTPUT_DIRECTORY ${dist})
  target_link_options(quotient PRIVATE -Oz -fno-exceptions
    -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
    "-sEXPORTED_FUNCTIONS=_main,_malloc,_free,_quotient_test_state,_quotient_paste,_quotient_file_opened,_quotient_file_failed,_quotient_flush,_quotient_open_link,_quotient_storage_changed,_quotient_has_held_edits"
    "-sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString")
  # Our own page, stylesheet and glue next to the compiled app.
  file(GLOB QUOTIENT_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
  foreach(f ${QUOTIENT_WEB_FILES})
    get_filename_component(name ${f} NAME)
    add_custom_command(OUTPUT ${dist}/${name} COMMAND ${CMAKE_COMMAND} -E copy_if_different ${f} ${dist}/${name}
                       DEPENDS ${f})
    list(APPEND dist_files ${dist}/${name})
  endforeach()
  add_custom_target(web_page ALL DEPENDS ${dist_files})
  add_dependencies(quotient web_page)
else()
  add_executable(quotient src/platform/runner.cpp src/platform/native_main.cpp src/platform/native_files.cpp)
endif()
target_include_directories(quotient PRIVATE ${IMGUI_DIR}/backends)
target_link_libraries(quotient PRIVATE quotient_app)
