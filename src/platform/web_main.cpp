// The web app: Emscripten's GLFW + WebGL2 on the page's #canvas, with the fixes ImGui 1.86 and
// this Emscripten's GLFW need (TOOLCHAIN.md): the canvas sized in device pixels from its CSS
// size x devicePixelRatio, normalised wheel deltas, clipboard through the browser, idle frames
// skipped, and a read-only test hook. All browser glue in C++ lives in this file.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>
#include "app/touch_drag.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/runner.h"

using namespace quotient;

static Runner runner;
static int canvas_w = 1, canvas_h = 1;  // device pixels
static std::string clipboard;           // last text copied in the app or pasted into the page

// The canvas's CSS box is set by the stylesheet; its backing store must be that box x dpr for
// crisp text. We size it ourselves (not through glfwSetWindowSize, which would ask for
// fullscreen when the size equals the screen's) and tell ImGui the size every frame.
static void sync_canvas() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = std::clamp(emscripten_get_device_pixel_ratio(), 0.5, 4.0);
    const int w = std::max(1, int(std::lround(css_w * dpr)));
    const int h = std::max(1, int(std::lround(css_h * dpr)));
    if (w != canvas_w || h != canvas_h) {
        emscripten_set_canvas_element_size("#canvas", w, h);
        canvas_w = w;
        canvas_h = h;
    }
    runner_set_scale(runner, float(dpr));
    runner_wake(runner);
}

static EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    sync_canvas();
    return EM_FALSE;
}

// Browsers report wheel deltas in pixels, lines or pages; ImGui wants notches, positive = up.
static EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    double dx = e->deltaX, dy = e->deltaY;
    switch (e->deltaMode) {
    case DOM_DELTA_PIXEL: dx /= 100; dy /= 100; break;
    case DOM_DELTA_LINE: dx /= 3; dy /= 3; break;
    case DOM_DELTA_PAGE: dx *= 80; dy *= 80; break;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH -= float(dx);
    io.MouseWheel -= float(dy);
    runner_wake(runner);
    return EM_TRUE;     // the page itself never scrolls
}

// Touch: this GLFW passes no touch positions, so the first finger drives ImGui's mouse.
// A tap shorter than a frame still shows ImGui one frame pressed and one released.
struct Touch {
    bool active = false;            // a finger has touched since the last mouse use
    bool down = false;
    bool press_pending = false;     // touched and lifted before a frame saw it
    float x = 0, y = 0;             // device pixels
};
static Touch touch;
// A drag scrolls the panel under the finger (touch_drag.h); a tap or a slider's drag is the mouse.
static TouchDrag touch_drag;

static EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    if (e->numTouches < 1) return EM_FALSE;
    const EmscriptenTouchPoint& t = e->touches[0];
    const float dpr = runner.app.ui_scale;
    touch.active = true;
    touch.x = float(t.targetX) * dpr;
    touch.y = float(t.targetY) * dpr;
    TouchPhase phase = TouchPhase::Move;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
        touch.down = true;
        touch.press_pending = true;
        phase = TouchPhase::Start;
    } else if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
        touch.down = false;
        phase = TouchPhase::End;
    }
    touch_drag_sample(touch_drag, phase, ImVec2(touch.x, touch.y), emscripten_get_now() / 1000.0);
    runner_wake(runner);
    return EM_TRUE;     // no emulated mouse events, no page scrolling
}

// A real mouse takes over again from the finger.
static EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent*, void*) {
    touch.active = false;
    return EM_FALSE;
}

static void feed_touch(ImGuiIO& io) {
    runner.app.touch = touch.active;
    if (!touch.active) return;
    io.MousePos = ImVec2(touch.x, touch.y);
    const float slop = 10.0f * runner.app.ui_scale;
    io.MouseDown[0] = touch_drag_update(touch_drag, io.MousePos, touch.down || touch.press_pending, io.DeltaTime, slop);
    touch.press_pending = false;
    // One more frame to see the release, and frames while the view glides on.
    if (!touch.down || touch_drag_gliding(touch_drag)) runner_wake(runner);
}

// A phone shows its keyboard only for a focused text input. While ImGui edits text after a
// touch, the hidden input of web/index.html sits on the field and holds the focus; what the
// keyboard types there comes back through quotient_text_input (web/quotient.js).
EM_JS(void, js_text_input, (int want, float x, float y, float h, int number_pad), {
    const input = document.getElementById('text-input');
    if (!input) return;
    if (!want) {
        if (document.activeElement === input) Module.canvas.focus({preventScroll: true});
        return;
    }
    input.style.left = x + 'px';
    input.style.top = y + 'px';
    input.style.height = h + 'px';
    input.inputMode = number_pad ? 'decimal' : 'text';
    if (document.activeElement !== input) input.focus({preventScroll: true});
});

