#include "app/probe.h"
#include <cmath>
#include <cstdio>
#include "imgui.h"

namespace quotient {

void probe_item(ProbeLog& log, const char* id, double value, const std::string& text) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    log.probes.push_back({id, min.x, min.y, max.x - min.x, max.y - min.y, value, text});
}

static void append_escaped(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
        else if (c < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); out += b; }
        else out += char(c);
    }
    out += '"';
}

std::string probe_json(const ProbeLog& log, float scale) {
    std::string out = "{\"frame\":" + std::to_string(log.frame) + ",\"typing\":" + (log.typing ? "true" : "false") +
                      ",\"probes\":{";
    char buf[192];
    for (size_t i = 0; i < log.probes.size(); ++i) {
        const Probe& p = log.probes[i];
        if (i) out += ',';
        append_escaped(out, p.id);
        double v = std::isfinite(p.value) ? p.value : 0.0;
        std::snprintf(buf, sizeof buf, ":{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f,\"value\":%.17g,\"text\":",
                      p.x / scale, p.y / scale, p.w / scale, p.h / scale, v);
        out += buf;
        append_escaped(out, p.text);
        out += '}';
    }
    return out + "}}";
}

} // namespace quotient
