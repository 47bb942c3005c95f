#include "app/fonts.h"
#include "imgui.h"

// Generated at build time from Debian's DejaVuSans.ttf (cmake/quotient_app.cmake).
extern "C" const unsigned char quotient_ui_font[];
extern "C" const unsigned int quotient_ui_font_size;

namespace quotient {

// Must match the subset in cmake/quotient_app.cmake.
static const ImWchar glyph_ranges[] = {
    0x0020, 0x017F,     // Basic Latin, Latin-1, Latin Extended-A (French, Romanian ă â î)
    0x0218, 0x021B,     // Romanian ș ț (comma below)
    0x2010, 0x2027,     // dashes, quotes, bullet, ellipsis
    0x202F, 0x202F,     // narrow no-break space (French grouping)
    0x2030, 0x203A,     // per mille, angle quotes
    0x20AC, 0x20AC,     // euro
    0x2190, 0x2193,     // arrows
    0x2212, 0x2212,     // minus
    0x2264, 0x2265,     // <= >=
    0,
};

static ImFont* add_ui_font(float pixels) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;   // the bytes live in the binary
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(quotient_ui_font),
                                                       int(quotient_ui_font_size), pixels, &cfg,
                                                       glyph_ranges);
}

Fonts load_fonts(float scale) {
    ImGui::GetIO().Fonts->Clear();
    Fonts f;
    f.body = add_ui_font(16.0f * scale);
    f.heading = add_ui_font(24.0f * scale);
    f.figure = add_ui_font(30.0f * scale);
    ImGui::GetIO().Fonts->Build();
    return f;
}

} // namespace quotient
