// Mark styles and geometry (see event_marks.hpp).
#include "annals/formats/picture/event_marks.hpp"

#include <algorithm>

namespace annals::formats::picture {

namespace {

Bound bound_of(std::string_view mod) {
  if (mod == "APPROX") return Bound::Approximate;
  if (mod == "BEFORE" || mod == "ON_OR_BEFORE" || mod == "LESS_THAN") return Bound::Before;
  if (mod == "AFTER" || mod == "ON_OR_AFTER" || mod == "MORE_THAN") return Bound::After;
  return Bound::Exact;
}

Fade fade_of(Portion portion, Bound bound) {
  switch (portion) {
    case Portion::Early: return Fade::TowardEnd;
    case Portion::Late: return Fade::TowardStart;
    case Portion::Mid: return Fade::BothEnds;
    case Portion::Whole: break;
  }
  return bound == Bound::Approximate ? Fade::BothEnds : Fade::None;
}

}  // namespace

MarkStyle mark_style(const When& when) {
  const auto& range = when.range;
  MarkStyle style;
  style.bound = bound_of(when.mod);
  style.fade = fade_of(range.portion, style.bound);
  const bool one_day = range.first == range.last && range.portion == Portion::Whole;
  // An approximate day is a short span of uncertainty, drawn as a faded bar over that day.
  style.shape = one_day && style.fade == Fade::None ? MarkShape::Diamond : MarkShape::Bar;
  return style;
}

MarkGeometry with_decorations(const Box& body, Bound bound, const MarkMetrics& metrics) {
  MarkGeometry geometry{body, body, false, false};
  switch (bound) {
    case Bound::Before: geometry.extent.x0 -= metrics.arrow_length; break;
    case Bound::After: geometry.extent.x1 += metrics.arrow_length; break;
    case Bound::Approximate: geometry.extent.x0 -= metrics.tilde_width; break;
    case Bound::Exact: break;
  }
  return geometry;
}

MarkGeometry mark_geometry(const DateRange& range, const MarkStyle& style, const TimeScale& scale,
                           float centre_y, const MarkMetrics& metrics) {
  const float half_height = metrics.height / 2;
  const float y0 = centre_y - half_height;
  const float y1 = centre_y + half_height;
  const float start = std::clamp(scale.x(range.first), scale.left(), scale.right());
  const float end = std::clamp(scale.x_end(range.last), scale.left(), scale.right());
  const float middle = (start + end) / 2;
  const float half_width =
      style.shape == MarkShape::Diamond ? half_height : std::max(end - start, metrics.min_bar_width) / 2;
  auto geometry = with_decorations({middle - half_width, y0, middle + half_width, y1}, style.bound, metrics);
  geometry.cut_at_start = range.first < scale.window().first;
  geometry.cut_at_end = range.last >= scale.window().end;
  return geometry;
}

}  // namespace annals::formats::picture
