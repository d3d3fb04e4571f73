// The one place where time becomes pixels and back. Time is a count of days since
// 1970-01-01 as a double (fractions are hours), so dates before 1900 and BCE are just
// negative numbers and a million-year zoom range never loses a day's precision.
#pragma once

#include <date/date.h>

namespace annals::view {

// A time coordinate: days since the Unix epoch (negative before 1970).
using DayCoord = double;

DayCoord to_coord(date::sys_days day);

// A half-open window of time [first, end).
struct TimeWindow {
  DayCoord first = 0;
  DayCoord end = 1;
  double length() const { return end - first; }
};

// Zoom bounds, chosen so the axis can go from a few hours to ten thousand years.
inline constexpr double min_visible_days = 1.0 / 8.0;
inline constexpr double max_visible_days = 366.0 * 20000.0;

// Maps a time window onto a horizontal strip of pixels [left, left + width).
class TimeMapping {
 public:
  TimeMapping() = default;
  TimeMapping(TimeWindow window, float left, float width);

  float to_x(DayCoord day) const;
  DayCoord to_day(float x) const;
  double days_per_pixel() const { return window_.length() / static_cast<double>(width_); }

  const TimeWindow& window() const { return window_; }
  float left() const { return left_; }
  float width() const { return width_; }
  void set_strip(float left, float width);

  // Multiplies the visible span by `factor` (< 1 zooms in), keeping the day under `x` fixed.
  void zoom_at(float x, double factor);
  // Moves the view by `dx` pixels (positive drags the content right: earlier times appear).
  void pan_pixels(float dx);
  // Shows exactly [first, end) plus `margin` of its length on each side.
  void fit(DayCoord first, DayCoord end, double margin = 0.02);

 private:
  void clamp_zoom();
  TimeWindow window_{};
  float left_ = 0;
  float width_ = 1;
};

// How much one wheel notch zooms: Ctrl finer, Shift faster (the Tracy convention).
struct WheelModifiers {
  bool finer = false;
  bool faster = false;
};
double wheel_zoom_factor(float wheel_notches, WheelModifiers modifiers);

}  // namespace annals::view
