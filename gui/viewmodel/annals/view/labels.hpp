// Label placement: labels never overlap, and when space is short the most important keep
// their place. Greedy by importance over a few stacked levels; each level keeps its
// placed intervals in an ordered map, so a frame with n candidates costs O(n log n).
#pragma once

#include <cstdint>
#include <vector>

namespace annals::view {

struct LabelCandidate {
  float x = 0;          // left edge wanted
  float width = 0;
  float importance = 0; // higher wins
  std::uint32_t key = 0;  // caller's reference (event index, mark number, ...)
};

struct PlacedLabel {
  std::uint32_t key = 0;
  float x = 0;
  float width = 0;  // may be less than asked near the right edge: draw clipped to it
  int level = 0;    // 0 is nearest to the mark
};

// Labels squeezed by the right edge are kept, shortened, down to this width.
inline constexpr float min_label_width = 60.0f;

// Places what fits within [left, right) on `levels` rows with at least `gap` pixels between
// labels; candidates that fit nowhere are left out. A label running past `right` is
// shortened to end there (if at least min_label_width remains). Ties go to the earlier (leftmost) one.
std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates, int levels,
                                      float gap, float left, float right);

}  // namespace annals::view
