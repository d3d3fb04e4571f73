// Turns the visible part of a track into a short list of marks to draw. Items that would
// be drawn closer than `min_pixels` fold into one mark carrying their count, and the
// walk jumps over a folded run with a binary search, so the work per frame follows the
// pixels on screen, not the number of events (the Tracy approach).
//
// Zoomed in, events of the same day start at the same pixel but each is wide on screen:
// folding them would hide events there is room to show. With stacking, such a run is
// unfolded into sub-rows (one event each, `Mark::stack`), up to a bound; the rest of
// the run folds into a last "+N" mark. Coarser, where a day is a few pixels, runs fold.
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
  std::uint8_t stack = 0;   // sub-row inside the track's row (0 unless a run was unfolded)
  bool folded() const { return count > 1; }
};

// When a run of events starting at (nearly) the same pixel unfolds into sub-rows.
struct Stacking {
  std::uint8_t max_rows = 1;   // 1: never stack (fold every run)
  float min_pixels = 12.0f;    // each event of the run must be at least this wide on screen
};
inline constexpr Stacking default_stacking{8, 12.0f};

// Appends the marks of `track` visible through `mapping` to `out`.
void fold_visible(const Timeline& timeline, const Track& track, const TimeMapping& mapping,
                  float min_pixels, std::vector<Mark>& out, Stacking stacking = {});

// The number of sub-rows `marks` use (1 when nothing was stacked).
std::size_t stack_depth(const std::vector<Mark>& marks);

}  // namespace annals::view
