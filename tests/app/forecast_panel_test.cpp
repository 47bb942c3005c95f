// The Forecast panel in headless ImGui frames: a long run goes on a slice of trials per frame
// with the figures of the trials so far, ends with the very figures the core gives in one go,
// and starts again when a setting or the pipeline changes.
#include <doctest/doctest.h>
#include "app/app.h"
#include "app/panels.h"
#include "app/ui.h"
#include "imgui.h"

using namespace quotient;

namespace {

struct Screen {
    AppState app;
    Screen() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Screen() { ImGui::DestroyContext(); }
    // One frame of the panel; true while its run wants more frames.
    bool frame() {
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1280, 800));
        ImGui::Begin("panel");
        app.probes.probes.clear();
        const bool running = draw_forecast_panel(app);
        ImGui::End();
        ImGui::EndFrame();
        return running;
    }
    int frames_to_finish() {
        int frames = 1;
        while (frame()) ++frames;
        return frames;
    }
};

} // namespace

TEST_CASE("a 100,000-trial forecast runs over several frames and ends on the core's figures") {
    Screen s;
    ForecastSettings& f = s.app.forecast_view.settings;
    f.source = ProbabilitySource::Review;
    f.trials = 100'000;
    // The first frame runs a slice and shows its figures: the run is not over.
    CHECK(s.frame());
    const int first = s.app.forecast_view.result.trials;
    CHECK(first > 0);
    CHECK(first < 100'000);
    s.frames_to_finish();
    const ForecastResult& shown = s.app.forecast_view.result;
    CHECK(shown.trials == 100'000);
    const Scenario& sc = s.app.scenario;
    auto whole = forecast(sc.deals, sc.funnel, pipeline_settings(sc, today()), f);
    REQUIRE(whole.ok());
    CHECK(shown.p50 == whole.value.p50);
    CHECK(shown.mean == whole.value.mean);
    CHECK(shown.chance_to_reach_quota.value == whole.value.chance_to_reach_quota.value);
}

TEST_CASE("a haircut or an edited deal starts the run again") {
    Screen s;
    s.app.forecast_view.settings.source = ProbabilitySource::Review;
    s.app.forecast_view.settings.trials = 1'000;
    s.frames_to_finish();
    const Money mean = s.app.forecast_view.result.mean;
    s.app.forecast_view.settings.haircut_percent = 50;
    s.frames_to_finish();
    // Each open amount halved, each rounded once: within a cent per deal of half the mean.
    const Money halved = s.app.forecast_view.result.mean;
    CHECK(std::abs(halved.minor - mean.minor / 2) <= int64_t(s.app.scenario.deals.size()));
    for (Deal& d : s.app.scenario.deals) d.state = DealState::Lost;
    s.frames_to_finish();
    CHECK(s.app.forecast_view.result.deals_in_play == 0);
    CHECK(s.app.forecast_view.result.mean.minor == 0);
}
