// Start-up, the frame layout and the interactive loop. Screenshot and bench modes live in
// scripted_runs.cpp.
#include "viewer_app.hpp"

#include "annals/view/filter.hpp"
#include "config.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace annals::viewer {

namespace {
constexpr float toolbar_height = 34.0f;
constexpr float details_width = 430.0f;
constexpr float legend_height = 190.0f;
constexpr float table_fraction = 0.28f;
constexpr double idle_wait_s = 0.25;      // redraw at least this often, to notice imports
constexpr double poll_interval_s = 1.0;   // how often to ask SQLite whether data changed
// The loading screen is static text: redrawing it rarely leaves the two cores to the
// loading threads (the software renderer's threads took a third of the CPU at 30 ms, and
// ~0.1-0.2 s of the 1M-event load at 250 ms). ImGui lays a window out on its first frame
// and shows it on the second, so the first frames come at once.
constexpr std::chrono::milliseconds loading_redraw{1000};
constexpr int loading_frames_at_once = 2;
constexpr std::chrono::milliseconds loading_wait_headless{1000};
}  // namespace

ViewerApp::ViewerApp(const Options& options, std::chrono::steady_clock::time_point started)
    : options_(options), started_(started) {}

void ViewerApp::open_database(const std::filesystem::path& path) {
  state_.store.emplace(Store::open(path, OpenMode::MustExist));
  database_path_ = path;
  state_.database_name = path.filename().string();
  edits_.set_store(&*state_.store);
  state_.quote_search = std::make_unique<view::QuoteSearch>(path);
  // Polling and refreshing have connections of their own, open as long as the database
  // (the refresh worker uses its connection alone: one refresh runs at a time).
  watch_.emplace(Store::open(path, OpenMode::MustExist));
  refresher_.emplace(Store::open(path, OpenMode::MustExist));
  seen_version_ = watch_->data_version();
  live_mark_ = watch_->change_mark();  // before loading: the first refresh may re-read a few
  polled_mark_ = live_mark_;
  // The events load on a worker with its own connection while the window opens.
  // The lanes of the starting view are built there too, unless a filter is given.
  const auto prepare = options_.search || options_.document ? std::nullopt : std::optional(options_.lanes);
  loading_ = std::async(std::launch::async, [path, prepare, this] {
    const auto before = std::chrono::steady_clock::now();
    const double cpu_before = thread_cpu_ms();
    const Usage usage_before = Usage::of_thread();
    const Store reader = Store::open(path, OpenMode::MustExist);
    const Store second = Store::open(path, OpenMode::MustExist);  // read on a second thread
    LoadedData data = load_data(reader, second, prepare);
    load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before).count();
    load_cpu_ms_ = thread_cpu_ms() - cpu_before;
    load_usage_ = Usage::of_thread() - usage_before;
    return data;
  });
}

void ViewerApp::take_loaded_data() {
  if (!loading_.valid() || loading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  const auto before = std::chrono::steady_clock::now();
  state_.take(loading_.get());
  apply_initial_view();
  take_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before).count();
}

void ViewerApp::wait_for_data(bool draw_frames) {
  for (int drawn = 0; loading_.valid(); ++drawn) {
    if (draw_frames) {
      window_->begin_frame(0);
      window_->new_imgui_frame();
      frame();
      ImGui::Render();
      window_->render();
      window_->present();
      if (first_frame_ms_ == 0)
        first_frame_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
    }
    if (!draw_frames || drawn + 1 >= loading_frames_at_once)
      loading_.wait_for(draw_frames ? loading_redraw : loading_wait_headless);
    take_loaded_data();
  }
}

