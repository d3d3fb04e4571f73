// The drawing list of a timeline picture: plain rectangles, polygons and text in pixel
// coordinates, with groups for structure. The report layout produces one list; the SVG
// writer turns it into markup and the rasteriser into pixels, so the two outputs cannot
// drift apart.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace annals::formats::picture {

// Straight (not premultiplied) RGBA, 0..255.
struct Colour {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  std::uint8_t a = 255;

  Colour with_alpha(std::uint8_t alpha) const { return {r, g, b, alpha}; }
  friend bool operator==(const Colour&, const Colour&) = default;
};

struct Point {
  float x = 0;
  float y = 0;
};

// An axis-aligned box; x1/y1 are exclusive edges.
struct Box {
  float x0 = 0;
  float y0 = 0;
  float x1 = 0;
  float y1 = 0;

  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
  bool overlaps(const Box& other) const {
    return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
  }
};

// A filled box whose colour runs from `left` to `right` (equal colours: solid). The fade
// of an uncertain edge is a change of alpha along x.
struct RectShape {
  Box box;
  Colour left;
  Colour right;
};

// A filled convex polygon (diamond markers, before/after arrow heads).
struct PolygonShape {
  std::vector<Point> points;
  Colour fill;
};

enum class TextAnchor { Start, Middle, End };

// One line of UTF-8 text; `baseline` is where the anchor point sits on the baseline.
struct TextShape {
  Point baseline;
  float size = 0;  // pixel height of the em square
  Colour colour;
  std::string text;
  TextAnchor anchor = TextAnchor::Start;
};

// Opens a group (an SVG <g>): `css_class` names what it is ("lane", "event"), `tooltip`
// becomes its <title>. The raster backend ignores groups.
struct GroupStart {
  std::string css_class;
  std::string name;
  std::string tooltip;
};

struct GroupEnd {};

using DrawItem = std::variant<RectShape, PolygonShape, TextShape, GroupStart, GroupEnd>;

struct Drawing {
  int width = 0;
  int height = 0;
  Colour background{255, 255, 255, 255};
  std::vector<DrawItem> items;

  void rect(const Box& box, Colour colour) { items.emplace_back(RectShape{box, colour, colour}); }
  void gradient(const Box& box, Colour left, Colour right) {
    items.emplace_back(RectShape{box, left, right});
  }
  void polygon(std::vector<Point> points, Colour fill) {
    items.emplace_back(PolygonShape{std::move(points), fill});
  }
  void text(TextShape shape) { items.emplace_back(std::move(shape)); }
  void open(GroupStart group) { items.emplace_back(std::move(group)); }
  void close() { items.emplace_back(GroupEnd{}); }
};

}  // namespace annals::formats::picture
