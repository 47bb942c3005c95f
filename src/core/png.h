// A minimal PNG writer (8-bit RGBA, stored deflate blocks): screenshots of the app and, later,
// the funnel chart export. Pure bytes in, bytes out; writing the file is the caller's job.
#pragma once
#include <cstdint>
#include <vector>

namespace quotient {

// rgba: width*height*4 bytes, rows top to bottom unless bottom_up (OpenGL's glReadPixels order).
// Returns no bytes when there is no image to write (width or height below 1, or no pixels).
std::vector<uint8_t> encode_png(int width, int height, const uint8_t* rgba, bool bottom_up);

} // namespace quotient
