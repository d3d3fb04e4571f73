// Time <-> pixel arithmetic; see time_mapping.hpp for the coordinate system.
#include "annals/view/time_mapping.hpp"

#include <algorithm>
#include <cmath>

namespace annals::view {

namespace {
constexpr double base_zoom_per_notch = 0.8;   // one notch in shows 80% of the span
constexpr double finer_zoom_per_notch = 0.95;
constexpr double faster_zoom_per_notch = 0.5;
}  // namespace

DayCoord to_coord(date::sys_days day) {
  return static_cast<DayCoord>(day.time_since_epoch().count());
}

TimeMapping::TimeMapping(TimeWindow window, float left, float width)
    : window_(window), left_(left), width_(std::max(width, 1.0f)) {
  clamp_zoom();
}

float TimeMapping::to_x(DayCoord day) const {
  return left_ + static_cast<float>((day - window_.first) / days_per_pixel());
}

DayCoord TimeMapping::to_day(float x) const {
  return window_.first + static_cast<double>(x - left_) * days_per_pixel();
}

void TimeMapping::set_strip(float left, float width) {
  left_ = left;
  width_ = std::max(width, 1.0f);
}

void TimeMapping::zoom_at(float x, double factor) {
  const DayCoord anchor = to_day(x);
  const double fraction = static_cast<double>(x - left_) / static_cast<double>(width_);
  const double length = std::clamp(window_.length() * factor, min_visible_days, max_visible_days);
  window_.first = anchor - fraction * length;
  window_.end = window_.first + length;
}

void TimeMapping::pan_pixels(float dx) {
  const double shift = static_cast<double>(dx) * days_per_pixel();
  window_.first -= shift;
  window_.end -= shift;
}

void TimeMapping::fit(DayCoord first, DayCoord end, double margin) {
  const double length = std::max(end - first, min_visible_days);
  window_.first = first - length * margin;
  window_.end = first + length * (1.0 + margin);
  clamp_zoom();
}

void TimeMapping::clamp_zoom() {
  const double length = window_.length();
  const double clamped = std::clamp(length, min_visible_days, max_visible_days);
  if (clamped == length) return;
  const DayCoord middle = window_.first + length / 2;
  window_.first = middle - clamped / 2;
  window_.end = middle + clamped / 2;
}

double wheel_zoom_factor(float wheel_notches, WheelModifiers modifiers) {
  double per_notch = base_zoom_per_notch;
  if (modifiers.finer) per_notch = finer_zoom_per_notch;
  if (modifiers.faster) per_notch = faster_zoom_per_notch;
  // Positive notches (wheel up) zoom in.
  return std::pow(per_notch, static_cast<double>(wheel_notches));
}

}  // namespace annals::view
