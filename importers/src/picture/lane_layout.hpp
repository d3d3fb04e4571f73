// Internal to the report layout: lanes, their rows, and the marks and labels in them.
#pragma once

#include "annals/formats/picture/report_layout.hpp"

namespace annals::formats::picture {

struct LaneFrame {
  Box plot;           // marks area
  float gutter_left;  // lane names start here
  float row_height;
  float lane_padding;  // above and below a lane's rows
  float max_label_width;
};

// Rows per lane: each lane at least one, the rest of `capacity` given one at a time to the
// lane that lacks the largest share of what it needs.
std::vector<std::size_t> allocate_rows(const std::vector<std::size_t>& needed, std::size_t capacity);

// At most this many events get marks of their own; each lane gets its share (at least
// `min_lane_marks`), the rest of a lane fold into its density strip.
constexpr std::size_t max_individual_marks = 4000;
constexpr std::size_t min_lane_marks = 200;

// Fills out.lanes, out.marks, out.labels, out.density, out.unlabelled and out.folded.
void layout_lanes(std::vector<Lane> lanes, const std::vector<Event>& events, const LaneFrame& frame,
                  const TextMeasure& measure, ReportLayout& out);

}  // namespace annals::formats::picture
