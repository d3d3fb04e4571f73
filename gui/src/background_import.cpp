// The viewer's import worker (see background_import.hpp).
#include "background_import.hpp"

#include "annals/data_dir.hpp"

#include <chrono>

namespace annals::viewer {

void BackgroundImport::start(const std::filesystem::path& database, const std::vector<std::string>& paths) {
  if (running() || paths.empty()) return;
  files_done_ = 0;
  files_total_ = 0;
  documents_ = 0;
  job_ = std::async(std::launch::async, [this, database, paths] {
    formats::ImportSummary failed;
    try {
      Store store = Store::open(database, OpenMode::MustExist);
      const auto readers = formats::ReaderSettings::load(data_directory());
      const auto pipeline = Pipeline::load(data_directory());
      const auto inputs = formats::collect_inputs(paths, {});
      formats::ImportOptions options;
      // Relative markers ("yesterday") in undated files anchor at the moment of the drop.
      options.dating.retrieved = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
      return formats::run_import_job(inputs, readers, pipeline, &store, options,
                                     [this](const formats::ImportProgress& step) {
                                       files_done_ = step.files_done;
                                       files_total_ = step.files_total;
                                       documents_ = step.documents;
                                     });
    } catch (const std::exception& error) {
      failed.failures.push_back(error.what());
      return failed;
    }
  });
}

std::string BackgroundImport::progress_text() const {
  return "Importing: " + std::to_string(files_done_.load()) + " of " + std::to_string(files_total_.load()) +
         " files, " + std::to_string(documents_.load()) + " documents ...";
}

std::optional<formats::ImportSummary> BackgroundImport::take_finished(bool wait) {
  if (!running()) return std::nullopt;
  if (!wait && job_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
  return job_.get();
}

std::string summary_line(const formats::ImportSummary& summary) {
  const auto& totals = summary.totals;
  std::string line = "Imported " + std::to_string(totals.imported) + " documents (" +
                     std::to_string(totals.events_added) + " new events, " + std::to_string(totals.events_merged) +
                     " merged), " + std::to_string(totals.duplicates) + " already known";
  if (!summary.failures.empty())
    line += "; " + std::to_string(summary.failures.size()) + " failed: " + summary.failures.front();
  return line;
}

}  // namespace annals::viewer
