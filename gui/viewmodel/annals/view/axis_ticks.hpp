// Ticks for the time axis. The step adapts to the zoom, from millennia down to hours,
// always landing on calendar boundaries (1 January, the 1st of a month, midnight), and
// years before 1 CE are labelled BCE.
#pragma once

#include "annals/view/time_mapping.hpp"

#include <string>
#include <vector>

namespace annals::view {

// The calendar unit a tick step counts in.
enum class TickUnit { Hour, Day, Month, Year };

struct TickStep {
  TickUnit unit = TickUnit::Year;
  int count = 1;  // e.g. 3 months, 10 years
};

struct Tick {
  DayCoord day = 0;
  std::string label;
  bool major = false;  // starts a coarser period (a new year on a month axis, ...)
};

// Smallest calendar step whose ticks are at least `min_spacing_px` apart.
TickStep choose_tick_step(double days_per_pixel, float min_spacing_px);

// Every tick of `step` inside `window`, in order.
std::vector<Tick> axis_ticks(const TimeWindow& window, TickStep step);

// Convenience: choose the step for `mapping` and list its ticks.
std::vector<Tick> axis_ticks(const TimeMapping& mapping, float min_spacing_px);

// "2023", "44 BCE" (astronomical year 0 is 1 BCE).
std::string year_label(int astronomical_year);

// A day coordinate as text at a precision fitting the step: "2023", "Mar 2023", "17 Mar 2023",
// "17 Mar 2023 06:00".
std::string format_coord(DayCoord day, TickUnit precision);

}  // namespace annals::view