// The number pad for a number field; the full keyboard for a name, and for a date or a negative
// amount, whose minus sign a number pad may lack.
static bool wants_number_pad(const EntryEdit& e) { return e.id != 0 && e.shown.find('-') == std::string::npos; }

// After each frame: a text field is being edited (ImGui's active item is the one its text
// state belongs to), and ImGui has placed the input method at its cursor.
static void follow_text_field() {
    const ImGuiContext& g = *GImGui;
    // ImGui puts the input method at (1, 1) each frame until the field draws its cursor: a
    // field scrolled out of view leaves the input where it was.
    const bool editing = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId &&
                         !(g.PlatformImePos.x == 1.0f && g.PlatformImePos.y == 1.0f);
    const float dpr = runner.app.ui_scale;
    js_text_input(editing && touch.active, g.PlatformImePos.x / dpr, g.PlatformImePos.y / dpr,
                  ImGui::GetFontSize() / dpr, wants_number_pad(runner.app.entry));
}

// Text from the phone's keyboard (or its input method), typed into the hidden input.
extern "C" EMSCRIPTEN_KEEPALIVE void quotient_text_input(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    runner_wake(runner);
}

EM_JS(void, js_copy_text, (const char* text), {
    const s = UTF8ToString(text);
    if (navigator.clipboard) navigator.clipboard.writeText(s).catch(function() {});
});

static void install_clipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = [](void*, const char* text) {
        clipboard = text;
        js_copy_text(text);
    };
    io.GetClipboardTextFn = [](void*) { return clipboard.c_str(); };
}

// Called by web/quotient.js on the page's paste event, before ImGui handles Ctrl+V.
extern "C" EMSCRIPTEN_KEEPALIVE void quotient_paste(const char* text) {
    clipboard = text;
    runner_wake(runner);
}

// A NUL-terminated UTF-8 copy of a JS string in the module's memory (the C++ side frees it);
// why localStorage refused something, in words; and the text this tab last read or wrote under
// each key, to notice another tab's save.
EM_JS(void, js_define_helpers, (), {
    Module.cString = function (text) {
        const bytes = new TextEncoder().encode(text);
        const ptr = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, ptr);
        HEAPU8[ptr + bytes.length] = 0;
        return ptr;
    };
    Module.storageError = function (e) {
        return e && e.name === 'QuotaExceededError' ? "the browser's storage for this page is full"
                                                    : String(e && e.message || e);
    };
    Module.knownStored = {};
});

// File picking: a hidden <input type=file>, opened while the click that asked for it still
// counts as a user gesture (the app asks within a frame of the click). The file's bytes are
// copied into the module's memory and handed to the app; nothing leaves the page.
EM_JS(void, js_pick_file, (const char* accept), {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(accept);
    input.style.display = 'none';
    document.body.appendChild(input);
    input.addEventListener('cancel', function () { input.remove(); });
    input.addEventListener('change', function () {
        const file = input.files[0];
        input.remove();
        if (!file) return;
        const namePtr = Module.cString(file.name);
        file.arrayBuffer().then(function (buffer) {
            const bytes = new Uint8Array(buffer);
            const ptr = _malloc(Math.max(1, bytes.length));
            HEAPU8.set(bytes, ptr);
            _quotient_file_opened(namePtr, ptr, bytes.length);
        }, function (error) {
            _quotient_file_failed(namePtr, Module.cString(String(error)));
        });
    });
    input.click();
});

// Both take ownership of the buffers js_pick_file allocated.
extern "C" EMSCRIPTEN_KEEPALIVE void quotient_file_opened(char* name, char* bytes, int size) {
    app_file_opened(runner.app, name, std::string(bytes, size_t(size)));
    std::free(name);
    std::free(bytes);
    runner_wake(runner);
}

extern "C" EMSCRIPTEN_KEEPALIVE void quotient_file_failed(char* name, char* reason) {
    app_file_failed(runner.app, name, reason);
    std::free(name);
    std::free(reason);
    runner_wake(runner);
}

// [SECTION] The document: localStorage, share links, downloads

