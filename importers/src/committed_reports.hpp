// The storing side of an import job: documents go into the store inside a WriteBatch
// (group commit), and their reports and the progress wait until the batch commits, so a
// document is reported imported only once it is durable. A batch commits when it holds
// enough documents or is old enough, so a `kill -9` loses at most a fraction of a second
// of work, and a rerun stores it again.
#pragma once

#include "annals/formats/import_job.hpp"
#include "annals/store/write_batch.hpp"

#include <chrono>
#include <optional>
#include <vector>

namespace annals::formats {

struct Analysed {
  Document document;
  Analysis analysis;
};

class CommittedReports {
 public:
  using Clock = std::chrono::steady_clock;

  // `store` null: a dry run, where every report is handed over at once.
  CommittedReports(Store* store, const ImportOptions& options, const ProgressCallback& on_progress,
                   ImportSummary& summary);

  // Stores one document in the open batch (opening one if needed); a document that fails
  // rolls back alone and becomes a failure.
  void store(Analysed& analysed);
  // The progress after the documents stored so far; reported when they are committed.
  void progressed(const ImportProgress& progress);
  // Commits when the batch is full or old.
  void commit_if_due();
  // Commits now (when waiting for the workers, and at the end).
  void commit();
  // When the open batch should be committed even if no more documents come; max() if none is open.
  Clock::time_point deadline() const;

 private:
  void hand_over_pending();
  void fail_pending(const std::string& why);

  Store* store_;
  const ImportOptions& options_;
  const ProgressCallback& on_progress_;
  ImportSummary& summary_;
  std::optional<WriteBatch> batch_;
  Clock::time_point opened_{};
  std::vector<DocumentReport> pending_;
  std::optional<ImportProgress> progress_;
};

}  // namespace annals::formats
