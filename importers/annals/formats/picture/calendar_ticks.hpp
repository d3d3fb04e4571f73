// Axis ticks on calendar boundaries: days, months or years, whichever leaves enough room
// between labels for the span shown. Two rows: fine ticks ("18", "Mar", "1990") and the
// context they sit in ("Sep 2023", "2023"). Years before 1 CE are labelled "44 BCE"
// (astronomical year -43), with no year 0.
#pragma once

#include "annals/formats/picture/time_scale.hpp"

#include <string>
#include <vector>

namespace annals::formats::picture {

enum class TickUnit { Day, Month, Year };

struct TickStep {
  TickUnit unit = TickUnit::Day;
  int count = 1;
};

struct Tick {
  date::sys_days day;  // the tick sits at the start of this day
  std::string label;
};

struct AxisTicks {
  TickStep step;
  std::vector<Tick> fine;     // every step
  std::vector<Tick> context;  // the month (day ticks) or year (month ticks) they belong to
};

// The smallest calendar step whose ticks are at least `min_spacing_px` apart.
TickStep choose_step(double pixels_per_day, float min_spacing_px);

AxisTicks calendar_ticks(const TimeScale& scale, float min_spacing_px);

// 2023 -> "2023", 0 -> "1 BCE", -43 -> "44 BCE".
std::string year_label(int astronomical_year);

}  // namespace annals::formats::picture