static const char* const library_key = "quotient.library";

// The saved library as it is now, or null; this tab now knows of it (js_storage_changed compares
// with it). Reading can throw (storage disabled by the user): that counts as nothing saved, and
// the first save will say why it failed.
EM_JS(char*, js_storage_load, (const char* key), {
    try {
        const name = UTF8ToString(key);
        const text = window.localStorage.getItem(name);
        Module.knownStored[name] = text;
        return text === null ? 0 : Module.cString(text);
    } catch (e) {
        return 0;
    }
});

// null on success, else the browser's reason (quota exceeded, storage disabled).
EM_JS(char*, js_storage_save, (const char* key, const char* text), {
    try {
        const name = UTF8ToString(key), value = UTF8ToString(text);
        window.localStorage.setItem(name, value);
        Module.knownStored[name] = value;
        return 0;
    } catch (e) {
        return Module.cString(Module.storageError(e));
    }
});

// 1 when the stored value is no longer the one this tab last read or wrote: another tab saved.
// (A string comparison: equal texts compare as fast as memory does.)
EM_JS(int, js_storage_changed, (const char* key), {
    try {
        const name = UTF8ToString(key);
        const known = Module.knownStored[name];
        return window.localStorage.getItem(name) !== (known === undefined ? null : known) ? 1 : 0;
    } catch (e) {
        return 0;
    }
});

// Copies an unreadable value to a key of its own, stamped with the time, checks the copy, and
// only then removes the original. *kept = 1 and the copy's key, or *kept = 0 and why the copy
// could not be made (storage full...): the original is then left exactly as it was.
EM_JS(char*, js_storage_set_aside, (const char* key, int* kept), {
    const from = UTF8ToString(key);
    const to = from + '.damaged.' + new Date().toISOString();
    HEAP32[kept >> 2] = 0;
    try {
        const text = window.localStorage.getItem(from);
        window.localStorage.setItem(to, text);
        if (window.localStorage.getItem(to) !== text) throw new Error('the copy differs from the original');
    } catch (e) {
        try { window.localStorage.removeItem(to); } catch (ignored) {}
        return Module.cString(Module.storageError(e));
    }
    try {
        window.localStorage.removeItem(from);   // the copy is safe; the next save replaces it anyway
        Module.knownStored[from] = window.localStorage.getItem(from);
    } catch (ignored) {}
    HEAP32[kept >> 2] = 1;
    return Module.cString('localStorage: ' + to);
});

static std::string take_c_string(char* text) {
    if (!text) return {};
    std::string out(text);
    std::free(text);
    return out;
}

// The page's address with `fragment` after '#', copied to the clipboard. Returns the link;
// *copied says whether the clipboard took it (it needs a recent click, which the button gave).
EM_JS(char*, js_make_link, (const char* fragment, int* copied), {
    const link = location.href.split('#')[0] + '#' + UTF8ToString(fragment);
    HEAP32[copied >> 2] = navigator.clipboard ? 1 : 0;
    if (navigator.clipboard) navigator.clipboard.writeText(link).catch(function () {});
    return Module.cString(link);
});

// The fragment the page was opened with, removed from the address bar so that reloading does
// not open the shared scenario a second time.
EM_JS(char*, js_take_fragment, (), {
    const hash = location.hash;
    if (!hash.startsWith('#s=')) return 0;
    history.replaceState(null, "", location.pathname + location.search);
    return Module.cString(hash);
});

// A download made in the page from the app's bytes: a Blob and a link to it; nothing is sent.
EM_JS(void, js_download, (const char* name, const char* mime, const char* bytes, int size), {
    const blob = new Blob([HEAPU8.slice(bytes, bytes + size)], { type: UTF8ToString(mime) });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
});

// True when another tab saved the library since this one last read or wrote it; the app has
// then been told, with the library as stored now, and holds its saving until the user chooses.
static bool other_tab_saved() {
    if (!js_storage_changed(library_key)) return false;
    std::string now = take_c_string(js_storage_load(library_key));
    if (now.empty()) return false;      // removed there: nothing stored to overwrite
    app_library_changed_elsewhere(runner.app, std::move(now));
    return true;
}

// Writes the library, never over another tab's save that this one has not seen.
static void save_library(const std::string& text) {
    if (other_tab_saved()) return;
    const std::string error = take_c_string(js_storage_save(library_key, text.c_str()));
    app_saved(runner.app, error.empty(), error);
}

