// Lanes, rows, marks and labels (see lane_layout.hpp). Two passes: the first packs each lane
// with as many rows as the plot could hold to learn what it needs, the second packs it again
// in the rows it was given, so crowded lanes get the room and quiet ones stay slim. A lane
// with folded events gives its last row to the density strip.
#include "lane_layout.hpp"

#include <algorithm>
#include <cmath>

namespace annals::formats::picture {

namespace {

struct LaneItems {
  std::vector<std::size_t> events;  // most important first
  std::vector<PackItem> items;
  std::vector<std::string> labels;
  std::vector<std::size_t> folded;  // past the lane's share of marks
};

constexpr float density_bin_width = 2;

std::string label_text(const Event& event) { return event.title.empty() ? event.type : event.title; }

LaneItems lane_items(const Lane& lane, std::size_t share, const std::vector<std::size_t>& rank,
                     const std::vector<Event>& events, const LaneFrame& frame, const TextMeasure& measure,
                     const ReportLayout& out) {
  LaneItems lane_items;
  lane_items.events = lane.events;
  std::sort(lane_items.events.begin(), lane_items.events.end(),
            [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
  if (lane_items.events.size() > share) {
    lane_items.folded.assign(lane_items.events.begin() + static_cast<std::ptrdiff_t>(share), lane_items.events.end());
    lane_items.events.resize(share);
  }
  for (const auto index : lane_items.events) {
    const auto& event = events[index];
    const auto style = mark_style(event.when);
    auto text = fit_text(measure, label_text(event), out.type.label, frame.max_label_width);
    const float width = measure.width(text, out.type.label);
    lane_items.items.push_back({mark_geometry(event.when.range, style, out.scale, 0, out.metrics), width,
                                style.shape == MarkShape::Bar});
    lane_items.labels.push_back(std::move(text));
  }
  return lane_items;
}

Box shifted(Box box, float dy) { return {box.x0, box.y0 + dy, box.x1, box.y1 + dy}; }

void place_lane(std::size_t lane_index, const LaneItems& lane, const LanePacking& packing, float rows_top,
                const std::vector<Event>& events, const LaneFrame& frame, ReportLayout& out) {
  for (std::size_t i = 0; i < lane.events.size(); ++i) {
    const auto& packed = packing.items[i];
    const float centre = rows_top + (static_cast<float>(packed.row) + 0.5f) * frame.row_height;
    const auto style = mark_style(events[lane.events[i]].when);
    auto mark = lane.items[i].mark;
    mark.body = shifted(mark.body, centre);
    mark.extent = shifted(mark.extent, centre);
    out.marks.push_back({lane.events[i], lane_index, style, mark});
    if (!packed.label) {
      ++out.unlabelled;
      continue;
    }
    const float half = frame.row_height / 2;
    constexpr float baseline_share = 0.36f;  // of the em: puts the x-height on the row's centre
    out.labels.push_back({lane.events[i], lane_index, lane.labels[i],
                          {packed.label_x, centre - half, packed.label_x + lane.items[i].label_width, centre + half},
                          {packed.label_x, centre + out.type.label * baseline_share},
                          *packed.label == LabelSide::Inside});
  }
}

// Counts per bin with a difference array: linear in events plus bins, however wide the bars.
DensityStrip density_strip(std::size_t lane, const std::vector<std::size_t>& folded, const std::vector<Event>& events,
                           const TimeScale& scale, Box box) {
  DensityStrip strip{lane, box, density_bin_width, {}, folded.size()};
  const auto bins = static_cast<std::size_t>(std::ceil(box.width() / density_bin_width));
  std::vector<long> change(bins + 1, 0);
  const auto bin_of = [&](float x) {
    return std::min(bins, static_cast<std::size_t>(std::max(0.0f, (x - box.x0) / density_bin_width)));
  };
  for (const auto index : folded) {
    const auto& range = events[index].when.range;
    const auto first = std::min(bin_of(scale.x(range.first)), bins - 1);
    const auto end = std::max(first + 1, bin_of(std::ceil(scale.x_end(range.last))));
    ++change[first];
    --change[end];
  }
  long running = 0;
  for (std::size_t b = 0; b < bins; ++b) {
    running += change[b];
    strip.counts.push_back(static_cast<std::uint32_t>(running));
  }
  return strip;
}

// Each lane's share of the individual marks, in proportion to its events.
std::size_t mark_share(const Lane& lane, std::size_t total_events) {
  const double share = static_cast<double>(max_individual_marks) * static_cast<double>(lane.events.size()) /
                       static_cast<double>(std::max<std::size_t>(1, total_events));
  return std::max(min_lane_marks, static_cast<std::size_t>(share));
}

PackingRules packing_rules(const LaneFrame& frame) {
  PackingRules rules;
  rules.left = frame.plot.x0;
  rules.right = frame.plot.x1;
  return rules;
}

}  // namespace

std::vector<std::size_t> allocate_rows(const std::vector<std::size_t>& needed, std::size_t capacity) {
  std::vector<std::size_t> rows(needed.size(), 1);
  for (std::size_t used = rows.size(); used < capacity; ++used) {
    std::optional<std::size_t> neediest;
    double largest_lack = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (rows[i] >= needed[i]) continue;
      const double lack = static_cast<double>(needed[i] - rows[i]) / static_cast<double>(needed[i]);
      if (!neediest || lack > largest_lack) {
        neediest = i;
        largest_lack = lack;
      }
    }
    if (!neediest) break;
    ++rows[*neediest];
  }
  return rows;
}

void layout_lanes(std::vector<Lane> lanes, const std::vector<Event>& events, const LaneFrame& frame,
                  const TextMeasure& measure, ReportLayout& out) {
  const float lane_minimum = frame.row_height + 2 * frame.lane_padding;
  merge_small_lanes(lanes, std::max<std::size_t>(1, static_cast<std::size_t>(frame.plot.height() / lane_minimum)));
  if (lanes.empty()) return;
  const auto order = by_importance(events);
  std::vector<std::size_t> rank(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;

  const auto lane_count = static_cast<float>(lanes.size());
  const auto capacity = static_cast<std::size_t>(
      std::max(0.0f, (frame.plot.height() - lane_count * 2 * frame.lane_padding) / frame.row_height));
  const auto rules = packing_rules(frame);
  std::vector<LaneItems> items;
  std::vector<std::size_t> needed;
  for (const auto& lane : lanes) {
    items.push_back(lane_items(lane, mark_share(lane, events.size()), rank, events, frame, measure, out));
    const std::size_t strip_rows = items.back().folded.empty() ? 0 : 1;
    needed.push_back(std::max<std::size_t>(1, pack_lane(items.back().items, capacity, rules).rows_used + strip_rows));
  }
  const auto rows = allocate_rows(needed, capacity);
  float used = 0;
  for (const auto r : rows) used += static_cast<float>(r) * frame.row_height + 2 * frame.lane_padding;
  const float extra = std::max(0.0f, frame.plot.height() - used) / lane_count;
  float top = frame.plot.y0;
  for (std::size_t l = 0; l < lanes.size(); ++l) {
    const float rows_height = static_cast<float>(rows[l]) * frame.row_height;
    const float height = rows_height + 2 * frame.lane_padding + extra;
    out.lanes.push_back({lanes[l].name, lanes[l].name, {frame.gutter_left, top, frame.plot.x1, top + height}, l,
                         lanes[l].events.size()});
    const float rows_top = top + (height - rows_height) / 2;
    const bool strip = !items[l].folded.empty();
    const std::size_t mark_rows = strip && rows[l] > 1 ? rows[l] - 1 : rows[l];
    place_lane(l, items[l], pack_lane(items[l].items, mark_rows, rules), rows_top, events, frame, out);
    if (strip) {
      const float strip_top = rows_top + static_cast<float>(rows[l] - 1) * frame.row_height;
      const float inset = (frame.row_height - out.metrics.height) / 2;
      out.density.push_back(density_strip(l, items[l].folded, events, out.scale,
                                          {frame.plot.x0, strip_top + inset, frame.plot.x1, strip_top + frame.row_height - inset}));
      out.folded += items[l].folded.size();
    }
    top += height;
  }
}

}  // namespace annals::formats::picture
