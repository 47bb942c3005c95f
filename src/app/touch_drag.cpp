#include "app/touch_drag.h"
#include <algorithm>
#include <cmath>
#include "imgui_internal.h"

namespace quotient {

// The window under the finger that can scroll along the drag, or one of its parents: a table
// that scrolls sideways inside a panel that scrolls down.
static ImGuiWindow* scrollable_under_finger(bool sideways) {
    for (ImGuiWindow* w = GImGui->HoveredWindow; w; w = w->ParentWindow) {
        if ((sideways ? w->ScrollMax.x : w->ScrollMax.y) > 0) return w;
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return nullptr;
}

// The widget under the finger takes sideways drags: a slider. ImGui says so by claiming the
// left and right keys while it is active, as a text field does too, which also claims Escape.
static bool active_widget_slides() {
    const ImGuiContext& g = *GImGui;
    const unsigned left_right = (1u << ImGuiDir_Left) | (1u << ImGuiDir_Right);
    return g.ActiveId != 0 && (g.ActiveIdUsingNavDirMask & left_right) == left_right &&
           !(g.ActiveIdUsingNavInputMask & (1u << ImGuiNavInput_Cancel));
}

static void scroll_by(const TouchDrag& t, ImVec2 delta) {
    ImGuiWindow* w = ImGui::FindWindowByID(t.window);
    if (!w) return;
    if (t.sideways) ImGui::SetScrollX(w, w->Scroll.x - delta.x);
    else ImGui::SetScrollY(w, w->Scroll.y - delta.y);
}

void touch_drag_sample(TouchDrag& t, TouchPhase phase, ImVec2 pos, double time) {
    const double dt = time - t.sample_time;
    switch (phase) {
    case TouchPhase::Start: break;  // touch_drag_update starts the new touch's speed from 0
    case TouchPhase::Move:
        if (dt > 0) {
            // Over the last 50 ms or so: one jittery event does not decide the fling.
            const ImVec2 v((pos.x - t.sample_at.x) / float(dt), (pos.y - t.sample_at.y) / float(dt));
            const float k = float(std::min(1.0, dt / 0.05));
            t.velocity = ImVec2(t.velocity.x + (v.x - t.velocity.x) * k, t.velocity.y + (v.y - t.velocity.y) * k);
        }
        break;
    case TouchPhase::End:
        if (dt > 0.1) t.velocity = ImVec2(0, 0);
        break;
    }
    t.sample_at = pos;
    t.sample_time = time;
}

bool touch_drag_update(TouchDrag& t, ImVec2 pos, bool down, float dt, float slop) {
    if (down && !t.down) {          // a new touch: a press, until it moves too far
        // A finger that lands on a gliding view stops it, as on a phone, and presses nothing;
        // moved, it scrolls whatever is under it, either way.
        t.presses = !touch_drag_gliding(t);
        t.down = true;
        t.start = t.last = pos;
        t.velocity = ImVec2(0, 0);
        t.scrolling = t.sideways = false;
        t.window = 0;
        return t.presses;
    }
    if (down) {
        const ImVec2 moved(pos.x - t.start.x, pos.y - t.start.y);
        const ImVec2 step(pos.x - t.last.x, pos.y - t.last.y);
        t.last = pos;
        if (!t.scrolling) {
            const bool up_down = std::fabs(moved.y) > slop && std::fabs(moved.y) > std::fabs(moved.x);
            // Across, a finger on a slider moves its handle; on anything else (a text field, a
            // row, the background) the table or panel under it scrolls.
            const bool across = std::fabs(moved.x) > slop && !up_down && !active_widget_slides();
            if (!up_down && !across) return t.presses;
            ImGuiWindow* w = scrollable_under_finger(across);
            if (!w) return t.presses;
            t.scrolling = true;
            t.sideways = across;
            t.window = w->ID;
            ImGui::ClearActiveID();     // the button or row under the finger is not pressed
            scroll_by(t, moved);        // the finger's first few pixels count too
            return false;
        }
        scroll_by(t, step);
        return false;
    }
    t.down = false;
    if (t.scrolling && dt > 0) {    // gliding: the speed falls by 95 % a second
        scroll_by(t, ImVec2(t.velocity.x * dt, t.velocity.y * dt));
        const float keep = std::pow(0.05f, dt);
        t.velocity = ImVec2(t.velocity.x * keep, t.velocity.y * keep);
        if (!touch_drag_gliding(t)) t.velocity = ImVec2(0, 0);
    }
    return false;
}

bool touch_drag_gliding(const TouchDrag& t) {
    return !t.down && t.scrolling && std::fabs(t.sideways ? t.velocity.x : t.velocity.y) > 20.0f;
}

} // namespace quotient
