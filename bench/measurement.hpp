// Timing and memory numbers for the benchmarks: wall time of repeated runs summarised by
// the median (robust to the other processes sharing this machine), and the peak resident
// set size the kernel recorded for this process.
#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace annals::bench {

using Seconds = std::chrono::duration<double>;

// Runs `work` `runs` times and returns each run's wall time.
template <class Work>
std::vector<Seconds> time_runs(int runs, Work&& work) {
  std::vector<Seconds> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.emplace_back(std::chrono::steady_clock::now() - start);
  }
  return times;
}

// The median (of an even count, the mean of the two middle values); throws on none.
Seconds median(std::vector<Seconds> times);
double median(std::vector<double> values);  // of the rounds' ratios

constexpr std::size_t mebibyte = std::size_t{1} << 20;
constexpr double bytes_per_mebibyte = static_cast<double>(mebibyte);

double mebibytes_per_second(std::size_t bytes, Seconds time);

// Peak resident set size of this process so far (getrusage), in bytes.
std::size_t peak_rss_bytes();

// The build type this benchmark was compiled in; numbers from a Debug or sanitizer
// build mean little, so the reports print it.
const char* build_type();

}  // namespace annals::bench
