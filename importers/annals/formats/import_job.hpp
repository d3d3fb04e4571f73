// An import from start to end: read every input, date every article, tag and extract it,
// and store it: each document all or nothing (a savepoint), committed in groups every
// 100 ms (group commit), and reported only once committed. Reading and analysis run on
// worker threads, storing on the calling thread in input order, so a rerun or a run
// after `kill -9` visits documents in the same order and the store's idempotency makes
// it complete the job.
// Memory stays flat: only a small window of files is in flight at any time.
#pragma once

#include "annals/formats/dating.hpp"
#include "annals/formats/inputs.hpp"
#include "annals/formats/reader.hpp"
#include "annals/formats/timeline_import.hpp"
#include "annals/pipeline.hpp"
#include "annals/store/store.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace annals::formats {

// One document that reached the store (or would have, in a dry run).
struct DocumentReport {
  std::string source;
  std::string title;
  date::sys_days published{};
  DateOrigin published_origin = DateOrigin::CommandLine;
  StoreOutcome outcome;  // all zero in a dry run
  std::size_t events_found = 0;
};

using DocumentCallback = std::function<void(const DocumentReport&)>;

struct ImportOptions {
  DatingOptions dating;
  bool dry_run = false;  // read, date and analyse, but store nothing
  unsigned workers = 0;  // analysis threads; 0 = one per hardware thread
  // When set, each document's report goes here as soon as it is committed and the summary
  // keeps only the totals, so memory stays flat however many documents a run has.
  DocumentCallback on_document;
};

// Counts over every document of a run, kept whether or not the reports are.
struct DocumentTotals {
  std::size_t imported = 0;
  std::size_t duplicates = 0;
  std::size_t events_added = 0;
  std::size_t events_merged = 0;
};

struct ImportSummary {
  DocumentTotals totals;
  std::vector<DocumentReport> imported;    // stored (new or replacing a changed URL); empty with on_document
  std::vector<DocumentReport> duplicates;  // already in the store, nothing written; empty with on_document
  std::vector<std::string> failures;       // "FILE[:LINE]: why", in input order
  std::vector<TimelineReport> timelines;   // JSON exports loaded as they are
  std::size_t files = 0;
  std::uintmax_t bytes = 0;
};

struct ImportProgress {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::size_t documents = 0;
  std::uintmax_t bytes_done = 0;
  std::uintmax_t bytes_total = 0;  // 0 when unknown (standard input)
};

using ProgressCallback = std::function<void(const ImportProgress&)>;

// Runs the import. `store` may be null only for a dry run. Never throws for bad input:
// every problem becomes a failure naming its file and line.
ImportSummary run_import_job(const InputList& inputs, const ReaderSettings& readers,
                             const Pipeline& pipeline, Store* store, const ImportOptions& options,
                             const ProgressCallback& on_progress = {});

}  // namespace annals::formats
