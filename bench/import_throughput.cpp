// Import throughput end to end: generates a folder of N articles (default 10,000, tens of
// MB) as text files, HTML pages and JSON-lines shards, then runs the same import job as
// `annals import` (read, date, tag, extract on worker threads; store on this thread) into
// a fresh database. Reports MB/s and articles/s of input, and peak RSS: the process's so
// far, and that of each run alone (listing the files and importing them): equal run
// peaks at different --articles mean memory does not grow with the corpus.
//
//   annals_bench_import [--articles N] [--workers N] [--keep DIR]
#include "measurement.hpp"
#include "news_corpus.hpp"

#include "annals/data_dir.hpp"
#include "annals/date_range.hpp"
#include "annals/formats/import_job.hpp"
#include "annals/formats/timeml_export.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
using namespace annals;

namespace {

constexpr std::size_t default_articles = 10000;
constexpr std::size_t articles_per_shard = 100;  // JSON-lines files hold this many
constexpr std::size_t formats_in_rotation = 4;    // text, html, text, jsonl
constexpr std::size_t corpus_min_bytes = 1;       // the corpus once, no repetition
constexpr double bytes_per_megabyte = 1e6;

struct Options {
  std::size_t articles = default_articles;
  unsigned workers = 0;
  fs::path keep;
};

std::string html_page(const Document& document, const std::string& text) {
  std::string page = "<!DOCTYPE html><html><head><title>" + formats::xml_escape(document.title) +
                     "</title><meta property=\"article:published_time\" content=\"" +
                     format_iso(document.published) + "T08:00:00+00:00\"><script>var x = 1;</script>"
                     "</head><body><nav><a href=\"/\">Home</a></nav><article>";
  std::size_t at = 0;
  while (at < text.size()) {
    const auto end = std::min(text.find("\n\n", at), text.size());
    page += "<p>" + formats::xml_escape(text.substr(at, end - at)) + "</p>\n";
    at = end + 2;
  }
  return page + "</article><footer>Copyright</footer></body></html>\n";
}

// Writes the corpus folder; returns its size in bytes.
std::uintmax_t generate(const fs::path& dir, std::size_t articles, const bench::NewsCorpus& pool) {
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream shard;
  for (std::size_t i = 0; i < articles; ++i) {
    const auto& base = pool.documents[i % pool.documents.size()];
    const auto text = "Dispatch " + std::to_string(i) + ".\n\n" + base.text;  // unique content
    char name[32];
    std::snprintf(name, sizeof name, "a%05zu", i);
    switch (i % formats_in_rotation) {
      case 1: std::ofstream(dir / (std::string(name) + ".html")) << html_page(base, text); break;
      case 3: {
        if (i / formats_in_rotation % articles_per_shard == 0) shard = std::ofstream(dir / (std::string(name) + ".jsonl"));
        shard << nlohmann::json{{"id", i}, {"published", format_iso(base.published)}, {"text", text}}.dump() << "\n";
        break;
      }
      default:
        std::ofstream(dir / (std::string(name) + ".txt")) << "Title: Dispatch " << i << "\nDate: "
                                                          << format_iso(base.published) << "\n\n" << text;
    }
  }
  shard.close();
  std::uintmax_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) bytes += entry.file_size();
  return bytes;
}

struct RunResult {
  formats::ImportSummary summary;
  bench::Seconds time{};
  double cpu_seconds = 0;  // all threads: on a shared machine, wall time hides what we cost
  double store_cpu_seconds = 0;  // this thread's: storing (and waiting for the workers' results)
  std::size_t peak_rss_bytes = 0;  // of this run: listing the files and importing them
};

// Linux: writing 5 to /proc/self/clear_refs resets the peak RSS (VmHWM), so each run's
// line shows the peak of that run alone, not of generating the corpus or an earlier run.
void reset_peak_rss() { std::ofstream("/proc/self/clear_refs") << "5"; }

// The peak RSS since the last reset (VmHWM), in bytes; 0 if /proc is not there.
std::size_t run_peak_rss_bytes() {
  std::ifstream status("/proc/self/status");
  constexpr std::size_t bytes_per_kibibyte = 1024;
  for (std::string line; std::getline(status, line);)
    if (line.starts_with("VmHWM:")) return std::stoull(line.substr(line.find_first_of("0123456789"))) * bytes_per_kibibyte;
  return 0;
}

