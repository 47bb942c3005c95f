// The one place that loads fonts. The UI font is DejaVu Sans, subset at build time to the
// scripts the product shows (Latin incl. French and Romanian letters, currency signs); the
// Chinese release adds a subset CJK font here.
#pragma once

struct ImFont;

namespace quotient {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;      // panel titles
    ImFont* figure = nullptr;       // large result numbers
};

// Clears the atlas and loads every font at `scale` device pixels per logical pixel.
Fonts load_fonts(float scale);

} // namespace quotient
