// Back/forward through the windows the analyst looked at, like a browser's history.
#pragma once

#include "annals/view/time_mapping.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace annals::view {

class ViewHistory {
 public:
  // Records `window` as the newest view; drops anything "forward" of the current one.
  void push(const TimeWindow& window);
  std::optional<TimeWindow> back();
  std::optional<TimeWindow> forward();
  bool can_go_back() const { return current_ > 0; }
  bool can_go_forward() const { return current_ + 1 < windows_.size(); }

 private:
  static constexpr std::size_t capacity = 200;
  std::vector<TimeWindow> windows_;
  std::size_t current_ = 0;
};

}  // namespace annals::view
