// The rasteriser (see raster.hpp). Straight-alpha "over" blending onto an opaque canvas:
// dst = dst + (src - dst) * alpha * coverage.
#include "annals/formats/picture/raster.hpp"

#include <algorithm>
#include <cmath>

namespace annals::formats::picture {

namespace {

constexpr int channels = 4;
constexpr float full = 255.0f;
constexpr int supersamples = 4;  // per axis, for polygon edges

class Painter {
 public:
  Painter(Canvas& canvas, const TrueTypeFont& font) : canvas_(canvas), font_(font) {}

  void blend(int x, int y, Colour colour, float coverage) {
    if (x < 0 || y < 0 || x >= canvas_.width || y >= canvas_.height) return;
    const float alpha = static_cast<float>(colour.a) / full * coverage;
    if (alpha <= 0) return;
    auto* pixel = &canvas_.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(canvas_.width) +
                                 static_cast<std::size_t>(x)) * channels];
    const std::uint8_t source[3] = {colour.r, colour.g, colour.b};
    for (int c = 0; c < 3; ++c) {
      const float mixed = static_cast<float>(pixel[c]) + (static_cast<float>(source[c]) - static_cast<float>(pixel[c])) * alpha;
      pixel[c] = static_cast<std::uint8_t>(std::lround(std::clamp(mixed, 0.0f, full)));
    }
  }

  void operator()(const RectShape& rect) {
    const auto& b = rect.box;
    if (b.width() <= 0 || b.height() <= 0) return;
    const auto pixels = pixels_of(b);
    for (int y = pixels.top; y < pixels.bottom; ++y) {
      const float vertical = overlap(static_cast<float>(y), b.y0, b.y1);
      for (int x = pixels.left; x < pixels.right; ++x) {
        const float t = std::clamp((static_cast<float>(x) + 0.5f - b.x0) / b.width(), 0.0f, 1.0f);
        blend(x, y, mix(rect.left, rect.right, t), vertical * overlap(static_cast<float>(x), b.x0, b.x1));
      }
    }
  }

  void operator()(const PolygonShape& polygon) {
    if (polygon.points.size() < 3) return;
    Box bounds{polygon.points[0].x, polygon.points[0].y, polygon.points[0].x, polygon.points[0].y};
    for (const auto& p : polygon.points) {
      bounds = {std::min(bounds.x0, p.x), std::min(bounds.y0, p.y), std::max(bounds.x1, p.x), std::max(bounds.y1, p.y)};
    }
    const auto pixels = pixels_of(bounds);
    for (int y = pixels.top; y < pixels.bottom; ++y)
      for (int x = pixels.left; x < pixels.right; ++x) blend(x, y, polygon.fill, coverage(polygon.points, x, y));
  }

  void operator()(const TextShape& text) {
    if (text.text.empty()) return;
    Point origin = text.baseline;
    if (text.anchor != TextAnchor::Start) {
      const float width = font_.width(text.text, text.size);
      origin.x -= text.anchor == TextAnchor::Middle ? width / 2 : width;
    }
    font_.render(text.text, text.size, origin, [&](int x, int y, std::uint8_t coverage) {
      blend(x, y, text.colour, static_cast<float>(coverage) / full);
    });
  }

  void operator()(const GroupStart&) {}
  void operator()(const GroupEnd&) {}

 private:
  struct PixelBounds {
    int top, bottom, left, right;  // bottom and right exclusive
  };

  // The pixels a box touches, clipped to the canvas.
  PixelBounds pixels_of(const Box& box) const {
    return {std::max(0, static_cast<int>(std::floor(box.y0))), std::min(canvas_.height, static_cast<int>(std::ceil(box.y1))),
            std::max(0, static_cast<int>(std::floor(box.x0))), std::min(canvas_.width, static_cast<int>(std::ceil(box.x1)))};
  }

  // How much of the pixel [p, p + 1) lies in [from, to).
  static float overlap(float p, float from, float to) {
    return std::clamp(std::min(p + 1, to) - std::max(p, from), 0.0f, 1.0f);
  }

  static Colour mix(Colour a, Colour b, float t) {
    const auto lerp = [t](std::uint8_t from, std::uint8_t to) {
      return static_cast<std::uint8_t>(std::lround(static_cast<float>(from) + (static_cast<float>(to) - static_cast<float>(from)) * t));
    };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b), lerp(a.a, b.a)};
  }

  // The share of a pixel's sample points inside the polygon.
  static float coverage(const std::vector<Point>& points, int x, int y) {
    constexpr float step = 1.0f / supersamples;
    int count = 0;
    for (int sy = 0; sy < supersamples; ++sy)
      for (int sx = 0; sx < supersamples; ++sx)
        count += inside(points, {static_cast<float>(x) + (static_cast<float>(sx) + 0.5f) * step,
                                 static_cast<float>(y) + (static_cast<float>(sy) + 0.5f) * step});
    return static_cast<float>(count) / (supersamples * supersamples);
  }

  // Crossing-number test: a ray to the right crosses the outline an odd number of times.
  static bool inside(const std::vector<Point>& points, Point p) {
    bool in = false;
    for (std::size_t i = 0, j = points.size() - 1; i < points.size(); j = i++) {
      const auto& a = points[i];
      const auto& b = points[j];
      if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) in = !in;
    }
    return in;
  }

  Canvas& canvas_;
  const TrueTypeFont& font_;
};

}  // namespace

Colour Canvas::at(int x, int y) const {
  const auto* p = &rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * channels];
  return {p[0], p[1], p[2], p[3]};
}

Canvas rasterise(const Drawing& drawing, const TrueTypeFont& font) {
  Canvas canvas{drawing.width, drawing.height, {}};
  const auto pixels = static_cast<std::size_t>(drawing.width) * static_cast<std::size_t>(drawing.height);
  canvas.rgba.resize(pixels * channels);
  const auto& bg = drawing.background;
  for (std::size_t i = 0; i < pixels; ++i) {
    canvas.rgba[i * channels] = bg.r;
    canvas.rgba[i * channels + 1] = bg.g;
    canvas.rgba[i * channels + 2] = bg.b;
    canvas.rgba[i * channels + 3] = 255;
  }
  Painter painter(canvas, font);
  for (const auto& item : drawing.items) std::visit(painter, item);
  return canvas;
}

}  // namespace annals::formats::picture
