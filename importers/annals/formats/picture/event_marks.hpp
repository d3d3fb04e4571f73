// How one event looks on the timeline, from the precision of its date: a day is a diamond;
// a week, month, season or year is a bar over exactly those days; "early 2023" fades toward
// its uncertain end, "late 2023" toward its uncertain start, "mid-2023" and "about March"
// toward both; BEFORE / AFTER add an arrow pointing away from the known edge, APPROX a "~".
#pragma once

#include "annals/event.hpp"
#include "annals/formats/picture/drawing.hpp"
#include "annals/formats/picture/time_scale.hpp"

namespace annals::formats::picture {

enum class MarkShape { Diamond, Bar };
enum class Fade { None, TowardEnd, TowardStart, BothEnds };
enum class Bound { Exact, Approximate, Before, After };

struct MarkStyle {
  MarkShape shape = MarkShape::Diamond;
  Fade fade = Fade::None;
  Bound bound = Bound::Exact;

  friend bool operator==(const MarkStyle&, const MarkStyle&) = default;
};

MarkStyle mark_style(const When& when);

// Pixel sizes shared by the layout (which needs the extents) and the drawing.
struct MarkMetrics {
  float height = 12;         // bar and diamond height
  float min_bar_width = 3;   // a one-day bar at a wide zoom stays visible
  float arrow_length = 16;   // BEFORE / AFTER pointer
  float tilde_width = 10;    // room for the APPROX "~"
};

struct MarkGeometry {
  Box body;    // the diamond or the bar
  Box extent;  // the body with its arrow or "~"; nothing else may be drawn there
  bool cut_at_start = false;  // the range begins before the window: no edge drawn there
  bool cut_at_end = false;    // ... or ends after it
};

// A body with room for its arrow or "~" on the side the bound points to.
MarkGeometry with_decorations(const Box& body, Bound bound, const MarkMetrics& metrics);

// The mark of `range` in a row whose vertical centre is `centre_y`, clipped to the scale.
MarkGeometry mark_geometry(const DateRange& range, const MarkStyle& style, const TimeScale& scale,
                           float centre_y, const MarkMetrics& metrics);

}  // namespace annals::formats::picture
