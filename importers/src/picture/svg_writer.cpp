// SVG output (see svg_writer.hpp). Coordinates are written with two decimals at most:
// enough for sub-pixel placement, short enough to keep large timelines small.
#include "annals/formats/picture/svg_writer.hpp"

#include "annals/formats/timeml_export.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <ostream>

namespace annals::formats::picture {

namespace {

constexpr int decimals = 2;
constexpr double opaque = 255.0;

std::string number(float value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
  std::string text(buffer.data(), result.ptr);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

std::string hex(Colour colour) {
  std::array<char, 8> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "#%02x%02x%02x", colour.r, colour.g, colour.b);
  return buffer.data();
}

std::string opacity(Colour colour) { return number(static_cast<float>(colour.a / opaque)); }

// fill="#rrggbb" with fill-opacity only when translucent.
std::string fill(Colour colour) {
  std::string text = "fill=\"" + hex(colour) + "\"";
  if (colour.a != 255) text += " fill-opacity=\"" + opacity(colour) + "\"";
  return text;
}

class SvgWriter {
 public:
  explicit SvgWriter(std::ostream& out) : out_(out) {}

  void operator()(const RectShape& rect) {
    const auto& b = rect.box;
    std::string paint = fill(rect.left);
    if (!(rect.left == rect.right)) {
      const std::string id = "fade" + std::to_string(++gradients_);
      out_ << "<linearGradient id=\"" << id << "\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">"
           << "<stop offset=\"0\" stop-color=\"" << hex(rect.left) << "\" stop-opacity=\"" << opacity(rect.left) << "\"/>"
           << "<stop offset=\"1\" stop-color=\"" << hex(rect.right) << "\" stop-opacity=\"" << opacity(rect.right)
           << "\"/></linearGradient>\n";
      paint = "fill=\"url(#" + id + ")\"";
    }
    out_ << "<rect x=\"" << number(b.x0) << "\" y=\"" << number(b.y0) << "\" width=\"" << number(b.width())
         << "\" height=\"" << number(b.height()) << "\" " << paint << "/>\n";
  }

  void operator()(const PolygonShape& polygon) {
    out_ << "<polygon points=\"";
    for (std::size_t i = 0; i < polygon.points.size(); ++i)
      out_ << (i ? " " : "") << number(polygon.points[i].x) << "," << number(polygon.points[i].y);
    out_ << "\" " << fill(polygon.fill) << "/>\n";
  }

  void operator()(const TextShape& text) {
    if (text.text.empty()) return;
    out_ << "<text x=\"" << number(text.baseline.x) << "\" y=\"" << number(text.baseline.y) << "\" font-size=\""
         << number(text.size) << "\" " << fill(text.colour);
    if (text.anchor == TextAnchor::Middle) out_ << " text-anchor=\"middle\"";
    if (text.anchor == TextAnchor::End) out_ << " text-anchor=\"end\"";
    out_ << ">" << svg_text(text.text) << "</text>\n";
  }

  void operator()(const GroupStart& group) {
    out_ << "<g class=\"" << svg_text(group.css_class) << "\"";
    if (!group.name.empty()) out_ << " data-name=\"" << svg_text(group.name) << "\"";
    out_ << ">";
    if (!group.tooltip.empty()) out_ << "<title>" << svg_text(group.tooltip) << "</title>";
    out_ << "\n";
  }

  void operator()(const GroupEnd&) { out_ << "</g>\n"; }

 private:
  std::ostream& out_;
  int gradients_ = 0;
};

}  // namespace

std::string svg_text(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  for (const char c : text)
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') clean += c;
  return xml_escape(clean);
}

void write_svg(std::ostream& out, const Drawing& drawing) {
  const auto width = std::to_string(drawing.width);
  const auto height = std::to_string(drawing.height);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << width << " " << height
      << "\" font-family=\"'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif\">\n"
      << "<rect x=\"0\" y=\"0\" width=\"" << width << "\" height=\"" << height << "\" " << fill(drawing.background)
      << "/>\n";
  SvgWriter writer(out);
  for (const auto& item : drawing.items) std::visit(writer, item);
  out << "</svg>\n";
}

}  // namespace annals::formats::picture
