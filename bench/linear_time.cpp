// `annals_bench_linear`: the tagger must run in linear time on every input (issue 3), so
// this tags each pathological input (bench/pathological_inputs.hpp) at 1x, 2x, 4x and 8x a
// base size and checks that the time per byte does not grow with the size. Timing belongs
// here and not in the unit tests: a loaded CI machine would make timed asserts flaky.
// Exits 1 when some input grows worse than linearly (beyond the noise tolerance).
#include "measurement.hpp"
#include "news_corpus.hpp"
#include "pathological_inputs.hpp"

#include "annals/data_dir.hpp"
#include "annals/temporal/tagger.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

namespace {

using namespace annals::bench;

constexpr std::array scales{1, 2, 4, 8};
// Default base size: the largest input is then the "10 MB line".
constexpr std::size_t default_base_bytes = 10 * mebibyte / 8;
// Time per byte at 8x may exceed the 1x figure by this factor before we call it superlinear:
// the machine is shared, and caches favour small inputs. Quadratic growth would show 8.
constexpr double tolerated_growth = 3.0;
// An input that takes longer than this is reported as a failure instead of waited for.
constexpr Seconds time_budget{60.0};
// Every size is tagged this many times, the sizes taking turns, and the fastest pass counts:
// noise on a shared machine only adds time, and taking turns spreads it over all sizes.
constexpr int rounds = 5;
// An input tagged faster than this at 1x fits in the caches and flatters the small sizes
// (measured: digits at 1 MiB run 5x faster per byte than at 8 MiB, and flat from there on);
// its base is doubled, up to max_base_doublings times, until 1x takes this long.
constexpr Seconds cache_free_time{0.05};
constexpr int max_base_doublings = 4;

struct Subject {
  const annals::TemporalTagger& tagger;
  annals::TaggingContext context;  // the reference article's publication date
  std::string prose;               // the reference article, for the long line
};

Seconds time_once(const Subject& subject, const std::string& text, std::size_t& found) {
  return time_runs(1, [&] { found = subject.tagger.tag(text, subject.context).size(); }).front();
}

std::size_t calibrated_base(const Subject& subject, PathologicalKind kind, std::size_t base) {
  std::size_t found = 0;
  for (int i = 0; i < max_base_doublings; ++i) {
    if (time_once(subject, make_pathological(kind, base, subject.prose), found) >= cache_free_time) break;
    base *= 2;
  }
  return base;
}

// Prints one row and returns whether the time per byte stayed within the tolerance.
bool check_kind(const Subject& subject, PathologicalKind kind, std::size_t default_base) {
  const auto base = calibrated_base(subject, kind, default_base);
  std::printf("%-22s %6.2f", std::string(to_string(kind)).c_str(), static_cast<double>(base) / bytes_per_mebibyte);
  std::fflush(stdout);
  std::array<std::string, scales.size()> texts;
  for (std::size_t i = 0; i < scales.size(); ++i)
    texts[i] = make_pathological(kind, base * static_cast<std::size_t>(scales[i]), subject.prose);
  std::array<Seconds, scales.size()> best;
  best.fill(Seconds::max());
  std::size_t found_at_8x = 0;
  for (int round = 0; round < rounds; ++round) {
    for (std::size_t i = 0; i < scales.size(); ++i) {
      const auto time = time_once(subject, texts[i], found_at_8x);
      if (time > time_budget) {
        std::printf("  FAIL: over the %.0f s budget at %dx\n", time_budget.count(), scales[i]);
        return false;
      }
      best[i] = std::min(best[i], time);
    }
  }
  for (const auto time : best) std::printf(" %9.4f", time.count());
  const double growth = best.back() / (scales.back() * best.front());
  const bool linear = growth <= tolerated_growth;
  std::printf(" %9.1f %9zu %7.2f  %s\n", mebibytes_per_second(texts.back().size(), best.back()),
              found_at_8x, growth, linear ? "linear" : "FAIL: superlinear");
  return linear;
}

int run(std::size_t base) {
  const auto tagger = annals::TemporalTagger::load(annals::data_directory());
  const auto reference = reference_document();
  const Subject subject{tagger, {reference.published}, reference.text};
  std::printf("Linear time on pathological inputs, build type %s; default base size %.2f MiB\n",
              build_type(), static_cast<double>(base) / bytes_per_mebibyte);
  std::printf("%-22s %6s %9s %9s %9s %9s %9s %9s %7s\n", "input", "1x MiB", "1x s", "2x s", "4x s", "8x s",
              "8x MiB/s", "8x timex", "growth");
  bool all_linear = true;
  for (const auto kind : all_pathological_kinds()) all_linear &= check_kind(subject, kind, base);
  std::printf("growth = (time per byte at 8x) / (time per byte at 1x); linear when <= %.1f\n"
              "(1x MiB: the base, doubled for inputs tagged in under %.0f ms so caches do not flatter it)\n",
              tolerated_growth, cache_free_time.count() * 1000);
  return all_linear ? EXIT_SUCCESS : EXIT_FAILURE;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t base = default_base_bytes;
  if (argc == 3 && std::string_view(argv[1]) == "--base-kib") {
    base = static_cast<std::size_t>(std::max(1, std::atoi(argv[2]))) * 1024;
  } else if (argc != 1) {
    std::cerr << "usage: annals_bench_linear [--base-kib N]   (default: 1280, so 8x is 10 MiB)\n";
    return 2;
  }
  try {
    return run(base);
  } catch (const std::exception& e) {
    std::cerr << "annals_bench_linear: " << e.what() << '\n';
    return EXIT_FAILURE;
  }
}
