// Days to pixels for a report. A day d occupies [x(d), x(d + 1)): ranges are drawn over
// whole days, so "March 2023" spans exactly from the start of 1 March to the end of 31 March.
#pragma once

#include "annals/event.hpp"

#include <date/date.h>

#include <optional>
#include <vector>

namespace annals::formats::picture {

// Whole days [first, end).
struct DayWindow {
  date::sys_days first;
  date::sys_days end;

  long days() const { return static_cast<long>((end - first).count()); }
};

// The days the events cover, widened by a margin on each side so marks at the edges do not
// touch the frame; --from/--to, when given, are the window as asked for.
DayWindow report_window(const std::vector<Event>& events, std::optional<date::sys_days> from,
                        std::optional<date::sys_days> to);

class TimeScale {
 public:
  TimeScale(DayWindow window, float left, float right);

  float x(date::sys_days day) const;           // the left edge of that day
  float x_end(date::sys_days last) const;      // the right edge of that (inclusive) day
  float pixels_per_day() const { return pixels_per_day_; }
  const DayWindow& window() const { return window_; }
  float left() const { return left_; }
  float right() const { return right_; }

 private:
  DayWindow window_;
  float left_;
  float right_;
  float pixels_per_day_;
};

}  // namespace annals::formats::picture
