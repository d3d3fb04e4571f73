// Internal to the report layout: the legend explaining each kind of mark the picture uses
// (day and span always; fades, "~" and arrows when some event needs them), laid out left to
// right and wrapped into lines.
#pragma once

#include "annals/formats/picture/report_layout.hpp"

namespace annals::formats::picture {

struct LegendFrame {
  float left;
  float right;
  float line_height;
};

struct LegendLayout {
  std::vector<LegendEntry> entries;  // y relative to the legend's top
  std::size_t lines = 0;
};

LegendLayout layout_legend(const std::vector<Event>& events, const LegendFrame& frame, const TextMeasure& measure,
                           const Typography& type, const MarkMetrics& metrics);

}  // namespace annals::formats::picture
