// The report frame (see report_layout.hpp): header at the top, legend and note at the bottom,
// the calendar axis above them, lane names in a gutter on the left and the lanes in the rest.
// Everything is measured with the same TextMeasure the backend draws with.
#include "annals/formats/picture/report_layout.hpp"

#include "lane_layout.hpp"
#include "report_legend.hpp"

#include "annals/text_hash.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace annals::formats::picture {

namespace {

struct FrameMetrics {
  float margin = 24;
  float title_gap = 22;       // title baseline to subtitle baseline
  float header_gap = 16;      // subtitle baseline to the lanes
  float axis_height = 40;     // tick labels and their context
  float axis_gap = 10;        // axis to legend
  float line_height = 22;     // legend and note lines
  float min_gutter = 80;
  float max_gutter_share = 0.2f;
  float gutter_padding = 20;
  float tick_spacing = 56;    // fine tick labels at least this far apart
  float row_height = 20;
  float lane_padding = 5;
  float max_label_width = 560;
  float max_label_share = 0.4f;  // of the plot's width
};

float gutter_width(const std::vector<Lane>& lanes, const ReportOptions& options, const TextMeasure& measure,
                   const ReportLayout& out, const FrameMetrics& frame) {
  float widest = 0;
  for (const auto& lane : lanes) widest = std::max(widest, measure.width(lane.name, out.type.lane));
  const float most = static_cast<float>(options.width) * frame.max_gutter_share;
  return std::clamp(widest + frame.gutter_padding, frame.min_gutter, std::max(frame.min_gutter, most));
}

std::string lanes_note(const ReportLayout& out, LaneKey key, std::size_t events) {
  std::string note = "Lanes by " + std::string(key == LaneKey::Type ? "event type" : to_string(key)) + " \u00b7 " +
                     std::to_string(events) + (events == 1 ? " event" : " events");
  if (out.folded > 0)
    note += " \u00b7 " + std::to_string(out.folded) + " less important events drawn as a density strip (darker: more)";
  if (out.unlabelled > 0)
    note += " \u00b7 " + std::to_string(out.unlabelled) + (out.unlabelled == 1 ? " label" : " labels") +
            " left out for lack of room (the least important ones)";
  return note;
}

// A tick label that would run into the previous one or past `limit` stays blank; its tick
// and grid line remain.
void clear_crowded_labels(std::vector<Tick>& ticks, const ReportLayout& out, const TextMeasure& measure, float limit) {
  constexpr float min_gap = 6;
  float free_from = out.plot.x0 - out.tick_label_offset;
  for (auto& tick : ticks) {
    const float x = out.scale.x(tick.day) + out.tick_label_offset;
    const float end = x + measure.width(tick.label, out.type.axis);
    if (x < free_from || end > limit) {
      tick.label.clear();
      continue;
    }
    free_from = end + min_gap;
  }
}

// Among equally important events, an order unrelated to date (FNV-1a of title and value,
// stable across runs): when only some can have a label or a mark of their own, they are
// spread over the whole span instead of all being the earliest.
std::uint64_t tie_breaker(const Event& event) {
  return fnv1a(event.when.value, fnv1a(event.title));
}

}  // namespace

std::vector<std::size_t> by_importance(const std::vector<Event>& events) {
  std::vector<std::size_t> order(events.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::vector<std::uint64_t> spread(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) spread[i] = tie_breaker(events[i]);
  const auto key = [&](std::size_t i) {
    const auto& e = events[i];
    return std::make_tuple(-static_cast<long>(e.sources.size()), e.when.range.granularity,
                           e.when.range.portion != Portion::Whole, !e.when.mod.empty(), spread[i], i);
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

ReportLayout layout_report(const std::vector<Event>& events, const DocumentTitles& titles,
                           const ReportOptions& options, const TextMeasure& measure) {
  const FrameMetrics frame;
  ReportLayout out;
  out.width = options.width;
  out.height = options.height;
  const auto width = static_cast<float>(options.width);
  const auto height = static_cast<float>(options.height);
  const float right = width - frame.margin;

  out.title = {fit_text(measure, options.title, out.type.title, right - frame.margin),
               {frame.margin, frame.margin + out.type.title * 0.8f}};
  out.subtitle = {fit_text(measure, options.subtitle, out.type.subtitle, right - frame.margin),
                  {frame.margin, out.title.baseline.y + frame.title_gap}};

  out.note.baseline = {frame.margin, height - frame.margin};
  const auto legend = layout_legend(events, {frame.margin, right, frame.line_height}, measure, out.type, out.metrics);
  const float legend_top = out.note.baseline.y - frame.line_height * static_cast<float>(legend.lines + 1);
  for (auto entry : legend.entries) {
    for (auto* box : {&entry.sample_geometry.body, &entry.sample_geometry.extent}) {
      box->y0 += legend_top;
      box->y1 += legend_top;
    }
    entry.baseline.y += legend_top;
    out.legend.push_back(entry);
  }

  auto lanes = assign_lanes(events, options.lanes, titles);
  const float gutter = gutter_width(lanes, options, measure, out, frame);
  out.plot = {frame.margin + gutter, out.subtitle.baseline.y + frame.header_gap, right,
              legend_top - frame.axis_gap - frame.axis_height};
  out.scale = TimeScale(report_window(events, options.from, options.to), out.plot.x0, out.plot.x1);
  out.ticks = calendar_ticks(out.scale, frame.tick_spacing);
  clear_crowded_labels(out.ticks.fine, out, measure, width - frame.margin / 2);
  clear_crowded_labels(out.ticks.context, out, measure, width - frame.margin / 2);
  out.fine_label_y = out.plot.y1 + out.type.axis + 6;
  out.context_label_y = out.fine_label_y + out.type.axis + 4;

  const float max_label = std::min(frame.max_label_width, out.plot.width() * frame.max_label_share);
  layout_lanes(std::move(lanes), events,
               {out.plot, frame.margin, frame.row_height, frame.lane_padding, max_label}, measure, out);
  for (auto& lane : out.lanes) lane.name = fit_text(measure, lane.full_name, out.type.lane, gutter - frame.gutter_padding);
  out.note.text = fit_text(measure, lanes_note(out, options.lanes, events.size()), out.type.legend, right - frame.margin);
  return out;
}

}  // namespace annals::formats::picture
