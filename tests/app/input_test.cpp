// The checked number field (ui.h) in headless ImGui frames with real mouse and keyboard input
// fed to ImGui: nothing is stored while the user types, Enter or a click elsewhere stores, Escape
// and refusals keep the old value, and the rate slider stores what it shows. The browser tests
// drive the same widget in the page; these pin down each way a field can let go of the keyboard.
#include <doctest/doctest.h>
#include <cmath>
#include <string>
#include "app/app.h"
#include "app/ui.h"
#include "core/money.h"
#include "imgui.h"

using namespace quotient;

namespace {

// A window holding one field, and a person at the keyboard and mouse.
struct Desk {
    AppState app;
    ImVec2 field_at{};          // centre of the field, from the last frame
    Desk() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(800, 600);
        io.IniFilename = nullptr;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Desk() { ImGui::DestroyContext(); }
    // One frame drawing `draw` (which draws the field first), then a spot to click away on.
    template <class Draw>
    void frame(Draw draw) {
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(800, 600));
        ImGui::Begin("desk");
        app.probes.probes.clear();
        draw();
        const Probe& p = app.probes.probes.front();
        field_at = ImVec2(p.x + p.w / 2, p.y + p.h / 2);
        ImGui::End();
        ImGui::EndFrame();
    }
    template <class Draw>
    void click(Draw draw, ImVec2 at) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        frame(draw);                    // ImGui sees the mouse over the spot first
        io.MouseDown[0] = true;
        frame(draw);
        io.MouseDown[0] = false;
        frame(draw);
    }
    template <class Draw>
    void type(Draw draw, const char* text) {
        for (const char* c = text; *c;) {   // one character a frame, as a person types
            const char* next = c + 1;
            while ((*next & 0xC0) == 0x80) ++next;   // a UTF-8 character's continuation bytes
            ImGui::GetIO().AddInputCharactersUTF8(std::string(c, next).c_str());
            frame(draw);
            c = next;
        }
    }
    template <class Draw>
    void press(Draw draw, int key, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeysDown[key] = true;
        frame(draw);
        io.KeysDown[key] = false;
        io.KeyCtrl = false;
        frame(draw);
    }
    std::string shown() const { return app.probes.probes.front().text; }
    bool typing() const { return app.entry.id != 0; }   // a field holds the user's text
};

const ImVec2 elsewhere(700, 500);

} // namespace

