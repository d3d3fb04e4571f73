// Browser-like view history (see view_history.hpp).
#include "annals/view/view_history.hpp"

#include <cmath>
#include <iterator>

namespace annals::view {

namespace {
bool same(const TimeWindow& a, const TimeWindow& b) {
  constexpr double tolerance = 1e-9;
  return std::fabs(a.first - b.first) < tolerance && std::fabs(a.end - b.end) < tolerance;
}
}  // namespace

void ViewHistory::push(const TimeWindow& window) {
  if (!windows_.empty()) {
    if (same(windows_[current_], window)) return;
    windows_.erase(windows_.begin() + static_cast<std::ptrdiff_t>(current_) + 1, windows_.end());
  }
  windows_.push_back(window);
  if (windows_.size() > capacity) windows_.erase(windows_.begin());
  current_ = windows_.size() - 1;
}

std::optional<TimeWindow> ViewHistory::back() {
  if (!can_go_back()) return std::nullopt;
  return windows_[--current_];
}

std::optional<TimeWindow> ViewHistory::forward() {
  if (!can_go_forward()) return std::nullopt;
  return windows_[++current_];
}

}  // namespace annals::view
