#include "app/theme.h"
#include "imgui.h"

namespace quotient {

void apply_theme(Theme theme, float scale) {
    ImGuiStyle style;
    if (theme == Theme::Light) ImGui::StyleColorsLight(&style);
    else ImGui::StyleColorsDark(&style);

    // Softer, roomier than ImGui's defaults: this is a product for people, not a debug overlay.
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.CellPadding = ImVec2(8, 5);
    style.FrameRounding = 5;
    style.GrabRounding = 5;
    style.ChildRounding = 6;
    style.PopupRounding = 6;
    style.WindowRounding = 0;
    style.GrabMinSize = 14;
    style.ScrollbarSize = 12;

    ImVec4* c = style.Colors;
    const ImVec4 accent = ImVec4(0.23f, 0.51f, 0.96f, 1.00f);
    if (theme == Theme::Dark) {
        c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.12f, 1.00f);
        c[ImGuiCol_ChildBg] = ImVec4(0.12f, 0.13f, 0.16f, 1.00f);
        c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.19f, 0.23f, 1.00f);
        c[ImGuiCol_Text] = ImVec4(0.92f, 0.93f, 0.95f, 1.00f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.70f, 0.72f, 0.76f, 1.00f);
    } else {
        c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.00f);
        c[ImGuiCol_ChildBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
        c[ImGuiCol_FrameBg] = ImVec4(0.91f, 0.92f, 0.95f, 1.00f);
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.14f, 1.00f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.33f, 0.35f, 0.39f, 1.00f);
    }
    // Secondary text (TextDisabled) reads at 4.5:1 or more on every background, as body text
    // must (WCAG AA; tests/app/theme_test.cpp): ImGui's own greys are 4.07:1 and 2.85:1.
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = ImVec4(0.35f, 0.62f, 1.00f, 1.00f);
    c[ImGuiCol_Button] = ImVec4(accent.x, accent.y, accent.z, 0.25f);
    c[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, 0.55f);
    c[ImGuiCol_ButtonActive] = accent;
    c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.30f);
    c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.45f);
    c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.70f);
    c[ImGuiCol_CheckMark] = accent;

    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ChartColors chart_colors(Theme theme) {
    if (theme == Theme::Light)
        return {IM_COL32(96, 150, 245, 255), IM_COL32(38, 99, 214, 255),
                IM_COL32(250, 170, 70, 255), IM_COL32(222, 110, 30, 255),
                IM_COL32(255, 255, 255, 255), IM_COL32(70, 76, 90, 255), IM_COL32(200, 40, 40, 255)};
    return {IM_COL32(76, 141, 250, 255), IM_COL32(30, 82, 190, 255),
            IM_COL32(255, 176, 72, 255), IM_COL32(214, 98, 24, 255),
            IM_COL32(255, 255, 255, 255), IM_COL32(160, 168, 184, 255), IM_COL32(255, 110, 100, 255)};
}

} // namespace quotient
