# cmake -DIN=file -DOUT=file.cpp -DNAME=symbol -P embed.cmake
# Writes a C++ file defining `extern "C" const unsigned char NAME[]` and `NAME_size`.
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x..,){24})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "// Generated from ${IN} by cmake/embed.cmake. Do not edit.\n"
  "extern \"C\" const unsigned char ${NAME}[] = {\n${bytes}\n};\n"
  "extern \"C\" const unsigned int ${NAME}_size = ${size};\n")
