// `annals_bench_tagging`: how many MiB of news text the temporal tagger reads per second on
// one thread, how many expressions it finds and how much memory it needs, beside chrono-node
// on the same corpus in the same run. The corpus is built here from ../shared (developers
// and CI have it, users do not): without it the benchmark says so and exits 0.
#include "chrono_node.hpp"
#include "measurement.hpp"
#include "news_corpus.hpp"

#include "annals/data_dir.hpp"
#include "annals/temporal/tagger.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>

namespace {

using namespace annals::bench;
namespace fs = std::filesystem;

constexpr double target_ratio = 20.0;  // issue 3: at least 20x chrono-node's throughput

struct Options {
  int runs = 5;
  std::size_t min_bytes = 8 * mebibyte;  // issue 3: "several MB of news text"
  fs::path shared = ANNALS_SHARED_DIR;
  fs::path work = ANNALS_BENCH_WORK_DIR;  // where the corpus JSONL for node is written
  fs::path chrono_dir = ANNALS_BENCH_CHRONO_DIR;
  fs::path chrono_script = ANNALS_BENCH_CHRONO_SCRIPT;
  bool chrono = true;
};

constexpr std::string_view usage =
    "usage: annals_bench_tagging [--runs N] [--min-mib N] [--shared DIR] [--no-chrono]\n"
    "  Tags >= min-mib MiB of news text (TempEval-3 train + the reference article) N times\n"
    "  and reports the median throughput, then runs chrono-node on the same text.\n";

// Options from the command line; nullopt (after printing usage) when they do not parse.
std::optional<Options> parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--runs" && has_value) options.runs = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--min-mib" && has_value)
      options.min_bytes = static_cast<std::size_t>(std::max(1, std::atoi(argv[++i]))) * mebibyte;
    else if (arg == "--shared" && has_value) options.shared = argv[++i];
    else if (arg == "--no-chrono") options.chrono = false;
    else {
      std::cerr << usage;
      return std::nullopt;
    }
  }
  return options;
}

struct AnnalsResult {
  std::vector<Seconds> runs;
  std::size_t timexes = 0;
  std::size_t rss_before_tagging = 0;  // the corpus and the loaded rules
  std::size_t rss_peak = 0;
  Seconds load{};
};

std::size_t tag_corpus(const annals::TemporalTagger& tagger, const NewsCorpus& corpus) {
  std::size_t found = 0;
  for (const auto& d : corpus.documents) found += tagger.tag(d.text, {d.published}).size();
  return found;
}

AnnalsResult run_annals(const NewsCorpus& corpus, int runs) {
  AnnalsResult result;
  std::optional<annals::TemporalTagger> tagger;
  result.load = time_runs(1, [&] { tagger.emplace(annals::TemporalTagger::load(annals::data_directory())); })
                    .front();
  result.rss_before_tagging = peak_rss_bytes();
  result.timexes = tag_corpus(*tagger, corpus);  // warm-up, and the count
  result.runs = time_runs(runs, [&] { tag_corpus(*tagger, corpus); });
  result.rss_peak = peak_rss_bytes();
  return result;
}

double mib(std::size_t bytes) { return static_cast<double>(bytes) / bytes_per_mebibyte; }

void print_row(const char* name, std::size_t bytes, const std::vector<Seconds>& runs,
               std::size_t found, std::size_t rss) {
  std::printf("%-20s %10.2f %10.3f %6zu %12zu %10.1f\n", name, mebibytes_per_second(bytes, median(runs)),
              median(runs).count(), runs.size(), found, mib(rss));
}

void print_report(const NewsCorpus& corpus, const AnnalsResult& annals, const ChronoOutcome& chrono) {
  std::printf("%-20s %10s %10s %6s %12s %10s\n", "tagger", "MiB/s", "median s", "runs", "expressions",
              "peak MiB");
  print_row("annals", corpus.bytes(), annals.runs, annals.timexes, annals.rss_peak);
  std::printf("  (annals: rules loaded in %.3f s; peak RSS before tagging, corpus included: %.1f MiB)\n",
              annals.load.count(), mib(annals.rss_before_tagging));
  if (!chrono.result) {
    std::printf("chrono-node: skipped: %s\n", chrono.skipped_because.c_str());
    return;
  }
  const auto& c = *chrono.result;
  const std::string name = "chrono-node " + c.version;
  print_row(name.c_str(), c.bytes, c.runs, c.expressions, c.peak_rss_bytes);
  const double ratio = mebibytes_per_second(corpus.bytes(), median(annals.runs)) /
                       mebibytes_per_second(c.bytes, median(c.runs));
  std::printf("annals / chrono-node throughput: %.1fx (target >= %.0fx: %s)\n", ratio, target_ratio,
              ratio >= target_ratio ? "met" : "NOT MET");
}

int run(const Options& options) {
  const auto timeml_dir = options.shared / "data" / "tempeval3-train";
  if (!fs::is_directory(timeml_dir)) {
    std::printf("tagging benchmark skipped: %s not found (the corpus is built from the shared\n"
                "TempEval-3 data, which developers and CI have and users do not)\n",
                timeml_dir.c_str());
    return EXIT_SUCCESS;
  }
  const NewsCorpus corpus = build_news_corpus(timeml_dir, reference_document(), options.min_bytes);
  std::printf("Tagging throughput, one thread, build type %s\n", build_type());
  std::printf("corpus: %zu documents, %.2f MiB (TEXT of %s/*.tml + the reference article, repeated)\n",
              corpus.documents.size(), mib(corpus.bytes()), timeml_dir.c_str());
  const AnnalsResult annals = run_annals(corpus, options.runs);
  ChronoOutcome chrono{std::nullopt, "--no-chrono"};
  if (options.chrono) {
    fs::create_directories(options.work);
    const auto jsonl = options.work / "bench-corpus.jsonl";
    write_jsonl(corpus, jsonl);
    chrono = run_chrono_node(options.chrono_script, options.chrono_dir, jsonl, options.runs);
  }
  print_report(corpus, annals, chrono);
  return EXIT_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  const auto options = parse_options(argc, argv);
  if (!options) return 2;
  try {
    return run(*options);
  } catch (const std::exception& e) {
    std::cerr << "annals_bench_tagging: " << e.what() << '\n';
    return EXIT_FAILURE;
  }
}
