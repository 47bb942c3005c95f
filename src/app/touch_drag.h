// A finger on a touch screen, turned into what ImGui understands. ImGui knows a mouse: a finger
// that taps, or moves along a slider, is that mouse. A finger that drags across a panel scrolls
// it instead, following the finger, and glides on after it lifts, as on any phone; the button or
// row it started on is not pressed.
#pragma once
#include "imgui.h"

namespace quotient {

struct TouchDrag {
    bool down = false;              // the finger is on the screen
    bool scrolling = false;         // this touch scrolls (or glides) rather than presses
    ImVec2 start{}, last{};         // where it went down, where it was at the last frame
    ImVec2 velocity{};              // pixels per second, measured on the touch events
    ImVec2 sample_at{};             // the last touch event's position and time (seconds)
    double sample_time = 0;
    ImGuiID window = 0;             // the window it scrolls
    bool sideways = false;          // it scrolls that window across rather than up and down
    bool presses = true;            // this touch may press what it is on (not when it stopped a glide)
};

enum class TouchPhase { Start, Move, End };

// Each touch event of the finger as it comes, with its time in seconds: the finger's speed is
// measured on the events, not on frames, which a slow device draws far apart. A finger that rests
// before it lifts does not fling the view.
void touch_drag_sample(TouchDrag& t, TouchPhase phase, ImVec2 pos, double time);

// Before each ImGui::NewFrame: the finger's position (framebuffer pixels) and whether it is on
// the screen, `dt` seconds since the last frame, `slop` the pixels a finger may wander and still
// tap. Scrolls the window under the finger when the touch is a drag; returns whether ImGui's
// mouse button is down.
bool touch_drag_update(TouchDrag& t, ImVec2 pos, bool down, float dt, float slop);

// Still gliding: the platform keeps frames coming until it stops.
bool touch_drag_gliding(const TouchDrag& t);

} // namespace quotient