void ViewerApp::apply_initial_view() {
  state_.lane_kind = options_.lanes;
  if (options_.search) state_.filter.text = *options_.search;
  if (options_.document) state_.filter.documents = {*options_.document};
  state_.rebuild_if_dirty();
  state_.fit_all();
  if (options_.from && options_.to) {
    const auto from = parse_iso_day(*options_.from);
    const auto to = parse_iso_day(*options_.to);
    if (!from || !to) throw std::invalid_argument("--from/--to: expected YYYY-MM-DD");
    state_.set_window({view::to_coord(*from), view::to_coord(*to) + 1});
  }
  if (options_.select_event) state_.selected = *options_.select_event;
  if (options_.details) {
    const std::string needle = view::fold_case(*options_.details);
    const auto quoted = state_.store ? state_.store->events_quoting(needle) : std::vector<EventId>{};
    for (const view::ViewEvent& event : state_.timeline.events())
      if (view::contains_folded(event.title, needle) || std::binary_search(quoted.begin(), quoted.end(), event.id)) {
        state_.selected = event.id;
        break;
      }
  }
}

void ViewerApp::frame() {
  state_.rebuild_if_dirty();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("annals-view", nullptr, flags);
  const ImVec2 area = ImGui::GetContentRegionAvail();
  toolbar_.draw(state_, {area.x, toolbar_height});
  const float left_width = area.x - details_width - ImGui::GetStyle().ItemSpacing.x;
  const float below = ImGui::GetContentRegionAvail().y;
  const float table_height = below * table_fraction;
  ImGui::BeginGroup();
  ImGui::BeginChild("timeline", {left_width, below - table_height - ImGui::GetStyle().ItemSpacing.y}, false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  timeline_.draw(state_, ImGui::GetContentRegionAvail());
  ImGui::EndChild();
  table_.draw(state_, {left_width, table_height});
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  details_.draw(state_, {details_width, below - legend_height - ImGui::GetStyle().ItemSpacing.y});
  ImGui::BeginChild("legend", {details_width, legend_height}, true);
  draw_legend();
  draw_import_popup();
  ImGui::SameLine();
  if (ImGui::SmallButton("Export PNG")) export_requested_ = ExportKind::Png;
  ImGui::SameLine();
  if (ImGui::SmallButton("Export SVG")) export_requested_ = ExportKind::Svg;
  if (!state_.status.empty()) ImGui::TextWrapped("%s", state_.status.c_str());
  ImGui::EndChild();
  ImGui::EndGroup();
  if (loading_.valid()) ImGui::SetTooltip("Loading events from %s ...", state_.database_name.c_str());
  else if (import_.running()) ImGui::SetTooltip("%s", import_.progress_text().c_str());
  ImGui::End();
}

// File > Import...: a path typed or pasted (ImGui has no file dialog); dropping files on
// the window does the same.
void ViewerApp::draw_import_popup() {
  if (ImGui::SmallButton("Import...")) ImGui::OpenPopup("import");
  if (!ImGui::BeginPopup("import")) return;
  ImGui::TextUnformatted("File or folder to import (or drop files on the window):");
  ImGui::SetNextItemWidth(400);
  const bool entered = ImGui::InputText("##path", &import_path_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::BeginDisabled(import_.running() || import_path_.empty());
  if (ImGui::Button("Import") || (entered && !import_path_.empty())) {
    handle_imports({import_path_}, false);
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::EndPopup();
}

void ViewerApp::handle_imports(const std::vector<std::string>& dropped, bool wait) {
  import_.start(database_path_, dropped);
  const auto finished = import_.take_finished(wait);
  if (!finished) return;
  state_.status = summary_line(*finished);
  const bool was_empty = state_.timeline.events().empty();
  seen_version_ = watch_->data_version();
  apply_live(view::read_live_changes(*state_.store, live_mark_));  // only the imported events
  if (was_empty) state_.fit_all();  // the first events of a new database: show them all
}

// Another process imported or edited: a worker reads just the changed events on its own
// connection; the next frames apply them. A refresh still running is left to finish.
void ViewerApp::poll_for_changes() {
  take_live_changes();
  if (!watch_ || refreshing_.valid() || ImGui::GetTime() - last_poll_ < poll_interval_s) return;
  last_poll_ = ImGui::GetTime();
  // The highest ids (two index lookups) are compared too, as a second signal.
  const long long version = watch_->data_version();
  const Store::ChangeMark mark = watch_->change_mark();
  if (version == seen_version_ && mark.last_event == polled_mark_.last_event &&
      mark.last_source_row == polled_mark_.last_source_row)
    return;
  seen_version_ = version;
  polled_mark_ = mark;
  // One refresh at a time, so the refresher's connection is used by one thread at a time.
  refreshing_ = std::async(std::launch::async, [reader = &*refresher_, since = live_mark_] {
    return view::read_live_changes(*reader, since);
  });
}

void ViewerApp::take_live_changes() {
  if (!refreshing_.valid() || refreshing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  try {
    apply_live(refreshing_.get());
  } catch (const std::exception& error) {
    state_.status = std::string("Live refresh failed: ") + error.what();
    if (std::getenv("ANNALS_BENCH_TRACE")) std::cerr << state_.status << "\n";
  }
}

void ViewerApp::apply_live(const view::LiveChanges& changes) {
  const auto before = std::chrono::steady_clock::now();
  live_mark_ = changes.mark;
  const view::LiveApplied applied = view::apply_live_changes(state_.timeline, changes);
  const double apply_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before).count();
  if (!applied.complete) {
    if (std::getenv("ANNALS_BENCH_TRACE")) std::cerr << "live refresh: rows vanished, reloading\n";
    state_.load();  // rows vanished that the feed cannot name: read everything again
    return;
  }
  if (changes.empty()) return;
  if (state_.selected && !state_.timeline.index_of(*state_.selected)) state_.selected.reset();
  const bool in_place = !state_.dirty && !applied.removed_any && state_.filter.empty();
  if (in_place) {
    state_.update_lanes(applied.changed);  // a few places, not a rebuild of every track
  } else {
    state_.quoted_for.reset();  // new quotes may match the search
    state_.dirty = true;
    state_.rebuild_if_dirty();
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before).count();
  state_.status = "Refreshed " + std::to_string(changes.written.size()) + " new or changed and " +
                  std::to_string(changes.removed.size()) + " removed events from another process";
  if (std::getenv("ANNALS_BENCH_TRACE"))
    std::cerr << "live refresh: " << changes.written.size() << " written, " << changes.removed.size()
              << " removed, applied in " << apply_ms << " ms, lanes " << (in_place ? "updated" : "rebuilt")
              << " by " << ms << " ms\n";
}

int ViewerApp::run() {
  const bool pictures = options_.screenshot || options_.export_svg;
  const bool scripted = pictures || options_.bench_frames;
  Config config = scripted ? Config{} : load_config();
  if (!options_.database && !scripted && config.last_database) options_.database = config.last_database;
  if (!options_.database) {
    std::cerr << "annals-view: no database given\n" << usage();
    return 2;
  }
  open_database(*options_.database);
  window_ = std::make_unique<Window>(options_.width, options_.height, "Annals — " + state_.database_name,
                                     scripted ? std::string{} : imgui_ini_path().string());
  apply_initial_view();
  wait_for_data(true);
  handle_imports(options_.drops, pictures);
  if (pictures) return run_screenshot();
  if (options_.bench_frames) return run_bench();
  if (const auto saved = config.window_for(*options_.database)) state_.set_window(*saved);
  const int code = run_interactive();
  config.last_database = std::filesystem::absolute(*options_.database);
  config.remember_window(*options_.database, state_.mapping.window());
  save_config(config);
  return code;
}

int ViewerApp::run_interactive() {
  while (!window_->should_close()) {
    window_->begin_frame(idle_wait_s);
    handle_imports(window_->take_dropped_files(), false);
    poll_for_changes();
    window_->new_imgui_frame();
    SvgRecorder recorder;
    const auto exporting = export_requested_;
    export_requested_.reset();
    if (exporting == ExportKind::Svg) timeline_.record_svg(&recorder);
    frame();
    timeline_.record_svg(nullptr);
    ImGui::Render();
    window_->render();
    if (exporting) save_export(*exporting, recorder);
    window_->present();
  }
  return 0;
}

}  // namespace annals::viewer
