// ProbeLog: what the browser end-to-end tests may read about the UI (widget rectangles and the
// values they show). It is write-only from the UI and read-only from outside: nothing can set a
// value through it, so tests must drive the app with real mouse and keyboard events.
#pragma once
#include <string>
#include <vector>

namespace quotient {

struct Probe {
    std::string id;                 // stable test id, e.g. "funnel.rate.1"
    float x = 0, y = 0, w = 0, h = 0;   // in framebuffer pixels
    double value = 0;               // the number the widget shows (exact, before formatting)
    std::string text;               // the text the widget shows
};

struct ProbeLog {
    std::vector<Probe> probes;
    unsigned long long frame = 0;   // frames drawn so far (idle pages stop counting)
    bool typing = false;            // a text field has the keyboard (tests wait for it to type)
};

// Records the last ImGui item under `id`.
void probe_item(ProbeLog& log, const char* id, double value, const std::string& text = {});
// The log as JSON, with rectangles divided by `scale` (framebuffer -> CSS pixels).
std::string probe_json(const ProbeLog& log, float scale);

} // namespace quotient