// Called by web/quotient.js when the page is hidden (closing = 0) or closed (1): edits not saved
// yet are saved now. Closing with edits held over another tab's save keeps both versions.
extern "C" EMSCRIPTEN_KEEPALIVE void quotient_flush(int closing) {
    std::string text = app_unsaved_library(runner.app, closing != 0);
    if (text.empty()) return;
    if (other_tab_saved()) {
        if (!closing) return;
        text = app_unsaved_library(runner.app, true);
        if (text.empty()) return;
    }
    save_library(text);
}

// Called by web/quotient.js on the storage event: another tab of this page wrote localStorage.
extern "C" EMSCRIPTEN_KEEPALIVE void quotient_storage_changed() {
    if (other_tab_saved()) runner_wake(runner);
}

// Asked by web/quotient.js before the page unloads: 1 when leaving would lose held edits.
extern "C" EMSCRIPTEN_KEEPALIVE int quotient_has_held_edits() { return app_has_held_edits(runner.app) ? 1 : 0; }

// Called by web/quotient.js when a share link is opened in a tab that already shows Quotient.
extern "C" EMSCRIPTEN_KEEPALIVE void quotient_open_link() {
    if (char* fragment = js_take_fragment()) app_open_share_link(runner.app, take_c_string(fragment));
    runner_wake(runner);
}

static void restore_document() {
    const std::string saved = take_c_string(js_storage_load(library_key));
    if (!app_restore(runner.app, saved)) {
        int kept = 0;
        const std::string where = take_c_string(js_storage_set_aside(library_key, &kept));
        if (kept) app_kept_damaged_save(runner.app, where);
        else app_damaged_save_not_kept(runner.app, saved, where);
    }
    if (char* fragment = js_take_fragment()) app_open_share_link(runner.app, take_c_string(fragment));
}

// What the app asked for during the frame just drawn.
static void take_requests() {
    PlatformRequests& q = runner.app.requests;
    if (q.pick_csv) js_pick_file(".csv,text/csv,text/plain");
    if (q.pick_scenario) js_pick_file(".json,application/json");
    q.pick_csv = q.pick_scenario = false;
    if (!q.save_text.empty()) {
        save_library(q.save_text);
        q.save_text.clear();
        runner_redraw(runner);      // the status under the scenario's name
    }
    if (!q.share_fragment.empty()) {
        int copied = 0;
        app_share_link_made(runner.app, take_c_string(js_make_link(q.share_fragment.c_str(), &copied)), copied != 0);
        q.share_fragment.clear();
        runner_wake(runner);
    }
    runner_take_chart_png(runner, canvas_h);
    if (!q.download.name.empty()) {
        js_download(q.download.name.c_str(), q.download.mime.c_str(), q.download.bytes.data(), int(q.download.bytes.size()));
        app_download_done(runner.app, q.download.name, true, "");
        q.download = {};
        runner_wake(runner);
    }
}

// Test hook: widget rectangles (CSS pixels) and the values they show, as JSON. Read-only.
extern "C" EMSCRIPTEN_KEEPALIVE const char* quotient_test_state() {
    static std::string json;
    json = probe_json(runner.app.probes, runner.app.ui_scale);
    return json.c_str();
}

static void frame() {
    if (!runner_needs_frame(runner)) return;    // idle: no ImGui frame, no GL work
    runner_draw(runner, canvas_w, canvas_h, float(canvas_w), float(canvas_h));
    take_requests();
}

int main() {
    if (!glfwInit()) return 1;
    GLFWwindow* window = glfwCreateWindow(canvas_w, canvas_h, "Quotient", nullptr, nullptr);
    if (!window) return 1;
    glfwMakeContextCurrent(window);
    runner_init(runner, window, "#version 300 es", 1.0f);
    runner.app.can_pick_files = true;
    js_define_helpers();
    restore_document();
    glfwSetScrollCallback(window, nullptr);     // raw deltas; on_wheel feeds ImGui instead
    install_clipboard();
    runner.after_frame = follow_text_field;
    emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, on_wheel);
    emscripten_set_touchstart_callback("#canvas", nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback("#canvas", nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback("#canvas", nullptr, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback("#canvas", nullptr, EM_FALSE, on_touch);
    emscripten_set_mousemove_callback("#canvas", nullptr, EM_FALSE, on_mouse_move);
    runner.before_frame = feed_touch;
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    sync_canvas();
    // requestAnimationFrame: hidden tabs pause; frame() returns at once when nothing changed.
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
