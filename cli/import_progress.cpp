// ETA comes from bytes when the total is known (files differ in size far more than in
// count), else from the file count.
#include "import_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <ostream>
#include <string>

namespace annals::cli {

namespace {

constexpr auto redraw_interval = std::chrono::milliseconds{100};
constexpr int bar_width = 24;
constexpr double bytes_per_megabyte = 1e6;
constexpr long seconds_per_minute = 60;

std::string bar(double fraction) {
  const auto filled = static_cast<int>(fraction * bar_width);
  return "[" + std::string(static_cast<std::size_t>(filled), '#') +
         std::string(static_cast<std::size_t>(bar_width - filled), '.') + "]";
}

}  // namespace

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::ostream& out, bool enabled)
    : out_(out), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void ProgressBar::update(const formats::ImportProgress& progress) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const bool done = progress.files_done == progress.files_total;
  if (!done && now - last_draw_ < redraw_interval) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double fraction =
      progress.bytes_total > 0
          ? static_cast<double>(progress.bytes_done) / static_cast<double>(progress.bytes_total)
          : static_cast<double>(progress.files_done) / static_cast<double>(std::max<std::size_t>(progress.files_total, 1));
  const double megabytes_per_second =
      seconds > 0 ? static_cast<double>(progress.bytes_done) / bytes_per_megabyte / seconds : 0;
  const long eta = fraction > 0 ? static_cast<long>(seconds * (1 - fraction) / fraction) : 0;
  char line[160];
  std::snprintf(line, sizeof line, "\r%s %zu/%zu files, %zu documents, %.1f MB/s, ETA %ld:%02ld ",
                bar(fraction).c_str(), progress.files_done, progress.files_total, progress.documents,
                megabytes_per_second, eta / seconds_per_minute, eta % seconds_per_minute);
  out_ << line << std::flush;
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) out_ << "\r\x1b[2K" << std::flush;
  drawn_ = false;
}

}  // namespace annals::cli
