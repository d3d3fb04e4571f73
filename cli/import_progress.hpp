// The progress bar `annals import` draws on a terminal: documents, MB/s and time left,
// redrawn in place at most a few times a second. On a pipe it draws nothing, so scripts
// and logs stay clean.
#pragma once

#include "annals/formats/import_job.hpp"

#include <chrono>
#include <iosfwd>

namespace annals::cli {

class ProgressBar {
 public:
  // Draws only when `enabled` (the caller checks that stderr is a terminal).
  ProgressBar(std::ostream& out, bool enabled);
  void update(const formats::ImportProgress& progress);
  void finish();  // clears the bar's line

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when standard error is a terminal.
bool stderr_is_terminal();

}  // namespace annals::cli
