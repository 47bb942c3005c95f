// The frame loop both platforms share: event wake-ups, idle skipping, one ImGui frame.
// Native (native_main.cpp) and web (web_main.cpp) own the window and call into this.
#pragma once
#include <bitset>
#include <vector>
#include "app/app.h"

struct GLFWwindow;
struct ImGuiIO;

namespace quotient {

struct Runner {
    GLFWwindow* window = nullptr;
    AppState app{};
    int frames_owed = 0;            // frames still to draw after the last event or animation step
    double last_draw = 0;           // glfwGetTime() of the last drawn frame
    // ImGui 1.86 reads key state once a frame, so a key pressed and released between two
    // frames (a fast tap, or any tap while a frame is slow) would be lost: such a release is
    // held back until a frame has seen the key down.
    std::bitset<512> pressed_since_frame{};
    std::bitset<512> release_after_frame{};
    // Characters typed while a release is held back wait with it: typed right after Ctrl+A, they
    // would otherwise reach a frame that still sees Ctrl down, and ImGui drops them as shortcuts.
    std::vector<unsigned> chars_after_frame;
    // Called after the back-ends' NewFrame, before ImGui's: lets a platform feed input the
    // GLFW back-end does not see (touches on the web).
    void (*before_frame)(ImGuiIO& io) = nullptr;
    // Called after the app has drawn a frame: lets a platform follow what the frame left active.
    void (*after_frame)() = nullptr;
};

// Installs wake-up callbacks, then ImGui with its GLFW and OpenGL back-ends.
void runner_init(Runner& r, GLFWwindow* window, const char* glsl_version, float scale);
void runner_shutdown(Runner& r);
// Something happened (input, resize): draw a few frames so ImGui settles.
void runner_wake(Runner& r);
// The app's own state changed without input (a save finished): one frame shows it.
void runner_redraw(Runner& r);
// True when a frame must be drawn now: owed frames, or a caret blink while typing.
bool runner_needs_frame(const Runner& r);
// Seconds the loop may sleep before the next frame is due (caret blink), when idle.
double runner_idle_timeout(const Runner& r);
// One frame into the current framebuffer. display_w/h override GLFW's window size when > 0
// (the web canvas is sized by us in device pixels, not through GLFW).
void runner_draw(Runner& r, int fb_w, int fb_h, float display_w = 0, float display_h = 0);
// Fonts and style for a new display scale, with the font texture re-uploaded.
void runner_set_scale(Runner& r, float scale);
// After runner_draw: turns the app's chart export request into a download request holding the
// PNG of the chart's pixels, read from the frame just drawn (fb_h: framebuffer height).
void runner_take_chart_png(Runner& r, int fb_h);

} // namespace quotient
