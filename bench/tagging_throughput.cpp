// `annals_bench_tagging`: how many MiB of news text the temporal tagger reads per second on
// one thread, how many expressions it finds and how much memory it needs, beside chrono-node
// on the same corpus in the same run, in alternating rounds. The corpus is built here from
// ../shared (developers and CI have it, users do not): without it the benchmark says so and
// exits 0.
#include "chrono_node.hpp"
#include "measurement.hpp"
#include "news_corpus.hpp"

#include "annals/data_dir.hpp"
#include "annals/temporal/tagger.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <optional>
#include <variant>
#include <vector>

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
    "  Tags >= min-mib MiB of news text (TempEval-3 train + the reference article) in N rounds;\n"
    "  in each round chrono-node parses the same text once, between two halves of Annals' passes,\n"
    "  and the report gives each round's ratio and their median.\n";

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

// The machine's speed drifts from second to second (the same binary tags at 90 or at 140
// MiB/s, chrono-node at 4.6 or 7.2), so the two taggers are timed in alternating slots and
// compared round by round: in each round Annals tags the corpus for as long as chrono-node's
// last pass took (`first_window` before there is one), half before and half after one
// chrono-node pass, so that both windows are centred on the same moment of the machine.
constexpr Seconds first_window{1.0};

struct Round {
  Seconds annals_per_pass{};
  std::optional<Seconds> chrono_pass;
};

struct Comparison {
  std::vector<Round> rounds;
  int annals_passes_last_round = 0;
  std::size_t timexes = 0;
  std::size_t annals_rss_before_tagging = 0;  // the corpus and the loaded rules
  std::size_t annals_rss_peak = 0;
  Seconds load{};
  std::optional<ChronoNode> chrono;
  std::size_t chrono_rss_peak = 0;
  std::string chrono_skipped_because = "--no-chrono";
};

std::size_t tag_corpus(const annals::TemporalTagger& tagger, const NewsCorpus& corpus) {
  std::size_t found = 0;
  for (const auto& d : corpus.documents) found += tagger.tag(d.text, {d.published}).size();
  return found;
}

// Passes enough to fill `window`, given one pass's time; at least one each side.
int passes_to_fill(Seconds window, Seconds one_pass) {
  return std::max(2, static_cast<int>(std::ceil(window / one_pass)));
}

void start_chrono(const Options& options, const NewsCorpus& corpus, Comparison& comparison) {
  fs::create_directories(options.work);
  const auto jsonl = options.work / "bench-corpus.jsonl";
  write_jsonl(corpus, jsonl);
  auto started = ChronoNode::start(options.chrono_script, options.chrono_dir, jsonl);
  if (auto* node = std::get_if<ChronoNode>(&started)) comparison.chrono.emplace(std::move(*node));
  else comparison.chrono_skipped_because = std::get<std::string>(started);
}

Comparison compare(const Options& options, const NewsCorpus& corpus) {
  Comparison result;
  std::optional<annals::TemporalTagger> tagger;
  result.load = time_runs(1, [&] { tagger.emplace(annals::TemporalTagger::load(annals::data_directory())); })
                    .front();
  result.annals_rss_before_tagging = peak_rss_bytes();
  auto one_pass = time_runs(1, [&] { result.timexes = tag_corpus(*tagger, corpus); }).front();  // warm-up
  if (options.chrono) start_chrono(options, corpus, result);
  const auto tag_passes = [&](int count) {
    return time_runs(1, [&] { for (int i = 0; i < count; ++i) tag_corpus(*tagger, corpus); }).front();
  };
  Seconds window = first_window;
  for (int r = 0; r < options.runs; ++r) {
    const int passes = result.annals_passes_last_round = passes_to_fill(window, one_pass);
    Round round;
    const auto before = tag_passes(passes / 2);
    if (result.chrono) round.chrono_pass = result.chrono->timed_pass();
    const auto after = tag_passes(passes - passes / 2);
    one_pass = round.annals_per_pass = (before + after) / passes;
    if (round.chrono_pass) window = *round.chrono_pass;
    result.rounds.push_back(round);
  }
  result.annals_rss_peak = peak_rss_bytes();
  if (result.chrono) result.chrono_rss_peak = result.chrono->finish();
  return result;
}

double mib(std::size_t bytes) { return static_cast<double>(bytes) / bytes_per_mebibyte; }

void print_rounds(const NewsCorpus& corpus, const Comparison& c) {
  std::printf("%-6s %14s %18s %8s\n", "round", "annals MiB/s", "chrono-node MiB/s", "ratio");
  std::vector<double> ratios;
  for (std::size_t r = 0; r < c.rounds.size(); ++r) {
    const auto& round = c.rounds[r];
    const double annals = mebibytes_per_second(corpus.bytes(), round.annals_per_pass);
    if (!round.chrono_pass) {
      std::printf("%-6zu %14.2f\n", r + 1, annals);
      continue;
    }
    const double chrono = mebibytes_per_second(c.chrono->bytes(), *round.chrono_pass);
    ratios.push_back(annals / chrono);
    std::printf("%-6zu %14.2f %18.2f %7.1fx\n", r + 1, annals, chrono, ratios.back());
  }
  if (ratios.empty()) {
    std::printf("chrono-node: skipped: %s\n", c.chrono_skipped_because.c_str());
    return;
  }
  const double ratio = median(ratios);
  std::printf("annals / chrono-node throughput: %.1fx, the median of the rounds' ratios (%.1f-%.1fx) "
              "(target >= %.0fx: %s)\n",
              ratio, *std::min_element(ratios.begin(), ratios.end()), *std::max_element(ratios.begin(), ratios.end()),
              target_ratio, ratio >= target_ratio ? "met" : "NOT MET");
}

void print_row(const char* name, std::size_t bytes, const std::vector<Seconds>& runs, std::size_t found,
               std::size_t rss) {
  std::printf("%-20s %10.2f %10.3f %6zu %12zu %10.1f\n", name, mebibytes_per_second(bytes, median(runs)),
              median(runs).count(), runs.size(), found, mib(rss));
}

void print_report(const NewsCorpus& corpus, const Comparison& c) {
  std::vector<Seconds> annals_runs, chrono_runs;
  for (const auto& round : c.rounds) {
    annals_runs.push_back(round.annals_per_pass);
    if (round.chrono_pass) chrono_runs.push_back(*round.chrono_pass);
  }
  std::printf("%-20s %10s %10s %6s %12s %10s\n", "tagger", "MiB/s", "median s", "rounds", "expressions",
              "peak MiB");
  print_row("annals", corpus.bytes(), annals_runs, c.timexes, c.annals_rss_peak);
  std::printf("  (annals: rules loaded in %.3f s; peak RSS before tagging, corpus included: %.1f MiB;\n"
              "   %d passes in the last round, half before and half after chrono-node's pass)\n",
              c.load.count(), mib(c.annals_rss_before_tagging), c.annals_passes_last_round);
  if (c.chrono && !chrono_runs.empty()) {
    const std::string name = "chrono-node " + c.chrono->version();
    print_row(name.c_str(), c.chrono->bytes(), chrono_runs, c.chrono->expressions(), c.chrono_rss_peak);
  }
  print_rounds(corpus, c);
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
  print_report(corpus, compare(options, corpus));
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
