// The app's document layer without a window (ImGui frames with no renderer, as Dear ImGui's
// example_null does): the library of named scenarios, undo and redo, restoring a save, a
// damaged save, share links and scenario files. The browser tests drive the same code through
// the real page; these pin down the cases a browser test would take minutes to reach.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
#include "app/app.h"
#include "app/ui.h"
#include "imgui.h"

using namespace quotient;

namespace {

// An ImGui context able to run frames, for as long as the test runs.
struct Headless {
    Headless() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.IniFilename = nullptr;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;   // keyboard navigation needs a map
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Headless() { ImGui::DestroyContext(); }
    // One frame that runs only the document's per-frame work, `seconds` after the last.
    void frame(AppState& app, float seconds = 0.1f) {
        ImGui::GetIO().DeltaTime = seconds;
        ImGui::NewFrame();
        document_frame(app);
        ImGui::EndFrame();
    }
};

std::vector<std::string> names(const AppState& app) {
    std::vector<std::string> out;
    for (const NamedScenario& n : app.doc.library.scenarios) out.push_back(n.name);
    return out;
}

} // namespace

TEST_CASE("an edit becomes an undo step; undo and redo walk back and forth, and each is saved") {
    Headless h;
    AppState app;
    app_restore(app, "");
    app.scenario.funnel.top_volume = 2400;
    h.frame(app);
    CHECK(app.doc.undo.size() == 1);
    app.scenario.funnel.top_volume = 800;
    h.frame(app);
    REQUIRE(undo(app));
    CHECK(app.scenario.funnel.top_volume == 2400);
    REQUIRE(undo(app));
    CHECK(app.scenario.funnel.top_volume == Scenario{}.funnel.top_volume);
    CHECK_FALSE(undo(app));
    REQUIRE(redo(app));
    REQUIRE(redo(app));
    CHECK(app.scenario.funnel.top_volume == 800);
    CHECK_FALSE(redo(app));
    // A new edit after an undo drops what could be redone.
    undo(app);
    app.scenario.funnel.top_volume = 5;
    h.frame(app);
    CHECK(app.doc.redo.empty());

    // The save is asked for a moment later, and holds the scenario as edited.
    for (int i = 0; i < 10 && app.requests.save_text.empty(); ++i) h.frame(app);
    Outcome<LoadedLibrary> saved = library_from_json(app.requests.save_text);
    REQUIRE(saved.ok());
    CHECK(saved.value.library.scenarios[0].scenario.funnel.top_volume == 5);
}

