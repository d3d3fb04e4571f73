// Where everything in a timeline picture goes, computed from the filtered events alone:
// header (title and filter), lanes with their names, marks and non-overlapping labels, the
// calendar axis and the legend. A pure function of its inputs, so tests can check the
// geometry without drawing, and both backends draw the same picture.
#pragma once

#include "annals/event.hpp"
#include "annals/formats/picture/calendar_ticks.hpp"
#include "annals/formats/picture/event_marks.hpp"
#include "annals/formats/picture/label_packing.hpp"
#include "annals/formats/picture/report_lanes.hpp"
#include "annals/formats/picture/text_measure.hpp"
#include "annals/formats/picture/time_scale.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace annals::formats::picture {

struct ReportOptions {
  int width = 1600;
  int height = 900;
  LaneKey lanes = LaneKey::Type;
  std::string title;     // first header line
  std::string subtitle;  // second header line: what was selected
  std::optional<date::sys_days> from;  // the window asked for, if any
  std::optional<date::sys_days> to;
};

// Text sizes in pixels per em.
struct Typography {
  float title = 22;
  float subtitle = 13;
  float lane = 13;
  float label = 12;
  float axis = 12;
  float legend = 12;
};

struct LaneBand {
  std::string name;   // as shown: shortened to fit the gutter
  std::string full_name;
  Box box;            // the whole band, gutter included
  std::size_t colour = 0;
  std::size_t events = 0;
};

struct PlacedMark {
  std::size_t event = 0;  // index into the events given
  std::size_t lane = 0;
  MarkStyle style;
  MarkGeometry geometry;
};

struct PlacedLabel {
  std::size_t event = 0;
  std::size_t lane = 0;
  std::string text;
  Box box;
  Point baseline;
  bool inside_bar = false;
};

// Events past a lane's share of individual marks (the least important), drawn as a strip
// whose darkness follows how many events cover each column: cost and file size stay bounded
// however many events are selected.
struct DensityStrip {
  std::size_t lane = 0;
  Box box;
  float bin_width = 2;
  std::vector<std::uint32_t> counts;  // events covering each bin, left to right
  std::size_t events = 0;
};

struct LegendEntry {
  MarkStyle sample;
  MarkGeometry sample_geometry;
  std::string text;
  Point baseline;
};

struct PlacedText {
  std::string text;
  Point baseline;
};

struct ReportLayout {
  int width = 0;
  int height = 0;
  Typography type;
  MarkMetrics metrics;
  PlacedText title;
  PlacedText subtitle;
  Box plot;  // where marks go (right of the lane names)
  TimeScale scale{{}, 0, 1};
  AxisTicks ticks;
  float fine_label_y = 0;     // baselines of the two axis rows
  float context_label_y = 0;
  float tick_label_offset = 3;  // a tick's label starts this far right of it
  std::vector<LaneBand> lanes;
  std::vector<PlacedMark> marks;
  std::vector<PlacedLabel> labels;
  std::vector<DensityStrip> density;
  std::vector<LegendEntry> legend;
  PlacedText note;             // lanes explained, and how many labels had no room
  std::size_t unlabelled = 0;  // marks drawn without their label
  std::size_t folded = 0;      // events drawn in density strips, not as marks
};

ReportLayout layout_report(const std::vector<Event>& events, const DocumentTitles& titles,
                           const ReportOptions& options, const TextMeasure& measure);

// Most important first: more sources, then finer precision, then exact before bounded;
// ties in an order unrelated to the date, so that what gets room is spread over the span.
// Labels are placed, and marks kept out of density strips, in this order.
std::vector<std::size_t> by_importance(const std::vector<Event>& events);

}  // namespace annals::formats::picture
