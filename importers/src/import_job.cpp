// Workers take files by index and analyse them; the calling thread consumes results
// strictly in index order and stores them, in batches (committed_reports.hpp). A worker
// may run at most `window` files and `bytes_ahead` bytes of input ahead of the store,
// which bounds memory whatever the number and size of the files.
#include "annals/formats/import_job.hpp"

#include "committed_reports.hpp"

#include <algorithm>
#include <cstdint>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace annals::formats {

namespace {

// Many small files ahead keep both workers busy while the store commits or waits for a
// large file (a JSON-lines shard of 100 articles takes one worker as long as ~100 small
// files take the other): with 32 files per worker the workers of a 10,000-article import
// sat blocked for 3.3 s in all, with 256 for 0.1 s. But analysed files waiting for the
// store cost about 8 KB each, and how full the window gets depends on timing (a store
// thread descheduled under load), so with 256 the peak memory still rose with the length
// of a run: 18.9 MiB at 20,000 articles against 16.8 at 10,000. 64 (128 files in all)
// still covers one shard's worth of small files for the other worker, and peak memory is
// then within 1 MiB from 10,000 to 20,000 articles. The byte bound keeps large files from
// piling up; both bounds cap memory whatever the corpus size.
constexpr std::size_t files_ahead_per_worker = 64;
constexpr std::uintmax_t bytes_ahead = 64u << 20;

struct FileResult {
  std::vector<Analysed> documents;
  std::vector<std::string> failures;
  std::uintmax_t bytes = 0;
};

FileResult analyse_file(const InputFile& input, const ReaderSettings& readers,
                        const Pipeline& pipeline, const ImportOptions& options) {
  FileResult result;
  result.bytes = input.bytes;
  auto read = read_input(input.path, readers);
  result.failures = std::move(read.failures);
  if (result.bytes == 0)  // standard input: its size is known only once read
    for (const auto& article : read.articles) result.bytes += article.document.text.size();
  for (auto& article : read.articles) {
    const auto where = located(input.path.string(), article.line, "");
    if (!date_article(article, options.dating)) {
      result.failures.push_back(where + "no publication date (no metadata or dateline; give "
                                        "--published, or --retrieved for a relative marker)");
      continue;
    }
    try {
      auto analysis = pipeline.analyse(article.document);
      result.documents.push_back({std::move(article.document), std::move(analysis)});
    } catch (const std::exception& error) {
      result.failures.push_back(where + error.what());
    }
  }
  return result;
}

// The hand-over between workers and the storing thread.
class OrderedResults {
 public:
  OrderedResults(const InputFiles& inputs, const std::vector<std::uint32_t>& files, std::size_t window)
      : inputs_(inputs), files_(files), total_(files.size()), window_(window) {}

  // The next file index for a worker, waiting while it would run too far ahead (a file
  // larger than the byte bound still goes when nothing else is in flight).
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] {
      return next_ >= total_ || (next_ < consumed_ + window_ && (bytes_in_flight_ < bytes_ahead || next_ == consumed_));
    });
    if (next_ >= total_) return std::nullopt;
    bytes_in_flight_ += inputs_.bytes(files_[next_]);
    return next_++;
  }
  void put(std::size_t index, FileResult result) {
    { std::lock_guard lock(mutex_); ready_.emplace(index, std::move(result)); }
    arrived_.notify_all();
  }
  // The result of file `index`, or nothing if it is not ready by `deadline`.
  std::optional<FileResult> wait_until(std::size_t index, CommittedReports::Clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    const auto ready = [&] { return ready_.count(index) > 0; };
    if (deadline == CommittedReports::Clock::time_point::max()) arrived_.wait(lock, ready);
    else if (!arrived_.wait_until(lock, deadline, ready)) return std::nullopt;
    auto result = std::move(ready_.at(index));
    ready_.erase(index);
    consumed_ = index + 1;
    bytes_in_flight_ -= inputs_.bytes(files_[index]);
    lock.unlock();
    space_.notify_all();
    return result;
  }

 private:
  std::mutex mutex_;
  std::condition_variable space_, arrived_;
  std::map<std::size_t, FileResult> ready_;
  const InputFiles& inputs_;
  const std::vector<std::uint32_t>& files_;
  std::size_t total_, window_, next_ = 0, consumed_ = 0;
  std::uintmax_t bytes_in_flight_ = 0;
};

void store_file(FileResult& file, CommittedReports& committer) {
  for (auto& analysed : file.documents) committer.store(analysed);
}

// Exports go in first, whole, each in one transaction; their documents are not analysed again.
void import_timelines(const std::vector<InputFile>& exports, Store* store, ImportSummary& summary) {
  for (const auto& file : exports) {
    try {
      summary.timelines.push_back(import_timeline(file, store));
    } catch (const std::exception& error) {
      summary.failures.push_back(error.what());
    }
    summary.bytes += file.bytes;
  }
}

}  // namespace

ImportSummary run_import_job(const InputList& inputs, const ReaderSettings& readers,
                             const Pipeline& pipeline, Store* store, const ImportOptions& options,
                             const ProgressCallback& on_progress) {
  ImportSummary summary;
  summary.failures = inputs.failures;
  // The articles are indices into the compact list, not copies of its paths: a path
  // costs about 300 bytes, which made peak memory grow with the number of files.
  std::vector<InputFile> exports;
  std::vector<std::uint32_t> files;
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    auto file = inputs.files[i];
    if (is_timeline_export_file(file, readers)) exports.push_back(std::move(file));
    else files.push_back(static_cast<std::uint32_t>(i));
  }
  import_timelines(exports, options.dry_run ? nullptr : store, summary);
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const auto workers = std::min<std::size_t>(options.workers ? options.workers : hardware,
                                             std::max<std::size_t>(files.size(), 1));
  OrderedResults results(inputs.files, files, workers * files_ahead_per_worker);
  std::vector<std::jthread> threads;
  for (std::size_t w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      while (const auto index = results.take())
        results.put(*index, analyse_file(inputs.files[files[*index]], readers, pipeline, options));
    });

  CommittedReports committer(options.dry_run ? nullptr : store, options, on_progress, summary);
  ImportProgress progress;
  progress.files_total = files.size();
  for (const auto index : files) progress.bytes_total += inputs.files.bytes(index);
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto file = results.wait_until(i, committer.deadline());
    if (!file) {  // the workers are behind: commit what is stored rather than hold it
      committer.commit();
      file = results.wait_until(i, CommittedReports::Clock::time_point::max());
    }
    store_file(*file, committer);
    summary.failures.insert(summary.failures.end(), file->failures.begin(), file->failures.end());
    summary.bytes += file->bytes;
    progress.files_done = i + 1;
    progress.documents += file->documents.size();
    progress.bytes_done += file->bytes;
    committer.progressed(progress);
    committer.commit_if_due();
  }
  committer.commit();
  summary.files = files.size() + exports.size();
  return summary;
}

}  // namespace annals::formats
