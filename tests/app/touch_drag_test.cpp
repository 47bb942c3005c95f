// A finger on a phone (touch_drag.h), in headless ImGui frames: a drag up a panel scrolls it by
// the distance dragged and presses nothing, a lifted finger glides on and stops, a tap presses the
// button under it, and a finger moving along a slider moves the slider, not the panel.
#include <doctest/doctest.h>
#include "app/touch_drag.h"
#include "imgui.h"
#include "imgui_internal.h"

using namespace quotient;

namespace {

// A 400 x 300 panel holding a button, a slider and 2,000 pixels of rows: it scrolls.
struct Phone {
    TouchDrag drag;
    int pressed = 0;                // times the button fired
    float slider = 0.5f;
    float scroll = 0;               // the panel's scroll at the last frame
    float button_y = 0;             // the button's middle on screen at the last frame
    Phone() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(400, 300);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Phone() { ImGui::DestroyContext(); }
    void frame(ImVec2 finger, bool down) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60;
        io.MousePos = finger;
        io.MouseDown[0] = touch_drag_update(drag, finger, down, io.DeltaTime, 10);
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(400, 300));
        ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        if (ImGui::Button("Add deal", ImVec2(300, 40))) ++pressed;   // at the top, 8..48
        button_y = (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) / 2;
        ImGui::SetNextItemWidth(300);
        ImGui::SliderFloat("##rate", &slider, 0, 1);                  // under it
        ImGui::Dummy(ImVec2(300, 2000));
        scroll = ImGui::GetScrollY();
        ImGui::End();
        ImGui::EndFrame();
    }
    // A finger put down at `from`, moved to `to` in `steps` touch events 1/60 s apart, one frame
    // each, and lifted.
    void swipe(ImVec2 from, ImVec2 to, int steps) {
        frame(from, false);         // hovering first: ImGui knows the window under it
        touch_drag_sample(drag, TouchPhase::Start, from, clock);
        frame(from, true);
        for (int i = 1; i <= steps; ++i) {
            const ImVec2 at(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
            clock += 1.0 / 60;
            touch_drag_sample(drag, TouchPhase::Move, at, clock);
            frame(at, true);
        }
        touch_drag_sample(drag, TouchPhase::End, to, clock + 0.01);
        frame(to, false);
    }
    double clock = 100;             // seconds, the touch events' clock
};

} // namespace

TEST_CASE("a drag that starts on a button scrolls the panel and does not fire the button") {
    Phone phone;
    phone.swipe(ImVec2(150, 28), ImVec2(150, 8), 4);         // 20 px from the button: past the 10 px slop
    CHECK(phone.pressed == 0);
    CHECK(phone.scroll >= 20);
}

TEST_CASE("the panel follows the finger: 150 px dragged, 150 px scrolled") {
    Phone phone;
    phone.swipe(ImVec2(150, 250), ImVec2(150, 100), 15);     // 150 px up, 10 px a frame
    CHECK(phone.pressed == 0);
    // 150 px followed exactly, then the first frame of the glide after the lift: at most the
    // drag's own speed, 10 px a frame.
    CHECK(phone.scroll >= 150);
    CHECK(phone.scroll <= 160);
}

TEST_CASE("after the finger lifts the panel glides on, slower and slower, and stops") {
    Phone phone;
    phone.swipe(ImVec2(150, 250), ImVec2(150, 100), 15);
    const float lifted = phone.scroll;
    CHECK(touch_drag_gliding(phone.drag));
    float last = lifted, last_step = 1e9f;
    int frames = 0;
    while (touch_drag_gliding(phone.drag) && frames < 600) {
        phone.frame(ImVec2(150, 100), false);
        const float step = phone.scroll - last;
        CHECK(step >= 0);
        CHECK(step <= last_step + 0.01f);   // never faster
        last_step = step;
        last = phone.scroll;
        ++frames;
    }
    CHECK(frames < 600);            // it stops (under 20 px/s)
    CHECK(phone.scroll > lifted + 50);
    phone.frame(ImVec2(150, 100), false);
    CHECK(phone.scroll == last);    // and stays
}

TEST_CASE("a tap presses the button; a finger that wanders less than the slop still taps") {
    Phone phone;
    phone.swipe(ImVec2(150, 28), ImVec2(150, 28), 1);
    CHECK(phone.pressed == 1);
    phone.swipe(ImVec2(150, 28), ImVec2(156, 32), 2);        // 6 px and 4 px: within 10 px
    CHECK(phone.pressed == 2);
    CHECK(phone.scroll == 0);
}

TEST_CASE("a finger moving along the slider moves the slider, not the panel") {
    Phone phone;
    phone.frame(ImVec2(0, 0), false);
    const float y = 8 + 40 + 8 + 10;                         // the slider's row, under the button
    phone.swipe(ImVec2(150, y), ImVec2(250, y), 10);
    CHECK(phone.scroll == 0);
    CHECK(phone.slider > 0.6f);
}

TEST_CASE("a finger that rests before it lifts does not fling the panel") {
    Phone phone;
    phone.frame(ImVec2(150, 250), false);
    touch_drag_sample(phone.drag, TouchPhase::Start, ImVec2(150, 250), phone.clock);
    phone.frame(ImVec2(150, 250), true);
    for (int i = 1; i <= 10; ++i) {
        phone.clock += 1.0 / 60;
        touch_drag_sample(phone.drag, TouchPhase::Move, ImVec2(150, 250 - 10.0f * i), phone.clock);
        phone.frame(ImVec2(150, 250 - 10.0f * i), true);
    }
    phone.frame(ImVec2(150, 150), true);                     // held still...
    touch_drag_sample(phone.drag, TouchPhase::End, ImVec2(150, 150), phone.clock + 0.3);   // ...0.3 s
    phone.frame(ImVec2(150, 150), false);
    CHECK(phone.scroll == doctest::Approx(100));
    CHECK_FALSE(touch_drag_gliding(phone.drag));
}

TEST_CASE("a tap on a gliding panel stops it and presses nothing under the finger") {
    Phone phone;
    phone.swipe(ImVec2(150, 250), ImVec2(150, 238), 1);      // a flick of 12 px in 1/60 s
    REQUIRE(touch_drag_gliding(phone.drag));
    // The finger lands on the button while the panel glides, and lifts.
    const ImVec2 on_button(150, phone.button_y);
    REQUIRE(on_button.y > 0);
    touch_drag_sample(phone.drag, TouchPhase::Start, on_button, phone.clock + 0.02);
    phone.frame(on_button, true);
    const float stopped = phone.scroll;
    touch_drag_sample(phone.drag, TouchPhase::End, on_button, phone.clock + 0.05);
    phone.frame(on_button, false);
    phone.frame(on_button, false);
    CHECK_FALSE(touch_drag_gliding(phone.drag));
    CHECK(phone.scroll == stopped);
    CHECK(phone.pressed == 0);
}
