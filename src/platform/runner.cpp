#include "platform/runner.h"
#include <algorithm>
#include <GLFW/glfw3.h>
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "core/png.h"
#include "imgui.h"

namespace quotient {

// ImGui needs a couple of frames after an event to settle hover and layout.
static constexpr int frames_per_wake = 4;
// While a text field has focus the caret blinks; ImGui's blink period is 1.2 s, half on.
static constexpr double caret_interval = 0.6;

static Runner& runner_of(GLFWwindow* w) { return *static_cast<Runner*>(glfwGetWindowUserPointer(w)); }
static void wake(GLFWwindow* w) { runner_wake(runner_of(w)); }

// Installed before ImGui's own callbacks: ImGui chains to whatever was installed first, so
// every event passes through here and wakes the loop.
static void install_wake_callbacks(GLFWwindow* w) {
    glfwSetCursorPosCallback(w, [](GLFWwindow* w, double, double) { wake(w); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow* w, int, int, int) { wake(w); });
    glfwSetScrollCallback(w, [](GLFWwindow* w, double, double) { wake(w); });
    glfwSetCharCallback(w, [](GLFWwindow* w, unsigned int) { wake(w); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow* w, int) { wake(w); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow* w, int) { wake(w); });
    glfwSetFramebufferSizeCallback(w, [](GLFWwindow* w, int, int) { wake(w); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow* w) { wake(w); });
}

// Replace the ImGui back-end's key and character callbacks, forwarding to it with releases held back (Runner).
static void key_callback(GLFWwindow* w, int key, int scancode, int action, int mods) {
    Runner& r = runner_of(w);
    runner_wake(r);
    if (key >= 0 && key < int(r.pressed_since_frame.size())) {
        if (action == GLFW_PRESS) {
            r.pressed_since_frame[size_t(key)] = true;
            r.release_after_frame[size_t(key)] = false;
        } else if (action == GLFW_RELEASE && r.pressed_since_frame[size_t(key)]) {
            r.release_after_frame[size_t(key)] = true;
            return;
        }
    }
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
}

static void char_callback(GLFWwindow* w, unsigned int c) {
    Runner& r = runner_of(w);
    runner_wake(r);
    if (r.release_after_frame.any()) r.chars_after_frame.push_back(c);
    else ImGui_ImplGlfw_CharCallback(w, c);
}

// After a frame: the frame has seen every key pressed before it; deliver held-back releases,
// then the characters typed after them.
static void release_held_keys(Runner& r) {
    r.pressed_since_frame.reset();
    if (r.release_after_frame.none()) return;
    for (size_t key = 0; key < r.release_after_frame.size(); ++key)
        if (r.release_after_frame[key]) ImGui_ImplGlfw_KeyCallback(r.window, int(key), 0, GLFW_RELEASE, 0);
    r.release_after_frame.reset();
    for (unsigned c : r.chars_after_frame) ImGui_ImplGlfw_CharCallback(r.window, c);
    r.chars_after_frame.clear();
    runner_wake(r);     // a frame to see the release
}

void runner_init(Runner& r, GLFWwindow* window, const char* glsl_version, float scale) {
    r.window = window;
    glfwSetWindowUserPointer(window, &r);
    install_wake_callbacks(window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    glfwSetKeyCallback(window, key_callback);
    glfwSetCharCallback(window, char_callback);
    ImGui_ImplOpenGL3_Init(glsl_version);
    app_init(r.app, scale);
    runner_wake(r);
}

void runner_shutdown(Runner& r) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    r.window = nullptr;
}

void runner_wake(Runner& r) {
    if (r.frames_owed < frames_per_wake) r.frames_owed = frames_per_wake;
}

// Seconds until the app's own timer (an autosave, a notice going away), or a large number.
static double until_app_wakes(const Runner& r) {
    if (r.app.wake_at < 0) return 1e9;
    // ImGui's clock advances only when frames are drawn: add the time idle since the last one.
    return r.app.wake_at - (ImGui::GetTime() + (glfwGetTime() - r.last_draw));
}

void runner_redraw(Runner& r) {
    if (r.frames_owed < 1) r.frames_owed = 1;
}

bool runner_needs_frame(const Runner& r) {
    if (r.frames_owed > 0 || until_app_wakes(r) <= 0) return true;
    return ImGui::GetIO().WantTextInput && glfwGetTime() - r.last_draw >= caret_interval;
}

double runner_idle_timeout(const Runner& r) {
    const double timeout = ImGui::GetIO().WantTextInput ? caret_interval : 1.0;
    return std::max(0.0, std::min(timeout, until_app_wakes(r)));
}

void runner_draw(Runner& r, int fb_w, int fb_h, float display_w, float display_h) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (display_w > 0 && display_h > 0) {
        io.DisplaySize = ImVec2(display_w, display_h);
        io.DisplayFramebufferScale = ImVec2(float(fb_w) / display_w, float(fb_h) / display_h);
    }
    // ImGui 1.86 asserts on a zero time step, which headless browsers produce.
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 1000.0f;
    if (r.before_frame) r.before_frame(io);

    ImGui::NewFrame();
    const bool animating = app_frame(r.app);
    ImGui::Render();
    if (r.after_frame) r.after_frame();

    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    release_held_keys(r);
    r.last_draw = glfwGetTime();
    if (r.frames_owed > 0) --r.frames_owed;
    if (animating) runner_wake(r);
}

void runner_take_chart_png(Runner& r, int fb_h) {
    if (!r.app.requests.chart_png) return;
    r.app.requests.chart_png = false;
    const float* rect = r.app.funnel_view.chart_rect;
    const int x = int(rect[0]), w = int(rect[2]), h = int(rect[3]);
    const int y = fb_h - int(rect[1]) - h;      // GL rows count from the bottom
    if (w <= 0 || h <= 0 || x < 0 || y < 0) return;
    std::vector<uint8_t> rgba(size_t(w) * size_t(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(x, y, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    for (size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;     // the window is opaque
    const std::vector<uint8_t> png = encode_png(w, h, rgba.data(), true);
    r.app.requests.download = Download{"funnel.png", "image/png", std::string(png.begin(), png.end())};
}

void runner_set_scale(Runner& r, float scale) {
    if (scale == r.app.ui_scale) return;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    app_set_scale(r.app, scale);
    ImGui_ImplOpenGL3_CreateFontsTexture();
    runner_wake(r);
}

} // namespace quotient