TEST_CASE("undo keeps a bounded history, fewer steps when scenarios are large") {
    Headless h;
    AppState app;
    app_restore(app, "");
    for (int i = 1; i <= 150; ++i) {
        app.scenario.funnel.top_volume = i;
        h.frame(app);
    }
    CHECK(app.doc.undo.size() == 100);
    const Deal one = app.scenario.deals[0];   // a copy: assign() must not read the vector it fills
    app.scenario.deals.assign(100'000, one);
    h.frame(app);
    app.scenario.deals.pop_back();
    h.frame(app);
    app.scenario.deals.pop_back();
    h.frame(app);
    size_t deals = 0;
    for (const Scenario& s : app.doc.undo) deals += s.deals.size();
    CHECK(deals <= 300'000);
    CHECK(app.doc.undo.size() >= 2);
}

TEST_CASE("named scenarios: new, duplicate, rename, open and delete keep each scenario's own numbers") {
    Headless h;
    AppState app;
    app_restore(app, "");
    app.scenario.funnel.top_volume = 2400;
    new_scenario(app);
    CHECK(names(app) == std::vector<std::string>{"My scenario", "New scenario"});
    CHECK(app.doc.library.active == 1);
    CHECK(app.scenario.funnel.top_volume == Scenario{}.funnel.top_volume);
    duplicate_scenario(app, 0);     // a copy of a scenario that is not the one open
    CHECK(names(app) == std::vector<std::string>{"My scenario", "New scenario", "My scenario (copy)"});
    CHECK(app.scenario.funnel.top_volume == 2400);
    duplicate_scenario(app, 2);     // and of the one open, while the list grows
    CHECK(names(app).back() == "My scenario (copy) (copy)");

    CHECK_FALSE(rename_scenario(app, 1, "My scenario"));
    CHECK(std::string(app.doc.rename_problem.code) == "name_taken");
    CHECK(rename_scenario(app, 1, "  Trainer demo  "));
    CHECK(names(app)[1] == "Trainer demo");

    open_scenario(app, 0);
    CHECK(app.scenario.funnel.top_volume == 2400);
    delete_scenario(app, 0);        // the open one: the next takes its place
    CHECK(names(app).front() == "Trainer demo");
    CHECK(app.doc.library.active == 0);
    CHECK(app.scenario.funnel.top_volume == Scenario{}.funnel.top_volume);
    while (app.doc.library.scenarios.size() > 1) delete_scenario(app, 0);
    delete_scenario(app, 0);        // the last one stays
    CHECK(app.doc.library.scenarios.size() == 1);
}

TEST_CASE("a saved library is restored; a damaged one gives a new scenario and a notice") {
    Headless h;
    AppState app;
    ScenarioLibrary lib;
    lib.scenarios.push_back({"Q3", {}});
    lib.scenarios[1].scenario.funnel.top_volume = 77;
    lib.active = 1;
    REQUIRE(app_restore(app, library_to_json(lib)));
    CHECK(app.scenario.funnel.top_volume == 77);
    CHECK(app.doc.notices.empty());
    CHECK(app_unsaved_library(app).empty());    // nothing changed: nothing to write on close

    AppState damaged;
    CHECK_FALSE(app_restore(damaged, "{\"schema\":1,\"active\":0,\"scenar"));
    CHECK(damaged.scenario == example_scenario(today()));   // a new scenario, dated today
    REQUIRE(damaged.doc.notices.size() == 1);
    CHECK(damaged.doc.notices[0].error);
    app_kept_damaged_save(damaged, "localStorage: quotient.library.damaged.2026");
    CHECK(damaged.doc.notices.size() == 2);
    CHECK_FALSE(app_unsaved_library(damaged).empty());    // the new scenario replaces it
}

TEST_CASE("a share link or a scenario file opens as a new scenario; a bad one leaves a notice") {
    Headless h;
    AppState app;
    app_restore(app, "");
    Scenario shared;
    shared.funnel.top_volume = 3000;
    app_open_share_link(app, "#" + share_fragment(shared).value);
    CHECK(names(app) == std::vector<std::string>{"My scenario", "Shared scenario"});
    CHECK(app.scenario == shared);
    app_open_share_link(app, "#s=eyJzY2hlbWEiOjEsImZ1bm5lbC");
    CHECK(names(app).size() == 2);
    CHECK(app.doc.notices.back().error);

    app_open_scenario_file(app, "/home/ana/Q4 plan.json", "{\"schema\":1,\"funnel\":{\"top_volume\":12}}");
    CHECK(names(app).back() == "Q4 plan");
    CHECK(app.scenario.funnel.top_volume == 12);
    app_open_scenario_file(app, "notes.json", "{\"schema\":7}");
    CHECK(names(app).size() == 3);
    CHECK(app.doc.notices.back().text.find("newer version") != std::string::npos);
}

// Frames until the document asks for a save (at most `frames`); the text asked for, or "".
static std::string save_asked(Headless& h, AppState& app, int frames = 20) {
    for (int i = 0; i < frames && app.requests.save_text.empty(); ++i) h.frame(app);
    std::string text = std::move(app.requests.save_text);
    app.requests.save_text.clear();
    return text;
}

TEST_CASE("a damaged save that could not be set aside is never saved over until the user decides") {
    Headless h;
    const std::string damaged = "{\"schema\":2,\"active\":0,\"scenar";
    for (int answer = 0; answer < 2; ++answer) {
        CAPTURE(answer);
        AppState app;
        REQUIRE_FALSE(app_restore(app, damaged));
        app_damaged_save_not_kept(app, damaged, "the browser's storage for this page is full");
        CHECK(app.doc.hold == SaveHold::DamagedNotKept);
        CHECK(app.doc.status == SaveStatus::Failed);
        CHECK(app.doc.save_error.find("storage for this page is full") != std::string::npos);
        // Work goes on; nothing is written, not even as the page closes.
        app.scenario.funnel.top_volume = 2400;
        h.frame(app);
        CHECK(save_asked(h, app).empty());
        CHECK(app.doc.status == SaveStatus::Failed);
        CHECK(app_unsaved_library(app, true).empty());
        CHECK(app_has_held_edits(app));
        if (answer == 0) {
            download_damaged_save(app);
            CHECK(app.requests.download.bytes == damaged);
            CHECK(save_asked(h, app).empty());      // not until the file is made
            app_download_done(app, app.requests.download.name, true, "");
        } else {
            replace_damaged_save(app);
        }
        CHECK(app.doc.hold == SaveHold::None);
        Outcome<LoadedLibrary> saved = library_from_json(save_asked(h, app));
        REQUIRE(saved.ok());
        CHECK(saved.value.library.scenarios[0].scenario.funnel.top_volume == 2400);
    }
}

TEST_CASE("another tab's save holds this one's; the user takes theirs, keeps theirs and mine, or keeps mine") {
    Headless h;
    ScenarioLibrary stored;
    stored.scenarios[0].scenario.funnel.top_volume = 1000;
    ScenarioLibrary other = stored;
    other.scenarios[0].scenario.funnel.top_volume = 3000;     // what the other tab saved
    for (int answer = 0; answer < 3; ++answer) {
        CAPTURE(answer);
        AppState app;
        REQUIRE(app_restore(app, library_to_json(stored)));
        app_library_changed_elsewhere(app, library_to_json(other));
        CHECK(app.doc.hold == SaveHold::ChangedElsewhere);
        CHECK_FALSE(app_has_held_edits(app));     // nothing here to lose yet
        app.scenario.funnel.top_volume = 2400;    // an edit here, on the older version
        h.frame(app);
        CHECK(save_asked(h, app).empty());
        CHECK(app.doc.status == SaveStatus::Failed);
        CHECK(app_has_held_edits(app));
        CHECK(app_unsaved_library(app).empty());  // hidden, not closing: still nothing written
        if (answer == 0) {
            use_other_version(app);
            CHECK(app.scenario.funnel.top_volume == 3000);
            CHECK(app.doc.status == SaveStatus::Saved);
            CHECK(save_asked(h, app).empty());    // it is what is stored
        } else {
            answer == 1 ? keep_both_versions(app) : keep_this_version(app);
            Outcome<LoadedLibrary> saved = library_from_json(save_asked(h, app));
            REQUIRE(saved.ok());
            const auto& scenarios = saved.value.library.scenarios;
            CHECK(app.scenario.funnel.top_volume == 2400);   // the scenario open here stays open
            if (answer == 1) {
                REQUIRE(scenarios.size() == 2);
                CHECK(scenarios[0].scenario.funnel.top_volume == 3000);
                CHECK(scenarios[1].name == "My scenario (kept copy)");
                CHECK(scenarios[1].scenario.funnel.top_volume == 2400);
                CHECK(saved.value.library.active == 1);
            } else {
                REQUIRE(scenarios.size() == 1);
                CHECK(scenarios[0].scenario.funnel.top_volume == 2400);
            }
        }
        CHECK(app.doc.hold == SaveHold::None);
    }
}

TEST_CASE("closing with edits held over another tab's save keeps both versions") {
    Headless h;
    ScenarioLibrary other;
    other.scenarios[0].scenario.funnel.top_volume = 3000;
    AppState app;
    app_restore(app, "");
    app.scenario.funnel.top_volume = 2400;
    h.frame(app);
    app_library_changed_elsewhere(app, library_to_json(other));
    Outcome<LoadedLibrary> closing = library_from_json(app_unsaved_library(app, true));
    REQUIRE(closing.ok());
    REQUIRE(closing.value.library.scenarios.size() == 2);
    CHECK(closing.value.library.scenarios[0].scenario.funnel.top_volume == 3000);
    CHECK(closing.value.library.scenarios[1].scenario.funnel.top_volume == 2400);
}

TEST_CASE("a share link opens in the recipient's number format and language, not the sender's") {
    Headless h;
    AppState app;
    app_restore(app, "");
    app.scenario.locale = LocaleId::fr_FR;
    app.scenario.language = Language::French;
    Scenario sent;
    sent.funnel.top_volume = 3000;
    sent.locale = LocaleId::zh_CN;           // an older link carried the sender's
    sent.language = Language::Chinese;
    app_open_share_link(app, "#" + share_fragment(sent).value);
    CHECK(app.scenario.funnel.top_volume == 3000);
    CHECK(app.scenario.locale == LocaleId::fr_FR);
    CHECK(app.scenario.language == Language::French);
}

// Every panel drawn (headless frames) with documents that load but that the UI itself never
// makes: whatever a file or a share link holds must not crash the app.
TEST_CASE("every panel draws documents a file or a link could hold: no stages, no plans, no deals, zeros") {
    Headless h;
    AppState app;
    app_init(app, 1.0f);
    const char* documents[] = {
        R"({"schema":1,"funnel":{"stages":[]}})",
        R"({"schema":1,"funnel":{"stages":[{"name":"Only"}],"top_volume":0,"average_deal":"0 USD"}})",
        R"({"schema":1,"commission":{"plans":[],"deals":[]}})",
        R"({"schema":1,"commission":{"plans":[{"components":[]}]}})",
        R"({"schema":1,"deals":[],"pipeline":{"quota":"0 USD","sales_cycle_days":0,"weekly_hours":[0,0,0]}})",
        R"({"schema":1,"deals":[{"stage":"","fund":-7,"competition":400,"position":0,"amount":"-5 USD"}]})",
        R"({"schema":1,"sales_formula":{"customer_base":-1,"average_order":"0 EUR"},"goal":{"target":"-1 JPY"}})",
        R"({"schema":1,"kpi":{"currency":"XXX","values":{"revenue":-1e300,"nonsense":1},"lists":{"scores":[]}}})",
    };
    for (const char* doc : documents) {
        CAPTURE(std::string(doc));
        Outcome<LoadedScenario> loaded = scenario_from_json(doc);
        REQUIRE(loaded.ok());
        for (int panel = 0; panel < int(Panel::Count); ++panel) {
            for (int mode = 0; mode < 4; ++mode) {
                app.scenario = loaded.value.scenario;
                app.panel = Panel(panel);
                app.funnel_view.mode = FunnelMode(mode);
                ImGui::GetIO().DeltaTime = 0.1f;
                ImGui::NewFrame();
                app_frame(app);
                ImGui::EndFrame();
                CHECK(app.probes.probes.size() > 13);     // the panel drew: the navigation alone is 13
                if (app.panel != Panel::Funnel) break;
            }
        }
    }
}
