// Importing files the analyst dropped on the window (or named with --drop) without
// freezing it: the import job runs on a worker with its own connection to the database
// (WAL lets the viewer read meanwhile), progress is shared through atomics, and the
// viewer refreshes once the job is done.
#pragma once

#include "annals/formats/import_job.hpp"

#include <atomic>
#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace annals::viewer {

class BackgroundImport {
 public:
  // Starts importing `paths` (files or folders) into the database at `database`.
  // Paths given while a job runs wait for the next start.
  void start(const std::filesystem::path& database, const std::vector<std::string>& paths);
  bool running() const { return job_.valid(); }
  // "Importing 3 of 10 files ..." while running.
  std::string progress_text() const;
  // The summary once the job has finished (at most once per job), else nullopt.
  std::optional<formats::ImportSummary> take_finished(bool wait = false);

 private:
  std::future<formats::ImportSummary> job_;
  std::atomic<std::size_t> files_done_{0};
  std::atomic<std::size_t> files_total_{0};
  std::atomic<std::size_t> documents_{0};
};

// One line for the status bar: what an import did.
std::string summary_line(const formats::ImportSummary& summary);

}  // namespace annals::viewer
