// Every text colour of both themes against every background it is drawn on reaches WCAG AA's
// 4.5:1 (the secondary text included: ImGui's own grey is 2.85:1 on white and 4.07:1 on the dark
// panel). Contrast = (L1 + 0.05) / (L2 + 0.05) with the relative luminance of sRGB colours
// (WCAG 2.1, section 1.4.3); the worked check: white on black is (1 + 0.05) / (0 + 0.05) = 21.
#include <doctest/doctest.h>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include "app/theme.h"
#include "imgui.h"

using namespace quotient;

namespace {

double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const ImVec4& c) {
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

// A translucent colour (a button, a selected row) as it shows over `under`.
ImVec4 over(const ImVec4& top, const ImVec4& under) {
    const float a = top.w;
    return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a), 1);
}

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("contrast of white on black is 21:1, as WCAG works it") {
    CHECK(contrast(ImVec4(1, 1, 1, 1), ImVec4(0, 0, 0, 1)) == doctest::Approx(21.0));
}

TEST_CASE("every text colour reaches 4.5:1 on every background, in both themes") {
    ImGui::CreateContext();
    for (Theme theme : {Theme::Dark, Theme::Light}) {
        apply_theme(theme, 1.0f);
        const ImVec4* c = ImGui::GetStyle().Colors;
        const ImVec4 window = c[ImGuiCol_WindowBg], child = over(c[ImGuiCol_ChildBg], window);
        const ImVec4 backgrounds[] = {
            window, child, over(c[ImGuiCol_FrameBg], child), over(c[ImGuiCol_PopupBg], window),
            over(c[ImGuiCol_TableRowBgAlt], child), over(c[ImGuiCol_Button], child),
            over(c[ImGuiCol_Header], child), over(c[ImGuiCol_TableHeaderBg], child)};
        for (ImGuiCol text : {ImGuiCol_Text, ImGuiCol_TextDisabled}) {
            for (size_t b = 0; b < std::size(backgrounds); ++b) {
                CAPTURE(int(theme));
                CAPTURE(int(text));
                CAPTURE(b);
                CHECK(contrast(c[text], backgrounds[b]) >= 4.5);
            }
        }
        // The charts' muted labels sit on the panel.
        const ImVec4 muted = ImGui::ColorConvertU32ToFloat4(chart_colors(theme).label_muted);
        CHECK(contrast(muted, child) >= 4.5);
    }
    ImGui::DestroyContext();
}
