// Canvas and its SVG backend (see canvas.hpp). Colours become rgb() plus an opacity;
// the horizontal fades of uncertain dates become linear gradients.
#include "canvas.hpp"

#include <cstdio>

namespace annals::viewer {

namespace {

constexpr unsigned channel_mask = 0xFF;
constexpr float channel_max = 255.0f;

std::string number(float value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(value));
  return buffer;
}

// ImU32 is ABGR (ImGui's IM_COL32 layout).
std::string rgb(ImU32 colour) {
  return "rgb(" + std::to_string(colour & channel_mask) + "," + std::to_string((colour >> 8) & channel_mask) + "," +
         std::to_string((colour >> 16) & channel_mask) + ")";
}

std::string opacity(ImU32 colour) {
  return number(static_cast<float>((colour >> 24) & channel_mask) / channel_max);
}

std::string paint(const char* what, ImU32 colour) {
  return std::string(" ") + what + "=\"" + rgb(colour) + "\" " + what + "-opacity=\"" + opacity(colour) + "\"";
}

std::string box(ImVec2 a, ImVec2 b) {
  return " x=\"" + number(a.x) + "\" y=\"" + number(a.y) + "\" width=\"" + number(b.x - a.x) + "\" height=\"" +
         number(b.y - a.y) + "\"";
}

std::string escaped(const char* text) {
  std::string out;
  for (const char* c = text; *c; ++c) {
    switch (*c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += *c;
    }
  }
  return out;
}

}  // namespace

void SvgRecorder::rect(ImVec2 a, ImVec2 b, ImU32 fill) { body_ += "<rect" + box(a, b) + paint("fill", fill) + "/>\n"; }

void SvgRecorder::gradient_rect(ImVec2 a, ImVec2 b, ImU32 left, ImU32 right) {
  const std::string id = "g" + std::to_string(next_id_++);
  defs_ += "<linearGradient id=\"" + id + "\"><stop offset=\"0\" stop-color=\"" + rgb(left) + "\" stop-opacity=\"" +
           opacity(left) + "\"/><stop offset=\"1\" stop-color=\"" + rgb(right) + "\" stop-opacity=\"" +
           opacity(right) + "\"/></linearGradient>\n";
  body_ += "<rect" + box(a, b) + " fill=\"url(#" + id + ")\"/>\n";
}

void SvgRecorder::outline(ImVec2 a, ImVec2 b, ImU32 stroke, float thickness) {
  body_ += "<rect" + box(a, b) + " fill=\"none\"" + paint("stroke", stroke) + " stroke-width=\"" + number(thickness) +
           "\"/>\n";
}

void SvgRecorder::line(ImVec2 a, ImVec2 b, ImU32 stroke, float thickness) {
  body_ += "<line x1=\"" + number(a.x) + "\" y1=\"" + number(a.y) + "\" x2=\"" + number(b.x) + "\" y2=\"" +
           number(b.y) + "\"" + paint("stroke", stroke) + " stroke-width=\"" + number(thickness) + "\"/>\n";
}

void SvgRecorder::polygon(const std::vector<ImVec2>& points, ImU32 fill) {
  std::string list;
  for (const ImVec2& point : points) list += number(point.x) + "," + number(point.y) + " ";
  body_ += "<polygon points=\"" + list + "\"" + paint("fill", fill) + "/>\n";
}

void SvgRecorder::text(ImVec2 at, ImU32 fill, const char* text) {
  // SVG places text by its baseline, ImGui by its top: shift down by the font's ascent.
  const float baseline = at.y + ImGui::GetFont()->Ascent;
  body_ += "<text x=\"" + number(at.x) + "\" y=\"" + number(baseline) + "\" font-family=\"DejaVu Sans\" font-size=\"" +
           number(ImGui::GetFontSize()) + "\"" + paint("fill", fill) + ">" + escaped(text) + "</text>\n";
}

void SvgRecorder::push_clip(ImVec2 a, ImVec2 b) {
  const std::string id = "c" + std::to_string(next_id_++);
  defs_ += "<clipPath id=\"" + id + "\"><rect" + box(a, b) + "/></clipPath>\n";
  body_ += "<g clip-path=\"url(#" + id + ")\">\n";
  ++open_groups_;
}

void SvgRecorder::pop_clip() {
  if (open_groups_ == 0) return;
  body_ += "</g>\n";
  --open_groups_;
}

std::string SvgRecorder::document(float width, float height) const {
  std::string closing;
  for (int i = 0; i < open_groups_; ++i) closing += "</g>\n";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
         number(width) + "\" height=\"" + number(height) + "\" viewBox=\"0 0 " + number(width) + " " +
         number(height) + "\">\n<defs>\n" + defs_ + "</defs>\n" + body_ + closing + "</svg>\n";
}

void Canvas::AddRectFilled(ImVec2 a, ImVec2 b, ImU32 colour) {
  draw_.AddRectFilled(a, b, colour);
  if (svg_) svg_->rect(a, b, colour);
}

void Canvas::AddRectFilledMultiColor(ImVec2 a, ImVec2 b, ImU32 top_left, ImU32 top_right, ImU32 bottom_right,
                                     ImU32 bottom_left) {
  draw_.AddRectFilledMultiColor(a, b, top_left, top_right, bottom_right, bottom_left);
  if (svg_) svg_->gradient_rect(a, b, top_left, top_right);  // the painter's fades are horizontal
}

void Canvas::AddRect(ImVec2 a, ImVec2 b, ImU32 colour, float rounding, ImDrawFlags flags, float thickness) {
  draw_.AddRect(a, b, colour, rounding, flags, thickness);
  if (svg_) svg_->outline(a, b, colour, thickness);
}

void Canvas::AddLine(ImVec2 a, ImVec2 b, ImU32 colour, float thickness) {
  draw_.AddLine(a, b, colour, thickness);
  if (svg_) svg_->line(a, b, colour, thickness);
}

void Canvas::AddQuadFilled(ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 colour) {
  draw_.AddQuadFilled(a, b, c, d, colour);
  if (svg_) svg_->polygon({a, b, c, d}, colour);
}

void Canvas::AddTriangleFilled(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 colour) {
  draw_.AddTriangleFilled(a, b, c, colour);
  if (svg_) svg_->polygon({a, b, c}, colour);
}

void Canvas::AddText(ImVec2 at, ImU32 colour, const char* text) {
  draw_.AddText(at, colour, text);
  if (svg_) svg_->text(at, colour, text);
}

void Canvas::PushClipRect(ImVec2 a, ImVec2 b, bool intersect) {
  draw_.PushClipRect(a, b, intersect);
  if (svg_) svg_->push_clip(a, b);
}

void Canvas::PopClipRect() {
  draw_.PopClipRect();
  if (svg_) svg_->pop_clip();
}

}  // namespace annals::viewer
