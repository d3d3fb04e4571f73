// Mark painting (see mark_painting.hpp). A bar is a translucent fill with a solid edge where
// its boundary is known; an uncertain side fades out instead of ending in an edge.
#include "annals/formats/picture/mark_painting.hpp"

#include <algorithm>

namespace annals::formats::picture {

namespace {

constexpr std::uint8_t fill_alpha = 110;
constexpr std::uint8_t strong_alpha = 210;
constexpr std::uint8_t faint_alpha = 18;
constexpr std::uint8_t diamond_alpha = 235;
constexpr float edge_width = 2;
constexpr float stem_height = 2;
constexpr float tilde_size = 15;

// A bar cut by the window's edge ends in a notch pointing out of the picture instead of
// a solid edge, which would claim the range begins or ends there.
void paint_cut(Drawing& drawing, const Box& body, bool at_start, Colour colour) {
  const float cy = (body.y0 + body.y1) / 2;
  const float depth = body.height() / 2;
  const float x = at_start ? body.x0 : body.x1;
  const float inner = at_start ? x + depth : x - depth;
  drawing.polygon({{x, cy}, {inner, body.y0}, {inner, body.y1}}, colour);
}

void paint_bar(Drawing& drawing, const MarkStyle& style, const MarkGeometry& geometry, Colour colour) {
  const auto& body = geometry.body;
  const Colour strong = colour.with_alpha(strong_alpha);
  const Colour faint = colour.with_alpha(faint_alpha);
  const float edge = std::min(edge_width, body.width() / 2);
  const bool start_edge = !geometry.cut_at_start;
  const bool end_edge = !geometry.cut_at_end;
  switch (style.fade) {
    case Fade::None:
      drawing.rect(body, colour.with_alpha(fill_alpha));
      if (start_edge) drawing.rect({body.x0, body.y0, body.x0 + edge, body.y1}, colour);
      if (end_edge) drawing.rect({body.x1 - edge, body.y0, body.x1, body.y1}, colour);
      break;
    case Fade::TowardEnd:
      drawing.gradient(body, strong, faint);
      if (start_edge) drawing.rect({body.x0, body.y0, body.x0 + edge, body.y1}, colour);
      break;
    case Fade::TowardStart:
      drawing.gradient(body, faint, strong);
      if (end_edge) drawing.rect({body.x1 - edge, body.y0, body.x1, body.y1}, colour);
      break;
    case Fade::BothEnds: {
      const float middle = (body.x0 + body.x1) / 2;
      drawing.gradient({body.x0, body.y0, middle, body.y1}, faint, strong);
      drawing.gradient({middle, body.y0, body.x1, body.y1}, strong, faint);
      break;
    }
  }
}

void paint_diamond(Drawing& drawing, const Box& body, Colour colour) {
  const float cx = (body.x0 + body.x1) / 2;
  const float cy = (body.y0 + body.y1) / 2;
  drawing.polygon({{cx, body.y0}, {body.x1, cy}, {cx, body.y1}, {body.x0, cy}}, colour.with_alpha(diamond_alpha));
}

// BEFORE: a stem and a head pointing left from the mark's start; AFTER: to the right of its end.
void paint_arrow(Drawing& drawing, const Box& body, const Box& extent, bool pointing_left, Colour colour) {
  const float cy = (body.y0 + body.y1) / 2;
  const float head = body.height() / 2;
  const float tip = pointing_left ? extent.x0 : extent.x1;
  const float base = pointing_left ? tip + head : tip - head;
  const float near = pointing_left ? body.x0 : body.x1;
  drawing.rect({std::min(base, near), cy - stem_height / 2, std::max(base, near), cy + stem_height / 2}, colour);
  drawing.polygon({{tip, cy}, {base, cy - head}, {base, cy + head}}, colour);
}

}  // namespace

void paint_mark(Drawing& drawing, const MarkStyle& style, const MarkGeometry& geometry, Colour colour) {
  if (style.shape == MarkShape::Diamond) {
    paint_diamond(drawing, geometry.body, colour);
  } else {
    paint_bar(drawing, style, geometry, colour);
    if (geometry.cut_at_start) paint_cut(drawing, geometry.body, true, colour);
    if (geometry.cut_at_end) paint_cut(drawing, geometry.body, false, colour);
  }
  switch (style.bound) {
    case Bound::Before: paint_arrow(drawing, geometry.body, geometry.extent, true, colour); break;
    case Bound::After: paint_arrow(drawing, geometry.body, geometry.extent, false, colour); break;
    case Bound::Approximate: {
      const float cy = (geometry.body.y0 + geometry.body.y1) / 2;
      drawing.text({{geometry.extent.x0, cy + tilde_size * 0.3f}, tilde_size, colour, "~", TextAnchor::Start});
      break;
    }
    case Bound::Exact: break;
  }
}

}  // namespace annals::formats::picture
