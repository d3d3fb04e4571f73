// Folding walk. For the item at i, every item starting within `min_pixels` of it joins
// its mark; lower_bound finds the first that does not, so a run of a million tiny items
// costs one binary search per mark.
#include "annals/view/folding.hpp"

#include <algorithm>

namespace annals::view {

void fold_visible(const Timeline& timeline, const Track& track, const TimeMapping& mapping,
                  float min_pixels, std::vector<Mark>& out) {
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
    if (end > window.first)
      out.push_back({first.first, end, track.items[position], static_cast<std::uint32_t>(count)});
    i = next;
  }
}

}  // namespace annals::view
