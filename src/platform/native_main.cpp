// The desktop app: GLFW window, OpenGL 3.3 core, the shared runner.
// Flags: --frames N (draw N frames and exit, no idling) and --screenshot FILE (PNG of the last
// frame) make it testable under xvfb-run.
#include <cerrno>
#include <cstdio>
#include <string>
#include <cstdlib>
#include <cstring>
#include <vector>
#include <GLFW/glfw3.h>
#include "core/png.h"
#include "platform/native_files.h"
#include "platform/runner.h"

using namespace quotient;

struct Options {
    int frames = 0;                 // 0 = run until the window closes
    const char* screenshot = nullptr;
};

static bool parse_options(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--frames") && i + 1 < argc) o.frames = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--screenshot") && i + 1 < argc) o.screenshot = argv[++i];
        else if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::printf("usage: quotient [--frames N] [--screenshot FILE.png]\n");
            std::exit(0);
        } else {
            std::fprintf(stderr, "quotient: unknown option '%s' (try --help)\n", argv[i]);
            return false;
        }
    }
    if (o.screenshot && o.frames <= 0) o.frames = 10;
    return true;
}

// Reads a whole file for the app (CSV import); the app reports failures in words.
static void open_for_app(Runner& r, const char* path) {
    FILE* f = std::fopen(path, "rb");
    if (!f) {
        app_file_failed(r.app, path, std::strerror(errno));
        return;
    }
    std::string bytes;
    char buf[1 << 16];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) app_file_failed(r.app, path, "read error");
    else app_file_opened(r.app, path, std::move(bytes));
}

// Writes the library, unless another instance saved it since this one last read or wrote it
// (`known`): then the app is told, with the file as it is now, and holds its saving until the
// user chooses. Returns why a save failed ("" when saved or held).
static std::string save_library(Runner& r, const std::string& text, LibraryStamp& known) {
    if (const LibraryStamp now = library_stamp(); !(now == known)) {
        known = now;
        std::string stored = load_library_text();
        if (!stored.empty()) {
            app_library_changed_elsewhere(r.app, std::move(stored));
            return {};
        }
    }
    const std::string error = save_library_text(text);
    if (error.empty()) known = library_stamp();
    return error;
}

// What the app asked for during the frame just drawn (fb_h: framebuffer height).
static void take_requests(Runner& r, int fb_h, LibraryStamp& known) {
    PlatformRequests& q = r.app.requests;
    // Each answer changes what the app shows: frames to show it (one for a save's status).
    if (!q.open_path.empty() || !q.share_fragment.empty() || q.chart_png || !q.download.name.empty()) runner_wake(r);
    if (!q.save_text.empty()) runner_redraw(r);
    if (!q.open_path.empty()) {
        open_for_app(r, q.open_path.c_str());
        q.open_path.clear();
    }
    if (!q.save_text.empty()) {
        const std::string error = save_library(r, q.save_text, known);
        app_saved(r.app, error.empty(), error);     // ignored while the app holds its saving
        q.save_text.clear();
    }
    if (!q.share_fragment.empty()) {
        // No page address on the desktop: the link is its fragment, which "Open link" reads
        // here and any copy of the web app reads after its own address.
        const std::string link = "#" + q.share_fragment;
        glfwSetClipboardString(r.window, link.c_str());
        app_share_link_made(r.app, link, true);
        q.share_fragment.clear();
    }
    runner_take_chart_png(r, fb_h);
    if (!q.download.name.empty()) {
        std::string error;
        const std::string path = save_download(q.download.name, q.download.bytes, error);
        app_download_done(r.app, q.download.name, error.empty(), error.empty() ? path : error);
        q.download = {};
    }
    q.pick_csv = q.pick_scenario = false;   // no picker here: the panels show a path field
}

static bool write_screenshot(const char* path, int w, int h) {
    std::vector<uint8_t> rgba(size_t(w) * size_t(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    std::vector<uint8_t> png = encode_png(w, h, rgba.data(), true);
    FILE* f = std::fopen(path, "wb");
    if (!f) return false;
    bool ok = std::fwrite(png.data(), 1, png.size(), f) == png.size();
    return std::fclose(f) == 0 && ok;
}

int main(int argc, char** argv) {
    Options opt;
    if (!parse_options(argc, argv, opt)) return 2;
    glfwSetErrorCallback([](int code, const char* msg) { std::fprintf(stderr, "quotient: GLFW %d: %s\n", code, msg); });
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "Quotient", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    // HiDPI: on X11 and Windows window coordinates are pixels, so the content scale is the
    // factor fonts and sizes need.
    float sx = 1, sy = 1;
    glfwGetWindowContentScale(window, &sx, &sy);
    static Runner runner;
    runner_init(runner, window, "#version 330 core", sx > 0 ? sx : 1.0f);
    // The library saved last time; an unreadable one is moved aside, never overwritten (if it
    // cannot be moved, the app saves nothing until the user decides).
    LibraryStamp known = library_stamp();
    if (const std::string saved = load_library_text(); !app_restore(runner.app, saved)) {
        std::string where;
        if (set_aside_library(where)) app_kept_damaged_save(runner.app, where);
        else app_damaged_save_not_kept(runner.app, saved, where);
        known = library_stamp();
    }
    glfwSetWindowContentScaleCallback(window, [](GLFWwindow*, float x, float) { runner_set_scale(runner, x); });
    // A CSV file dropped on the window opens the import dialog with it.
    glfwSetDropCallback(window, [](GLFWwindow*, int count, const char** paths) {
        if (count > 0) open_for_app(runner, paths[0]);
        runner_wake(runner);
    });

    int drawn = 0;
    bool ok = true;
    while (!glfwWindowShouldClose(window)) {
        if (opt.frames > 0 || runner_needs_frame(runner)) glfwPollEvents();
        else glfwWaitEventsTimeout(runner_idle_timeout(runner));   // idle: sleep until an event
        if (opt.frames == 0 && !runner_needs_frame(runner)) continue;

        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        runner_draw(runner, fb_w, fb_h);
        ++drawn;
        take_requests(runner, fb_h, known);
        if (opt.frames > 0 && drawn >= opt.frames) {
            if (opt.screenshot) ok = write_screenshot(opt.screenshot, fb_w, fb_h);
            glfwSwapBuffers(window);
            break;
        }
        glfwSwapBuffers(window);
    }
    // Edits made in the last moment before closing are saved too; edits held over another
    // instance's save are kept beside it (app_unsaved_library), never written over it.
    std::string last = app_unsaved_library(runner.app, true);
    if (std::string stored; !last.empty() && !(library_stamp() == known) && !(stored = load_library_text()).empty()) {
        app_library_changed_elsewhere(runner.app, std::move(stored));
        last = app_unsaved_library(runner.app, true);
    }
    if (!last.empty()) {
        if (std::string error = save_library_text(last); !error.empty())
            std::fprintf(stderr, "quotient: could not save %s: %s\n", library_path().c_str(), error.c_str());
    }
    runner_shutdown(runner);
    glfwDestroyWindow(window);
    glfwTerminate();
    if (!ok) std::fprintf(stderr, "quotient: could not write %s\n", opt.screenshot);
    return ok ? 0 : 1;
}
