// Summaries of benchmark runs and the process's own memory figures.
#include "measurement.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <stdexcept>

namespace annals::bench {

Seconds median(std::vector<Seconds> times) {
  if (times.empty()) throw std::invalid_argument("median of no runs");
  const auto middle = times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2);
  std::nth_element(times.begin(), middle, times.end());
  return *middle;
}

double mebibytes_per_second(std::size_t bytes, Seconds time) {
  return static_cast<double>(bytes) / bytes_per_mebibyte / time.count();
}

std::size_t peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  constexpr std::size_t bytes_per_kilobyte = 1024;  // Linux reports ru_maxrss in KiB
  return static_cast<std::size_t>(usage.ru_maxrss) * bytes_per_kilobyte;
}

const char* build_type() { return ANNALS_BENCH_BUILD_TYPE; }

}  // namespace annals::bench