TEST_CASE("input: fr 12500,50 is stored on Enter, not while typed, and shown as 12 500,50 EUR") {
    Desk d;
    d.app.scenario.locale = LocaleId::fr_FR;
    Money deal{500'000, currency_from_code("EUR")};
    auto draw = [&] { money_input(d.app, "##deal", deal, 200); };
    d.frame(draw);
    CHECK(d.shown() == "5\u202F000,00\u00A0\u20AC");
    d.click(draw, d.field_at);
    REQUIRE(d.typing());
    d.press(draw, ImGuiKey_A, true);        // select all
    d.type(draw, "12500,50");
    CHECK(deal.minor == 500'000);           // no prefix (1, 12, 125...) was stored on the way
    d.press(draw, ImGuiKey_Enter);
    CHECK_FALSE(d.typing());
    CHECK(deal.minor == 1'250'050);
    d.frame(draw);
    CHECK(d.shown() == "12\u202F500,50\u00A0\u20AC");
    CHECK(d.app.entry_problems.empty());
}

TEST_CASE("input: text that is not a number keeps the value and leaves the reason until a value is stored") {
    Desk d;
    Money deal{500'000, currency_from_code("USD")};
    auto draw = [&] { money_input(d.app, "##deal", deal, 200); };
    d.frame(draw);
    for (const char* text : {"abc", "+500", "*2"}) {
        d.click(draw, d.field_at);
        d.press(draw, ImGuiKey_A, true);
        d.type(draw, text);
        d.press(draw, ImGuiKey_Enter);
        CHECK_MESSAGE(deal.minor == 500'000, text);
        REQUIRE(d.app.entry_problems.size() == 1);
    }
    CHECK(std::string(d.app.entry_problems.begin()->second.message) ==
          "Type the number itself: a field does not work out sums such as +500 or *2.");
    d.frame(draw);
    CHECK(d.shown() == "$5,000.00");        // the field shows the value kept, the reason under it
    d.click(draw, d.field_at);
    d.press(draw, ImGuiKey_A, true);
    d.type(draw, "7,000");
    d.press(draw, ImGuiKey_Enter);
    CHECK(deal.minor == 700'000);
    CHECK(d.app.entry_problems.empty());
}

TEST_CASE("input: a click elsewhere stores; Escape and Enter on the text unchanged store nothing") {
    Desk d;
    double rate = 0.5;
    auto draw = [&] { percent_input(d.app, "##rate", rate, 200); };
    d.frame(draw);
    CHECK(d.shown() == "50%");
    d.click(draw, d.field_at);
    d.press(draw, ImGuiKey_A, true);
    d.type(draw, "12.5 %");
    d.click(draw, elsewhere);
    CHECK_FALSE(d.typing());
    CHECK(rate == 0.125);

    d.click(draw, d.field_at);
    d.press(draw, ImGuiKey_A, true);
    d.type(draw, "99");
    d.press(draw, ImGuiKey_Escape);
    CHECK_FALSE(d.typing());
    CHECK(rate == 0.125);

    // 0.1234567 shows as 12.3457%: Enter on that text must not round the rate to it.
    rate = 0.1234567;
    d.frame(draw);
    d.click(draw, d.field_at);
    d.press(draw, ImGuiKey_Enter);
    CHECK(rate == 0.1234567);
    CHECK(d.app.entry_problems.empty());
}

TEST_CASE("input: a check refuses a value the same way; with a check a minus sign is the check's to judge") {
    Desk d;
    int rating = 2;
    auto check = [](int v) { return v < -5 || v > 5 ? Problem{"rating", "", "From -5 to +5."} : Problem{}; };
    auto draw = [&] { count_input(d.app, "##rating", rating, 100, +check); };
    d.frame(draw);
    d.click(draw, d.field_at);
    d.press(draw, ImGuiKey_A, true);
    d.type(draw, "-3");
    d.press(draw, ImGuiKey_Enter);
    CHECK(rating == -3);
    d.click(draw, d.field_at);
    d.press(draw, ImGuiKey_A, true);
    d.type(draw, "9");
    d.press(draw, ImGuiKey_Enter);
    CHECK(rating == -3);
    REQUIRE(d.app.entry_problems.size() == 1);
    CHECK(std::string(d.app.entry_problems.begin()->second.message) == "From -5 to +5.");
}

TEST_CASE("input: the rate slider stores the tenth of a percent it shows") {
    Desk d;
    double rate = 0.5;
    auto draw = [&] {
        rate_slider(d.app, "##slider", rate, 400);
        probe_item(d.app.probes, "slider", rate);
    };
    d.frame(draw);
    for (float x : {31.7f, 133.3f, 250.9f}) {
        d.click(draw, ImVec2(x, d.field_at.y));
        // Whole thousandths: 0.333 is 333 / 1000 exactly as JSON and the label write it.
        CHECK(rate * 1000 == std::round(rate * 1000));
        CHECK(rate == std::round(rate * 1000) / 1000);
    }
}

// A finger on the slider (AppState::touch): the 400-pixel slider's handle moves by the distance
// dragged, 40 px = 10 % of its width, not to where the finger lands; a tap leaves the rate and
// makes the slider a field, as Ctrl+click does with a mouse.
TEST_CASE("a finger drags a rate slider by the distance moved, and a tap types the rate") {
    Desk d;
    d.app.touch = true;
    double rate = 0.5;
    auto draw = [&] {
        rate_slider(d.app, "##slider", rate, 400);
        probe_item(d.app.probes, "slider", rate);
    };
    d.frame(draw);
    ImGuiIO& io = ImGui::GetIO();
    const float y = d.field_at.y;
    // Down near the left end (where a mouse would set about 5 %), 40 px to the right, up.
    io.MousePos = ImVec2(30, y);
    d.frame(draw);
    io.MouseDown[0] = true;
    d.frame(draw);
    CHECK(rate == 0.5);             // no jump to the finger
    for (float x = 30; x <= 70; x += 10) {
        io.MousePos = ImVec2(x, y);
        d.frame(draw);
    }
    CHECK(rate == doctest::Approx(0.6));
    io.MouseDown[0] = false;
    d.frame(draw);
    CHECK(rate == doctest::Approx(0.6));
    CHECK(d.app.entry.slider == 0);  // a drag, not a tap
    // A finger moving up or down from the slider (a swipe of the panel) is no tap.
    io.MousePos = ImVec2(300, y);
    d.frame(draw);
    io.MouseDown[0] = true;
    d.frame(draw);
    io.MousePos = ImVec2(300, y + 40);
    d.frame(draw);
    io.MouseDown[0] = false;
    d.frame(draw);
    CHECK(d.app.entry.slider == 0);
    CHECK(rate == doctest::Approx(0.6));
    // A tap: the rate stays, and the slider becomes a field for the keyboard.
    d.click(draw, ImVec2(300, y));
    CHECK(rate == doctest::Approx(0.6));
    CHECK(d.app.entry.slider != 0);
}
