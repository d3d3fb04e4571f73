// Mark drawing (see mark_painter.hpp). Bars narrower than a few pixels keep a minimum
// width so that nothing present disappears.
#include "mark_painter.hpp"

#include "palette.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace annals::viewer {

namespace {

constexpr float min_bar_width = 3.0f;
constexpr float faded_alpha = 0.12f;
constexpr float tail_px = 22.0f;      // length of the "before"/"after" pointer
constexpr float outline = 1.5f;

ImU32 faded(ImU32 colour) { return palette::with_alpha(colour, faded_alpha); }

void paint_bar(Canvas& draw, const view::ViewEvent& event, const MarkBox& box, ImU32 colour) {
  const float x0 = box.x0;
  const float x1 = std::max(box.x1, box.x0 + min_bar_width);
  const ImVec2 a{x0, box.y0};
  const ImVec2 b{x1, box.y1};
  const bool fuzzy_both = event.portion == Portion::Mid || event.bound == view::Bound::About;
  if (fuzzy_both) {
    const float middle = (x0 + x1) / 2;
    draw.AddRectFilledMultiColor(a, {middle, box.y1}, faded(colour), colour, colour, faded(colour));
    draw.AddRectFilledMultiColor({middle, box.y0}, b, colour, faded(colour), faded(colour), colour);
  } else if (event.portion == Portion::Early) {
    draw.AddRectFilledMultiColor(a, b, colour, faded(colour), faded(colour), colour);
  } else if (event.portion == Portion::Late) {
    draw.AddRectFilledMultiColor(a, b, faded(colour), colour, colour, faded(colour));
  } else {
    draw.AddRectFilled(a, b, colour);
  }
}

void paint_day(Canvas& draw, const MarkBox& box, ImU32 colour) {
  const float cx = (box.x0 + box.x1) / 2;
  const float cy = (box.y0 + box.y1) / 2;
  const float r = (box.y1 - box.y0) / 2 + 1;
  // When a day is wide on screen, show the whole day faintly behind the diamond.
  if (box.x1 - box.x0 > 4 * r) draw.AddRectFilled({box.x0, box.y0}, {box.x1, box.y1}, faded(colour));
  draw.AddQuadFilled({cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}, colour);
}

void paint_bound(Canvas& draw, const view::ViewEvent& event, const MarkBox& box, ImU32 colour) {
  const float cy = (box.y0 + box.y1) / 2;
  const float h = (box.y1 - box.y0) / 2 + 1;
  if (event.bound == view::Bound::Before) {
    const float x = box.x0 - 2;
    draw.AddRectFilledMultiColor({x - tail_px, cy - 1}, {x, cy + 1}, faded(colour), colour, colour, faded(colour));
    draw.AddTriangleFilled({x - tail_px - h, cy}, {x - tail_px, cy - h}, {x - tail_px, cy + h}, colour);
  } else if (event.bound == view::Bound::After) {
    const float x = std::max(box.x1, box.x0 + min_bar_width) + 2;
    draw.AddRectFilledMultiColor({x, cy - 1}, {x + tail_px, cy + 1}, colour, faded(colour), faded(colour), colour);
    draw.AddTriangleFilled({x + tail_px + h, cy}, {x + tail_px, cy - h}, {x + tail_px, cy + h}, colour);
  } else if (event.bound == view::Bound::About) {
    draw.AddText({box.x0 - ImGui::CalcTextSize("~").x - 2, box.y0 - 4}, colour, "~");
  }
}

void paint_state(Canvas& draw, const MarkBox& box, MarkState state) {
  if (state == MarkState::Normal) return;
  const ImU32 colour = state == MarkState::Selected ? palette::selection : palette::hover;
  draw.AddRect({box.x0 - 2, box.y0 - 2}, {std::max(box.x1, box.x0 + min_bar_width) + 2, box.y1 + 2},
               colour, 0.0f, 0, outline);
}

}  // namespace

void paint_event(Canvas& draw, const view::ViewEvent& event, const MarkBox& box, ImU32 colour,
                 MarkState state) {
  if (event.granularity == Granularity::Day && event.portion == Portion::Whole)
    paint_day(draw, box, colour);
  else
    paint_bar(draw, event, box, colour);
  paint_bound(draw, event, box, colour);
  paint_state(draw, box, state);
}

void paint_folded(Canvas& draw, const MarkBox& box, std::uint32_t count, ImU32 colour,
                  MarkState state) {
  // Denser runs are drawn more opaque: zoomed far out, a lane reads as a density strip.
  constexpr float density_scale = 0.18f;
  const float alpha = std::clamp(0.35f + density_scale * std::log10(static_cast<float>(count)), 0.35f, 1.0f);
  const float x1 = std::max(box.x1, box.x0 + min_bar_width);
  draw.AddRectFilled({box.x0, box.y0}, {x1, box.y1}, palette::with_alpha(colour, alpha));
  draw.AddRect({box.x0, box.y0}, {x1, box.y1}, palette::folded);
  const std::string text = std::to_string(count);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  if (x1 - box.x0 > size.x + 4)
    draw.AddText({box.x0 + 2, (box.y0 + box.y1 - size.y) / 2}, palette::label_text, text.c_str());
  paint_state(draw, box, state);
}

void paint_legend_sample(Canvas& draw, const view::ViewEvent& example, const MarkBox& box) {
  paint_event(draw, example, box, palette::type_colour("legend"), MarkState::Normal);
}

}  // namespace annals::viewer
