// Calendar-aligned tick generation. Years and months are stepped with date's calendar
// types (months have unequal lengths, so a month step is not a fixed number of days);
// days and hours are stepped arithmetically on the day coordinate.
#include "annals/view/axis_ticks.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace annals::view {

namespace {

constexpr double hours_per_day = 24.0;
constexpr double days_per_month = 30.44;   // average, only to pick a step
constexpr double days_per_year = 365.25;   // average, only to pick a step
constexpr int months_per_year = 12;
constexpr std::size_t max_ticks = 400;     // a guard: never produce more labels than this

// Candidate steps, finest first.
constexpr std::array<TickStep, 22> steps{{
    {TickUnit::Hour, 1},    {TickUnit::Hour, 3},    {TickUnit::Hour, 6},
    {TickUnit::Hour, 12},   {TickUnit::Day, 1},     {TickUnit::Day, 2},
    {TickUnit::Day, 7},     {TickUnit::Month, 1},   {TickUnit::Month, 3},
    {TickUnit::Month, 6},   {TickUnit::Year, 1},    {TickUnit::Year, 2},
    {TickUnit::Year, 5},    {TickUnit::Year, 10},   {TickUnit::Year, 20},
    {TickUnit::Year, 50},   {TickUnit::Year, 100},  {TickUnit::Year, 200},
    {TickUnit::Year, 500},  {TickUnit::Year, 1000}, {TickUnit::Year, 2000},
    {TickUnit::Year, 5000},
}};

double approximate_days(TickStep step) {
  switch (step.unit) {
    case TickUnit::Hour: return step.count / hours_per_day;
    case TickUnit::Day: return step.count;
    case TickUnit::Month: return step.count * days_per_month;
    case TickUnit::Year: break;
  }
  return step.count * days_per_year;
}

constexpr std::array<const char*, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

date::year_month_day ymd_of(DayCoord day) {
  return date::year_month_day{date::sys_days{date::days{static_cast<int>(std::floor(day))}}};
}

int floor_to_multiple(int value, int step) {
  const int q = value / step;
  return (value % step != 0 && value < 0 ? q - 1 : q) * step;
}

void add_year_ticks(const TimeWindow& window, int step, std::vector<Tick>& out) {
  int year = floor_to_multiple(static_cast<int>(ymd_of(window.first).year()), step);
  for (; out.size() < max_ticks; year += step) {
    const DayCoord day = to_coord(date::sys_days{date::year{year} / 1 / 1});
    if (day >= window.end) break;
    if (day >= window.first) out.push_back({day, year_label(year), year % (step * 10) == 0});
  }
}

void add_month_ticks(const TimeWindow& window, int step, std::vector<Tick>& out) {
  const auto first = ymd_of(window.first);
  int index = static_cast<int>(first.year()) * months_per_year +
              static_cast<int>(static_cast<unsigned>(first.month())) - 1;
  index = floor_to_multiple(index, step);
  for (; out.size() < max_ticks; index += step) {
    const int year = floor_to_multiple(index, months_per_year) / months_per_year;
    const int month = index - year * months_per_year;
    const DayCoord day = to_coord(
        date::sys_days{date::year{year} / date::month{static_cast<unsigned>(month + 1)} / 1});
    if (day >= window.end) break;
    if (day < window.first) continue;
    const bool new_year = month == 0;
    out.push_back({day, new_year ? year_label(year) : month_names[static_cast<std::size_t>(month)],
                   new_year});
  }
}

void add_fixed_ticks(const TimeWindow& window, TickStep step, std::vector<Tick>& out) {
  const double length = approximate_days(step);
  // Weeks start on Monday: 1970-01-05 was a Monday, the epoch a Thursday.
  const double phase = step.unit == TickUnit::Day && step.count == 7 ? 4.0 : 0.0;
  double day = std::floor((window.first - phase) / length) * length + phase;
  const TickUnit label_unit = step.unit;
  for (; day < window.end && out.size() < max_ticks; day += length) {
    if (day < window.first) continue;
    const auto ymd = ymd_of(day);
    const bool midnight = std::fabs(day - std::floor(day)) < 1e-9;
    const bool major = midnight && static_cast<unsigned>(ymd.day()) == 1;
    out.push_back({day, format_coord(day, midnight && label_unit == TickUnit::Hour ? TickUnit::Day
                                                                                   : label_unit),
                   major || (label_unit == TickUnit::Hour && midnight)});
  }
}

}  // namespace

TickStep choose_tick_step(double days_per_pixel, float min_spacing_px) {
  const double wanted_days = days_per_pixel * static_cast<double>(min_spacing_px);
  for (const TickStep& step : steps)
    if (approximate_days(step) >= wanted_days) return step;
  return steps.back();
}

std::vector<Tick> axis_ticks(const TimeWindow& window, TickStep step) {
  std::vector<Tick> ticks;
  switch (step.unit) {
    case TickUnit::Year: add_year_ticks(window, step.count, ticks); break;
    case TickUnit::Month: add_month_ticks(window, step.count, ticks); break;
    case TickUnit::Day:
    case TickUnit::Hour: add_fixed_ticks(window, step, ticks); break;
  }
  return ticks;
}

std::vector<Tick> axis_ticks(const TimeMapping& mapping, float min_spacing_px) {
  return axis_ticks(mapping.window(), choose_tick_step(mapping.days_per_pixel(), min_spacing_px));
}

std::string year_label(int astronomical_year) {
  if (astronomical_year > 0) return std::to_string(astronomical_year);
  return std::to_string(1 - astronomical_year) + " BCE";
}

std::string format_coord(DayCoord day, TickUnit precision) {
  const auto ymd = ymd_of(day);
  const std::string year = year_label(static_cast<int>(ymd.year()));
  const auto month = month_names[static_cast<unsigned>(ymd.month()) - 1];
  switch (precision) {
    case TickUnit::Year: return year;
    case TickUnit::Month: return std::string(month) + " " + year;
    case TickUnit::Day:
      return std::to_string(static_cast<unsigned>(ymd.day())) + " " + month + " " + year;
    case TickUnit::Hour: break;
  }
  const int hour = static_cast<int>(std::lround((day - std::floor(day)) * hours_per_day)) % 24;
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:00", hour);
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " + month + " " + year + " " + clock;
}

}  // namespace annals::view
