// Group commit for the import job (see committed_reports.hpp): the batch, its pending
// reports and progress, and what happens when SQLite loses the batch.
#include "committed_reports.hpp"

namespace annals::formats {

namespace {

// Bounds of one batch. Committing ten times a second keeps the per-commit cost (the WAL
// write of the touched pages) small per document while a crash loses at most a tenth of
// a second of storing; the document bound keeps the pending reports small.
constexpr std::size_t batch_max_documents = 512;
constexpr auto batch_max_age = std::chrono::milliseconds{100};

DocumentReport report_of(const Analysed& analysed) {
  const auto& document = analysed.document;
  return {document.source, document.title, document.published, document.published_origin, {},
          analysed.analysis.events.size()};
}

void count(const DocumentReport& report, DocumentTotals& totals) {
  ++(report.outcome.duplicate ? totals.duplicates : totals.imported);
  totals.events_added += report.outcome.events_added;
  totals.events_merged += report.outcome.events_merged;
}

}  // namespace

CommittedReports::CommittedReports(Store* store, const ImportOptions& options,
                                   const ProgressCallback& on_progress, ImportSummary& summary)
    : store_(store), options_(options), on_progress_(on_progress), summary_(summary) {}

void CommittedReports::store(Analysed& analysed) {
  auto report = report_of(analysed);
  if (!store_) {
    pending_.push_back(std::move(report));
    return;
  }
  try {
    if (!batch_) {
      batch_.emplace(*store_);
      opened_ = Clock::now();
    }
    report.outcome = store_->add_document(analysed.document, analysed.analysis.mentions, analysed.analysis.events);
    pending_.push_back(std::move(report));
  } catch (const std::exception& error) {
    // The document's savepoint rolled back; the batch's other documents stay.
    summary_.failures.push_back(analysed.document.source + ": " + error.what());
    if (batch_ && !batch_->intact()) {
      batch_.reset();
      fail_pending(error.what());
    }
  }
}

void CommittedReports::progressed(const ImportProgress& progress) {
  progress_ = progress;
  if (!batch_) hand_over_pending();
}

void CommittedReports::commit_if_due() {
  if (batch_ && (pending_.size() >= batch_max_documents || Clock::now() - opened_ >= batch_max_age)) commit();
}

void CommittedReports::commit() {
  if (batch_) {
    try {
      batch_->commit();
    } catch (const std::exception& error) {
      batch_.reset();
      fail_pending(error.what());
      return;
    }
    batch_.reset();
  }
  hand_over_pending();
}

CommittedReports::Clock::time_point CommittedReports::deadline() const {
  return batch_ ? opened_ + batch_max_age : Clock::time_point::max();
}

void CommittedReports::hand_over_pending() {
  for (auto& report : pending_) {
    count(report, summary_.totals);
    if (options_.on_document) options_.on_document(report);
    else (report.outcome.duplicate ? summary_.duplicates : summary_.imported).push_back(std::move(report));
  }
  pending_.clear();
  if (progress_ && on_progress_) on_progress_(*progress_);
  progress_.reset();
}

// SQLite rolled the whole batch back: its documents are not stored (a rerun stores them).
void CommittedReports::fail_pending(const std::string& why) {
  for (const auto& report : pending_)
    summary_.failures.push_back(report.source + ": not stored, its batch was rolled back: " + why);
  pending_.clear();
}

}  // namespace annals::formats
