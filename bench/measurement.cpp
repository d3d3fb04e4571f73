// Summaries of benchmark runs and the process's own memory figures.
#include "measurement.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace annals::bench {

namespace {

// The middle value; of an even count the mean of the two middle ones, so that neither the
// kinder nor the harsher of them is picked (a median of ratios must not favour either side).
template <typename Value>
Value middle_of(std::vector<Value> values) {
  if (values.empty()) throw std::invalid_argument("median of no runs");
  const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
  std::nth_element(values.begin(), middle, values.end());
  if (values.size() % 2 != 0) return *middle;
  const auto below = *std::max_element(values.begin(), middle);
  return (below + *middle) / 2;
}

}  // namespace

Seconds median(std::vector<Seconds> times) { return middle_of(std::move(times)); }
double median(std::vector<double> values) { return middle_of(std::move(values)); }

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