double process_cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

RunResult import_folder(const fs::path& folder, const fs::path& db, const Options& options,
                        const formats::ReaderSettings& readers, const Pipeline& pipeline, bool dry_run) {
  fs::remove(db);
  fs::remove(db.string() + "-wal");
  fs::remove(db.string() + "-shm");
  auto store = Store::open(db);
  formats::ImportOptions job;
  job.workers = options.workers;
  job.dry_run = dry_run;
  job.on_document = [](const formats::DocumentReport&) {};  // totals only: memory stays flat
  RunResult result;
  reset_peak_rss();
  const auto inputs = formats::collect_inputs({folder.string()}, {});
  const double cpu_before = process_cpu_seconds();
  const double thread_before = thread_cpu_seconds();
  const auto times = bench::time_runs(1, [&] {
    result.summary = formats::run_import_job(inputs, readers, pipeline, &store, job);
  });
  result.time = times.front();
  result.cpu_seconds = process_cpu_seconds() - cpu_before;
  result.store_cpu_seconds = thread_cpu_seconds() - thread_before;
  result.peak_rss_bytes = run_peak_rss_bytes();
  return result;
}

void report(const char* label, const RunResult& run) {
  const auto documents = run.summary.totals.imported + run.summary.totals.duplicates;
  const double megabytes = static_cast<double>(run.summary.bytes) / bytes_per_megabyte;
  std::printf("%-26s %6zu articles %6.1f MB %7.2f s %6.2f MB/s (%5.2f MB per CPU-s; CPU-s per MB %.3f, "
              "storing thread %.3f) %7.1f articles/s  failures %zu  peak RSS %.1f MiB (this run %.1f MiB)\n",
              label, documents, megabytes, run.time.count(), megabytes / run.time.count(),
              megabytes / run.cpu_seconds, run.cpu_seconds / megabytes, run.store_cpu_seconds / megabytes,
              static_cast<double>(documents) / run.time.count(), run.summary.failures.size(),
              static_cast<double>(bench::peak_rss_bytes()) / bench::bytes_per_mebibyte,
              static_cast<double>(run.peak_rss_bytes) / bench::bytes_per_mebibyte);
  for (std::size_t i = 0; i < std::min<std::size_t>(run.summary.failures.size(), 3); ++i)
    std::printf("  failure: %s\n", run.summary.failures[i].c_str());
}

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string name = argv[i], value = argv[i + 1];
    if (name == "--articles") std::from_chars(value.data(), value.data() + value.size(), options.articles);
    else if (name == "--workers") std::from_chars(value.data(), value.data() + value.size(), options.workers);
    else if (name == "--keep") options.keep = value;
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const auto options = parse(argc, argv);
  const fs::path work = options.keep.empty() ? fs::temp_directory_path() / "annals-bench-import" : options.keep;
  const fs::path shared = ANNALS_SHARED_DIR;
  const auto timeml = shared / "data" / "tempeval3-train";
  const auto pool = fs::exists(timeml) ? bench::build_news_corpus(timeml, bench::reference_document(), corpus_min_bytes)
                                       : bench::NewsCorpus{{bench::reference_document()}};
  const auto readers = formats::ReaderSettings::load(data_directory());
  const auto pipeline = Pipeline::load(data_directory());
  std::printf("import throughput (%s build), %zu source documents in the pool\n", bench::build_type(),
              pool.documents.size());

  const auto quarter = options.articles / formats_in_rotation;
  generate(work / "quarter", quarter, pool);
  report("quarter corpus, stored", import_folder(work / "quarter", work / "quarter.db", options, readers, pipeline, false));
  const auto bytes = generate(work / "full", options.articles, pool);
  std::printf("generated %zu articles, %.1f MB in %s\n", options.articles,
              static_cast<double>(bytes) / bytes_per_megabyte, (work / "full").c_str());
  report("full corpus, analysis only", import_folder(work / "full", work / "dry.db", options, readers, pipeline, true));
  report("full corpus, stored", import_folder(work / "full", work / "full.db", options, readers, pipeline, false));
  if (options.keep.empty()) fs::remove_all(work);
  return 0;
}
