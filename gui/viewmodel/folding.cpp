// Folding walk. For the item at i, every item starting within `min_pixels` of it joins
// its mark; lower_bound finds the first that does not, so a run of a million tiny items
// costs one binary search per mark. Unfolding a run into sub-rows looks at no more than
// `max_rows` of its items, so it keeps that bound.
#include "annals/view/folding.hpp"

#include <algorithm>

namespace annals::view {

namespace {

// Whether the first rows of a run (those that would get a sub-row each) are all wide
// enough on screen to be told apart when stacked.
bool stackable(const std::vector<ViewEvent>& events, const Track& track, std::size_t position,
               std::size_t count, Stacking stacking, double days_per_pixel) {
  if (stacking.max_rows <= 1 || count <= 1) return false;
  const std::size_t shown = std::min<std::size_t>(count, stacking.max_rows);
  for (std::size_t k = 0; k < shown; ++k) {
    const ViewEvent& event = events[track.items[position + k]];
    if ((event.end - event.first) / days_per_pixel < static_cast<double>(stacking.min_pixels)) return false;
  }
  return true;
}

// One mark per event of the run, each in its own sub-row; past max_rows the remainder
// folds into the last sub-row.
void push_stacked(const std::vector<ViewEvent>& events, const Track& track, std::size_t position,
                  std::size_t count, DayCoord run_end, Stacking stacking, std::vector<Mark>& out) {
  const std::size_t single = count <= stacking.max_rows ? count : stacking.max_rows - 1u;
  for (std::size_t k = 0; k < single; ++k) {
    const EventIndex index = track.items[position + k];
    out.push_back({events[index].first, events[index].end, index, 1, static_cast<std::uint8_t>(k)});
  }
  if (single == count) return;
  const EventIndex rest = track.items[position + single];
  out.push_back({events[rest].first, run_end, rest, static_cast<std::uint32_t>(count - single),
                 static_cast<std::uint8_t>(single)});
}

}  // namespace

void fold_visible(const Timeline& timeline, const Track& track, const TimeMapping& mapping,
                  float min_pixels, std::vector<Mark>& out, Stacking stacking) {
  if (track.empty()) return;
  const auto& events = timeline.events();
  const TimeWindow& window = mapping.window();
  const double fold_days = static_cast<double>(min_pixels) * mapping.days_per_pixel();
  const auto begin = track.starts.begin();
  // Items starting up to max_length before the window may still reach into it.
  auto i = std::lower_bound(begin, track.starts.end(), window.first - track.max_length);
  const auto stop = std::lower_bound(i, track.starts.end(), window.end);
  while (i < stop) {
    const auto position = static_cast<std::size_t>(i - begin);
    const ViewEvent& first = events[track.items[position]];
    const auto next = std::lower_bound(i + 1, stop, *i + fold_days);
    const auto count = static_cast<std::size_t>(next - i);
    const ViewEvent& last = events[track.items[position + count - 1]];
    const DayCoord end = std::max({first.end, last.end, *i + (count > 1 ? fold_days : 0.0)});
    if (end > window.first) {
      if (stackable(events, track, position, count, stacking, mapping.days_per_pixel()))
        push_stacked(events, track, position, count, end, stacking, out);
      else
        out.push_back({first.first, end, track.items[position], static_cast<std::uint32_t>(count)});
    }
    i = next;
  }
}

std::size_t stack_depth(const std::vector<Mark>& marks) {
  std::size_t depth = 1;
  for (const Mark& mark : marks) depth = std::max<std::size_t>(depth, mark.stack + 1u);
  return depth;
}

}  // namespace annals::view
