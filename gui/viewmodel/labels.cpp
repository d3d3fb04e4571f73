// Greedy label placement (see labels.hpp).
#include "annals/view/labels.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace annals::view {

namespace {

// Placed intervals of one level: start -> end, non-overlapping.
using Occupied = std::map<float, float>;

bool is_free(const Occupied& level, float from, float to) {
  auto after = level.lower_bound(from);
  if (after != level.end() && after->first < to) return false;
  if (after != level.begin() && std::prev(after)->second > from) return false;
  return true;
}

}  // namespace

std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates, int levels,
                                      float gap, float left, float right) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const LabelCandidate& a, const LabelCandidate& b) {
                     if (a.importance != b.importance) return a.importance > b.importance;
                     return a.x < b.x;
                   });
  std::vector<Occupied> occupied(static_cast<std::size_t>(std::max(levels, 0)));
  std::vector<PlacedLabel> placed;
  for (const LabelCandidate& candidate : candidates) {
    const float from = std::max(candidate.x, left);
    const float width = std::min(candidate.width, right - from);
    if (width < std::min(candidate.width, min_label_width)) continue;
    const float to = from + width + gap;
    for (std::size_t level = 0; level < occupied.size(); ++level) {
      if (!is_free(occupied[level], from, to)) continue;
      occupied[level].emplace(from, to);
      placed.push_back({candidate.key, from, width, static_cast<int>(level)});
      break;
    }
  }
  return placed;
}

}  // namespace annals::view
