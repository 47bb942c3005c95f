#include "platform/runner.h"
#include <GLFW/glfw3.h>
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
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

// Replaces the ImGui back-end's key callback, forwarding to it with releases held back (Runner).
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

// After a frame: the frame has seen every key pressed before it; deliver held-back releases.
static void release_held_keys(Runner& r) {
    r.pressed_since_frame.reset();
    if (r.release_after_frame.none()) return;
    for (size_t key = 0; key < r.release_after_frame.size(); ++key)
        if (r.release_after_frame[key]) ImGui_ImplGlfw_KeyCallback(r.window, int(key), 0, GLFW_RELEASE, 0);
    r.release_after_frame.reset();
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

bool runner_needs_frame(const Runner& r) {
    if (r.frames_owed > 0) return true;
    return ImGui::GetIO().WantTextInput && glfwGetTime() - r.last_draw >= caret_interval;
}

double runner_idle_timeout(const Runner& r) {
    return ImGui::GetIO().WantTextInput ? caret_interval : 1.0;
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

void runner_set_scale(Runner& r, float scale) {
    if (scale == r.app.ui_scale) return;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    app_set_scale(r.app, scale);
    ImGui_ImplOpenGL3_CreateFontsTexture();
    runner_wake(r);
}

} // namespace quotient
