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
#include <tuple>

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
// Repeat short measurements until they add up to this much, so timer noise stays small.
constexpr Seconds enough_time{0.3};
constexpr int min_runs = 3, max_runs = 30;

struct Measurement {
  Seconds time{};
  std::size_t timexes = 0;
  bool over_budget = false;
};

struct Subject {
  const annals::TemporalTagger& tagger;
  annals::TaggingContext context;  // the reference article's publication date
  std::string prose;               // the reference article, for the long line
};

Measurement measure(const Subject& subject, const std::string& text) {
  const auto& [tagger, context] = std::tie(subject.tagger, subject.context);
  Measurement m;
  const auto first = time_runs(1, [&] { m.timexes = tagger.tag(text, context).size(); }).front();
  if (first > time_budget) return {first, m.timexes, true};
  const int runs = std::clamp(static_cast<int>(enough_time / first), min_runs, max_runs);
  // The fastest run: on a shared machine noise only ever adds time.
  const auto times = time_runs(runs, [&] { tagger.tag(text, context); });
  m.time = *std::min_element(times.begin(), times.end());
  return m;
}

// Prints one row and returns whether the time per byte stayed within the tolerance.
bool check_kind(const Subject& subject, PathologicalKind kind, std::size_t base) {
  std::array<Measurement, scales.size()> at{};
  std::printf("%-22s", std::string(to_string(kind)).c_str());
  for (std::size_t i = 0; i < scales.size(); ++i) {
    const auto text = make_pathological(kind, base * static_cast<std::size_t>(scales[i]), subject.prose);
    at[i] = measure(subject, text);
    std::printf(" %9.4f", at[i].time.count());
    std::fflush(stdout);
    if (at[i].over_budget) {
      std::printf("  FAIL: over the %.0f s budget at %dx\n", time_budget.count(), scales[i]);
      return false;
    }
  }
  const double growth = at.back().time / (scales.back() * at.front().time);
  const bool linear = growth <= tolerated_growth;
  std::printf(" %9.1f %9zu %7.2f  %s\n", mebibytes_per_second(base * scales.back(), at.back().time),
              at.back().timexes, growth, linear ? "linear" : "FAIL: superlinear");
  return linear;
}

int run(std::size_t base) {
  const auto tagger = annals::TemporalTagger::load(annals::data_directory());
  const auto reference = reference_document();
  const Subject subject{tagger, {reference.published}, reference.text};
  std::printf("Linear time on pathological inputs, build type %s; base size %.2f MiB\n", build_type(),
              static_cast<double>(base) / bytes_per_mebibyte);
  std::printf("%-22s %9s %9s %9s %9s %9s %9s %7s\n", "input", "1x s", "2x s", "4x s", "8x s",
              "8x MiB/s", "8x timex", "growth");
  bool all_linear = true;
  for (const auto kind : all_pathological_kinds()) all_linear &= check_kind(subject, kind, base);
  std::printf("growth = (time per byte at 8x) / (time per byte at 1x); linear when <= %.1f\n",
              tolerated_growth);
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
