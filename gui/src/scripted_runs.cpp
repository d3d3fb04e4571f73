// The non-interactive modes: --screenshot (settle, read back, write PNG and a JSON
// layout report next to it for tests) and --bench (sweep from everything to one day and
// time the CPU side of each frame).
#include "png_writer.hpp"
#include "viewer_app.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>

#include <sys/resource.h>
#include <fstream>
#include <iostream>

namespace annals::viewer {

namespace {

constexpr int settle_frames = 4;  // ImGui needs a few frames for auto-sized layout
constexpr double bench_final_days = 1.0;

double percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto at = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size()))) - 1;
  return values[std::min(at, values.size() - 1)];
}

long peak_rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6)) / 1024;
  return -1;
}

}  // namespace

double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  constexpr double ms_per_s = 1000.0;
  constexpr double ns_per_ms = 1e6;
  return static_cast<double>(now.tv_sec) * ms_per_s + static_cast<double>(now.tv_nsec) / ns_per_ms;
}

namespace {
double ms_of(const timeval& time) {
  constexpr double ms_per_s = 1000.0;
  constexpr double us_per_ms = 1000.0;
  return static_cast<double>(time.tv_sec) * ms_per_s + static_cast<double>(time.tv_usec) / us_per_ms;
}

Usage usage_of(int who) {
  rusage usage{};
  getrusage(who, &usage);
  return {ms_of(usage.ru_utime), ms_of(usage.ru_stime), usage.ru_minflt};
}
}  // namespace

Usage Usage::of_thread() { return usage_of(RUSAGE_THREAD); }
Usage Usage::of_process() { return usage_of(RUSAGE_SELF); }
Usage Usage::operator-(const Usage& before) const {
  return {user_ms - before.user_ms, system_ms - before.system_ms, minor_faults - before.minor_faults};
}

void write_svg(const std::filesystem::path& path, const SvgRecorder& recorder) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  std::ofstream out(path);
  out << recorder.document(size.x, size.y);
  if (!out) throw std::runtime_error(path.string() + ": cannot write the SVG");
}

void ViewerApp::save_export(ExportKind kind, const SvgRecorder& recorder) {
  const std::string extension = kind == ExportKind::Svg ? ".svg" : ".png";
  auto path = database_path_;
  path.replace_filename(database_path_.stem().string() + "-view" + extension);
  try {
    if (kind == ExportKind::Svg) write_svg(path, recorder);
    else write_png(path, window_->read_pixels());
    state_.status = "Exported the view to " + path.string();
  } catch (const std::exception& error) {
    state_.status = error.what();
  }
}

int ViewerApp::run_screenshot() {
  SvgRecorder recorder;
  state_.finish_quote_search();  // a --search's quote matches belong in the picture
  for (int i = 0; i < settle_frames; ++i) {
    const bool last = i + 1 == settle_frames;
    window_->begin_frame(0);
    window_->new_imgui_frame();
    if (last && options_.export_svg) timeline_.record_svg(&recorder);
    frame();
    timeline_.record_svg(nullptr);
    ImGui::Render();
    window_->render();
    if (!last) window_->present();
  }
  if (options_.export_svg) write_svg(*options_.export_svg, recorder);
  if (!options_.screenshot) return 0;
  const Pixels pixels = window_->read_pixels();
  write_png(*options_.screenshot, pixels);
  std::ofstream report(options_.screenshot->string() + ".json");
  auto layout = timeline_.layout_report(state_);
  layout["details"] = details_.report();
  report << layout.dump(1) << "\n";
  return 0;
}

int ViewerApp::run_bench() {
  const int frames = *options_.bench_frames;
  const view::TimeWindow all = state_.mapping.window();
  const double middle = (all.first + all.end) / 2;
  const double shrink = std::pow(bench_final_days / all.length(), 1.0 / std::max(frames - 1, 1));
  std::vector<double> cpu_ms;
  std::vector<double> vertices;
  double data_frame_ms = 0;  // process start to the first frame showing the events
  Usage at_data_frame;        // the whole process's CPU and page faults until then
  double length = all.length();
  for (int i = 0; i < frames; ++i) {
    state_.set_window({middle - length / 2, middle + length / 2}, false);
    window_->begin_frame(0);
    const double before = thread_cpu_ms();
    window_->new_imgui_frame();
    frame();
    ImGui::Render();
    cpu_ms.push_back(thread_cpu_ms() - before);
    vertices.push_back(ImGui::GetDrawData()->TotalVtxCount);
    if (std::getenv("ANNALS_BENCH_TRACE"))
      std::cerr << i << " days=" << length << " cpu_ms=" << cpu_ms.back() << " vertices=" << vertices.back() << "\n";
    window_->render();
    window_->present();
    if (i == 0) {
      data_frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
      at_data_frame = Usage::of_process();
    }
    length *= shrink;
  }
  nlohmann::json out{{"events", state_.timeline.events().size()},
                     {"frames", frames},
                     {"cpu_ms", {{"median", percentile(cpu_ms, 0.5)}, {"p95", percentile(cpu_ms, 0.95)},
                                 {"max", percentile(cpu_ms, 1.0)}}},
                     {"vertices", {{"median", percentile(vertices, 0.5)}, {"max", percentile(vertices, 1.0)}}},
                     {"startup_to_first_frame_ms", first_frame_ms_},
                     {"startup_to_data_frame_ms", data_frame_ms},
                     {"load_ms", load_ms_},
                     {"load_cpu_ms", load_cpu_ms_},
                     {"load_thread", {{"user_ms", load_usage_.user_ms}, {"system_ms", load_usage_.system_ms},
                                      {"minor_faults", load_usage_.minor_faults}}},
                     {"take_ms", take_ms_},
                     {"process_to_data_frame", {{"user_ms", at_data_frame.user_ms},
                                                {"system_ms", at_data_frame.system_ms},
                                                {"minor_faults", at_data_frame.minor_faults}}},
                     {"peak_rss_mb", peak_rss_mb()}};
  std::cout << out.dump() << "\n";
  return 0;
}

}  // namespace annals::viewer
