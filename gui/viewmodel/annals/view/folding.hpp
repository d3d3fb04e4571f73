// Turns the visible part of a track into a short list of marks to draw. Items that would
// be drawn closer than `min_pixels` fold into one mark carrying their count, and the
// walk jumps over a folded run with a binary search, so the work per frame follows the
// pixels on screen, not the number of events (the Tracy approach).
#pragma once

#include "annals/view/lanes.hpp"
#include "annals/view/time_mapping.hpp"

#include <cstdint>
#include <vector>

namespace annals::view {

inline constexpr float default_fold_pixels = 3.0f;

struct Mark {
  DayCoord first = 0;
  DayCoord end = 0;
  EventIndex event = 0;     // the first event of the mark (the only one when count == 1)
  std::uint32_t count = 1;  // events folded into this mark
  bool folded() const { return count > 1; }
};

// Appends the marks of `track` visible through `mapping` to `out`.
void fold_visible(const Timeline& timeline, const Track& track, const TimeMapping& mapping,
                  float min_pixels, std::vector<Mark>& out);

}  // namespace annals::view
