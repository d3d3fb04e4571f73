// annals-view as a whole: the window, the shared state, the panels and the three ways to
// run (interactive, --screenshot, --bench).
#pragma once

#include "annals/view/edit_history.hpp"
#include "annals/view/live_refresh.hpp"
#include "background_import.hpp"
#include "canvas.hpp"
#include "details_panel.hpp"
#include "options.hpp"
#include "table_panel.hpp"
#include "timeline_view.hpp"
#include "toolbar_panel.hpp"
#include "viewer_state.hpp"
#include "window.hpp"

#include <chrono>
#include <future>
#include <memory>
#include <optional>

namespace annals::viewer {

// CPU time of the calling thread, in milliseconds (what --bench reports).
double thread_cpu_ms();

// User and system CPU and minor page faults of the calling thread or the whole process
// (getrusage): the bench reports them for the loading thread, whose CPU varied run to run.
struct Usage {
  double user_ms = 0;
  double system_ms = 0;
  long minor_faults = 0;
  static Usage of_thread();
  static Usage of_process();
  Usage operator-(const Usage& before) const;
};

class ViewerApp {
 public:
  ViewerApp(const Options& options, std::chrono::steady_clock::time_point started);
  int run();

 private:
  void open_database(const std::filesystem::path& path);
  // Shows frames while the worker loads; returns once the data is in.
  void wait_for_data(bool draw_frames);
  void take_loaded_data();
  void apply_initial_view();
  void frame();  // lays out and draws every panel (between NewFrame and Render)
  void poll_for_changes();
  // Applies what another process changed (read on a worker); reloads only when it must.
  void apply_live(const view::LiveChanges& changes);
  void take_live_changes();
  // Starts importing dropped files; when an import has finished, reloads and says so.
  void handle_imports(const std::vector<std::string>& dropped, bool wait);
  void draw_import_popup();
  int run_interactive();
  int run_screenshot();
  // The view as a picture next to the database (DB-view.png / DB-view.svg).
  enum class ExportKind { Png, Svg };
  void save_export(ExportKind kind, const SvgRecorder& recorder);
  int run_bench();

  Options options_;
  std::chrono::steady_clock::time_point started_;
  std::unique_ptr<Window> window_;
  ViewerState state_;
  view::EditHistory edits_;
  TimelineView timeline_;
  ToolbarPanel toolbar_{edits_};
  DetailsPanel details_{edits_};
  TablePanel table_;
  double last_poll_ = 0;
  double load_ms_ = 0;
  double load_cpu_ms_ = 0;  // the loading thread's own CPU time (wall time includes waiting for a core)
  Usage load_usage_;         // the same split into user and system time, with its page faults
  double take_ms_ = 0;       // the UI thread taking the loaded data (filter, lanes) before frame 0
  double first_frame_ms_ = 0;  // process start to the first frame on screen
  std::future<LoadedData> loading_;  // the background load, ImHex-task style  // reading the database at start-up, reported by --bench
  long long seen_version_ = -1;
  Store::ChangeMark live_mark_;  // how far the live refresh has read (taken before loading)
  std::optional<Store> refresher_;  // the refresh worker's connection (outlives refreshing_)
  std::future<view::LiveChanges> refreshing_;
  Store::ChangeMark polled_mark_;  // the highest ids at the last poll
  std::optional<Store> watch_;     // the connection that polls for other processes' commits
  std::filesystem::path database_path_;
  BackgroundImport import_;
  std::optional<ExportKind> export_requested_;
  std::string import_path_;
};

}  // namespace annals::viewer
