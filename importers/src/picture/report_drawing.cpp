// Report painting (see report_drawing.hpp). Order matters: lane backgrounds, then the grid,
// then each lane's marks and labels (one group per lane), then axis, header and legend.
#include "annals/formats/picture/report_drawing.hpp"

#include "annals/formats/picture/mark_painting.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace annals::formats::picture {

namespace {

// Tableau 10: distinct hues that stay distinguishable in print and for most colour-blind
// readers; lanes beyond ten reuse them in order.
constexpr std::array<Colour, 10> lane_colours{{
    {78, 121, 167, 255}, {242, 142, 43, 255}, {225, 87, 89, 255}, {118, 183, 178, 255}, {89, 161, 79, 255},
    {237, 201, 72, 255}, {176, 122, 161, 255}, {255, 157, 167, 255}, {156, 117, 95, 255}, {186, 176, 172, 255},
}};
constexpr Colour ink{31, 41, 51, 255};
constexpr Colour muted_ink{96, 106, 118, 255};
constexpr Colour band_shade{244, 246, 249, 255};
constexpr Colour grid{226, 230, 235, 255};
constexpr Colour context_grid{184, 190, 198, 255};
constexpr Colour axis_ink{85, 92, 102, 255};
constexpr Colour legend_sample{96, 106, 118, 255};
constexpr float hairline = 1;
constexpr float fine_tick = 4;
constexpr float context_tick = 10;
constexpr float lane_name_padding = 8;

Colour lane_colour(std::size_t index) { return lane_colours[index % lane_colours.size()]; }

void paint_grid(Drawing& drawing, const ReportLayout& layout) {
  const auto& plot = layout.plot;
  for (std::size_t i = 0; i < layout.lanes.size(); i += 2) drawing.rect(layout.lanes[i].box, band_shade);
  for (const auto& tick : layout.ticks.fine) {
    const float x = layout.scale.x(tick.day);
    drawing.rect({x, plot.y0, x + hairline, plot.y1}, grid);
  }
  for (const auto& tick : layout.ticks.context) {
    const float x = layout.scale.x(tick.day);
    if (tick.day != layout.scale.window().first) drawing.rect({x, plot.y0, x + hairline, plot.y1}, context_grid);
  }
}

void paint_axis(Drawing& drawing, const ReportLayout& layout) {
  const auto& plot = layout.plot;
  drawing.open({"axis", "time axis", ""});
  drawing.rect({plot.x0, plot.y1, plot.x1, plot.y1 + hairline}, axis_ink);
  for (const auto& tick : layout.ticks.fine) {
    const float x = layout.scale.x(tick.day);
    drawing.rect({x, plot.y1, x + hairline, plot.y1 + fine_tick}, axis_ink);
    if (!tick.label.empty())
      drawing.text({{x + layout.tick_label_offset, layout.fine_label_y}, layout.type.axis, muted_ink, tick.label});
  }
  for (const auto& tick : layout.ticks.context) {
    const float x = layout.scale.x(tick.day);
    drawing.rect({x, plot.y1, x + hairline, plot.y1 + context_tick}, axis_ink);
    if (!tick.label.empty())
      drawing.text({{x + layout.tick_label_offset, layout.context_label_y}, layout.type.axis, ink, tick.label});
  }
  drawing.close();
}

// Runs of bins at the same shade become one box: a strip costs at most a few hundred items.
void paint_density(Drawing& drawing, const DensityStrip& strip, Colour colour) {
  constexpr int shades = 8;
  constexpr float lightest = 40;
  constexpr float darkest = 230;
  const auto most = *std::max_element(strip.counts.begin(), strip.counts.end());
  if (most == 0) return;
  const auto shade = [&](std::uint32_t count) {
    if (count == 0) return 0;
    return 1 + static_cast<int>(std::log1p(static_cast<double>(count)) / std::log1p(static_cast<double>(most)) * (shades - 1));
  };
  drawing.open({"density", "", std::to_string(strip.events) + " more events, drawn by density (darker: more)"});
  for (std::size_t b = 0; b < strip.counts.size();) {
    const int level = shade(strip.counts[b]);
    std::size_t end = b + 1;
    while (end < strip.counts.size() && shade(strip.counts[end]) == level) ++end;
    if (level > 0) {
      const float alpha = lightest + (darkest - lightest) * static_cast<float>(level - 1) / (shades - 1);
      const float x0 = strip.box.x0 + static_cast<float>(b) * strip.bin_width;
      const float x1 = std::min(strip.box.x1, strip.box.x0 + static_cast<float>(end) * strip.bin_width);
      drawing.rect({x0, strip.box.y0, x1, strip.box.y1}, colour.with_alpha(static_cast<std::uint8_t>(alpha)));
    }
    b = end;
  }
  drawing.close();
}

void paint_lane(Drawing& drawing, const ReportLayout& layout, std::size_t lane_index, const std::vector<Event>& events,
                const DocumentTitles& titles) {
  const auto& lane = layout.lanes[lane_index];
  const Colour colour = lane_colour(lane.colour);
  drawing.open({"lane", lane.full_name,
                lane.full_name + ": " + std::to_string(lane.events) + (lane.events == 1 ? " event" : " events")});
  // The name, and under it the count when the band has room for two lines.
  const float centre = (lane.box.y0 + lane.box.y1) / 2;
  const bool two_lines = lane.box.height() >= 2.5f * layout.type.lane + layout.type.legend;
  const float name_y = two_lines ? centre - 2 : centre + layout.type.lane * 0.36f;
  drawing.text({{lane.box.x0 + lane_name_padding, name_y}, layout.type.lane, ink, lane.name});
  if (two_lines)
    drawing.text({{lane.box.x0 + lane_name_padding, name_y + layout.type.legend + 3}, layout.type.legend - 1, muted_ink,
                  std::to_string(lane.events) + (lane.events == 1 ? " event" : " events")});
  drawing.rect({lane.box.x0, lane.box.y0, lane.box.x0 + 3, lane.box.y1}, colour);
  for (const auto& strip : layout.density)
    if (strip.lane == lane_index) paint_density(drawing, strip, colour);
  for (const auto& mark : layout.marks) {
    if (mark.lane != lane_index) continue;
    drawing.open({"event", events[mark.event].title, event_tooltip(events[mark.event], titles)});
    paint_mark(drawing, mark.style, mark.geometry, colour);
    drawing.close();
  }
  for (const auto& label : layout.labels)
    if (label.lane == lane_index) drawing.text({label.baseline, layout.type.label, ink, label.text});
  drawing.close();
}

void paint_legend(Drawing& drawing, const ReportLayout& layout) {
  drawing.open({"legend", "legend", ""});
  for (const auto& entry : layout.legend) {
    paint_mark(drawing, entry.sample, entry.sample_geometry, legend_sample);
    drawing.text({entry.baseline, layout.type.legend, ink, entry.text});
  }
  drawing.text({layout.note.baseline, layout.type.legend, muted_ink, layout.note.text});
  drawing.close();
}

}  // namespace

Drawing draw_report(const ReportLayout& layout, const std::vector<Event>& events, const DocumentTitles& titles) {
  Drawing drawing;
  drawing.width = layout.width;
  drawing.height = layout.height;
  paint_grid(drawing, layout);
  for (std::size_t l = 0; l < layout.lanes.size(); ++l) paint_lane(drawing, layout, l, events, titles);
  paint_axis(drawing, layout);
  drawing.open({"header", "header", ""});
  drawing.text({layout.title.baseline, layout.type.title, ink, layout.title.text});
  drawing.text({layout.subtitle.baseline, layout.type.subtitle, muted_ink, layout.subtitle.text});
  drawing.close();
  paint_legend(drawing, layout);
  return drawing;
}

}  // namespace annals::formats::picture
