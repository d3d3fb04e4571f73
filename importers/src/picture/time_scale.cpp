// Report window and day -> pixel mapping (see time_scale.hpp).
#include "annals/formats/picture/time_scale.hpp"

#include <algorithm>

namespace annals::formats::picture {

namespace {

// A twentieth of the span on each side, at least one day: marks at the edges stay clear of
// the frame and their labels have somewhere to go.
constexpr long margin_fraction = 20;
constexpr long min_margin_days = 1;

}  // namespace

DayWindow report_window(const std::vector<Event>& events, std::optional<date::sys_days> from,
                        std::optional<date::sys_days> to) {
  if (from && to) return {*from, *to + date::days{1}};
  date::sys_days first = from.value_or(date::sys_days::max());
  date::sys_days last = to.value_or(date::sys_days::min());
  for (const auto& event : events) {
    if (!from) first = std::min(first, event.when.range.first);
    if (!to) last = std::max(last, event.when.range.last);
  }
  if (first == date::sys_days::max() && last == date::sys_days::min()) {
    // Nothing to show: an axis around today rather than none at all.
    const auto today = date::floor<date::days>(std::chrono::system_clock::now());
    first = today;
    last = today;
  }
  if (first == date::sys_days::max()) first = last;
  if (last == date::sys_days::min()) last = first;
  const long span = static_cast<long>((last - first).count()) + 1;
  const date::days margin{std::max(min_margin_days, span / margin_fraction)};
  return {from ? first : first - margin, to ? last + date::days{1} : last + date::days{1} + margin};
}

TimeScale::TimeScale(DayWindow window, float left, float right)
    : window_(window), left_(left), right_(right),
      pixels_per_day_((right - left) / static_cast<float>(std::max(1L, window.days()))) {}

float TimeScale::x(date::sys_days day) const {
  return left_ + static_cast<float>((day - window_.first).count()) * pixels_per_day_;
}

float TimeScale::x_end(date::sys_days last) const { return x(last + date::days{1}); }

}  // namespace annals::formats::picture
