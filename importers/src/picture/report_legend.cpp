// Legend entries (see report_legend.hpp).
#include "report_legend.hpp"

#include <algorithm>
#include <array>

namespace annals::formats::picture {

namespace {

struct LegendKind {
  MarkStyle sample;
  const char* text;
  bool (*shown)(const MarkStyle& used);
};

bool always(const MarkStyle&) { return true; }

constexpr std::array<LegendKind, 8> kinds{{
    {{MarkShape::Diamond, Fade::None, Bound::Exact}, "a day", always},
    {{MarkShape::Bar, Fade::None, Bound::Exact}, "a week, month, season or year: the bar covers it", always},
    {{MarkShape::Bar, Fade::TowardEnd, Bound::Exact}, "early in a period: end uncertain",
     [](const MarkStyle& s) { return s.fade == Fade::TowardEnd; }},
    {{MarkShape::Bar, Fade::TowardStart, Bound::Exact}, "late in a period: start uncertain",
     [](const MarkStyle& s) { return s.fade == Fade::TowardStart; }},
    {{MarkShape::Bar, Fade::BothEnds, Bound::Exact}, "mid-period: both edges uncertain",
     [](const MarkStyle& s) { return s.fade == Fade::BothEnds && s.bound != Bound::Approximate; }},
    {{MarkShape::Bar, Fade::BothEnds, Bound::Approximate}, "approximate (\"about\")",
     [](const MarkStyle& s) { return s.bound == Bound::Approximate; }},
    {{MarkShape::Diamond, Fade::None, Bound::Before}, "before the date",
     [](const MarkStyle& s) { return s.bound == Bound::Before; }},
    {{MarkShape::Diamond, Fade::None, Bound::After}, "after the date",
     [](const MarkStyle& s) { return s.bound == Bound::After; }},
}};

constexpr float sample_width = 48;  // room for a bar and an arrow or "~"
constexpr float bar_width = 28;
constexpr float text_gap = 6;
constexpr float entry_gap = 24;
constexpr float baseline_share = 0.36f;

// The sample's body inside its slot, leaving the arrow or "~" room on its side.
Box sample_body(const MarkStyle& style, float x, float centre, const MarkMetrics& metrics) {
  const float body_width = style.shape == MarkShape::Bar ? bar_width : metrics.height;
  float x0 = x + (sample_width - body_width) / 2;
  if (style.bound == Bound::Before || style.bound == Bound::Approximate) x0 = x + sample_width - body_width - 2;
  if (style.bound == Bound::After) x0 = x + 2;
  const float half = metrics.height / 2;
  return {x0, centre - half, x0 + body_width, centre + half};
}

}  // namespace

LegendLayout layout_legend(const std::vector<Event>& events, const LegendFrame& frame, const TextMeasure& measure,
                           const Typography& type, const MarkMetrics& metrics) {
  std::vector<MarkStyle> used;
  for (const auto& event : events)
    if (const auto style = mark_style(event.when); std::find(used.begin(), used.end(), style) == used.end())
      used.push_back(style);
  LegendLayout legend;
  legend.lines = 1;
  float x = frame.left;
  for (const auto& kind : kinds) {
    if (kind.shown != always && std::none_of(used.begin(), used.end(), kind.shown)) continue;
    const float entry_width = sample_width + text_gap + measure.width(kind.text, type.legend);
    if (x > frame.left && x + entry_width > frame.right) {
      ++legend.lines;
      x = frame.left;
    }
    const float centre = (static_cast<float>(legend.lines) - 0.5f) * frame.line_height;
    legend.entries.push_back({kind.sample, with_decorations(sample_body(kind.sample, x, centre, metrics), kind.sample.bound, metrics), kind.text,
                              {x + sample_width + text_gap, centre + type.legend * baseline_share}});
    x += entry_width + entry_gap;
  }
  return legend;
}

}  // namespace annals::formats::picture
