// The drawing layer of the timeline: the calls the view and the mark painter make
// (ImDrawList's names and arguments), sent to ImGui and, when an SVG recorder is
// attached, also recorded as SVG primitives. So "export the view as SVG" is a second
// backend of the same drawing code, never a copy of the view.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace annals::viewer {

// SVG elements in drawing order, with clip rectangles as nested groups.
class SvgRecorder {
 public:
  void rect(ImVec2 a, ImVec2 b, ImU32 fill);
  void gradient_rect(ImVec2 a, ImVec2 b, ImU32 left, ImU32 right);
  void outline(ImVec2 a, ImVec2 b, ImU32 stroke, float thickness);
  void line(ImVec2 a, ImVec2 b, ImU32 stroke, float thickness);
  void polygon(const std::vector<ImVec2>& points, ImU32 fill);
  void text(ImVec2 at, ImU32 fill, const char* text);
  void push_clip(ImVec2 a, ImVec2 b);
  void pop_clip();
  // The whole document, `width` x `height` pixels.
  std::string document(float width, float height) const;

 private:
  std::string body_;
  std::string defs_;
  int next_id_ = 0;
  int open_groups_ = 0;
};

class Canvas {
 public:
  explicit Canvas(ImDrawList& draw, SvgRecorder* svg = nullptr) : draw_(draw), svg_(svg) {}

  void AddRectFilled(ImVec2 a, ImVec2 b, ImU32 colour);
  void AddRectFilledMultiColor(ImVec2 a, ImVec2 b, ImU32 top_left, ImU32 top_right, ImU32 bottom_right,
                               ImU32 bottom_left);
  void AddRect(ImVec2 a, ImVec2 b, ImU32 colour, float rounding = 0.0f, ImDrawFlags flags = 0,
               float thickness = 1.0f);
  void AddLine(ImVec2 a, ImVec2 b, ImU32 colour, float thickness = 1.0f);
  void AddQuadFilled(ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 colour);
  void AddTriangleFilled(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 colour);
  void AddText(ImVec2 at, ImU32 colour, const char* text);
  void PushClipRect(ImVec2 a, ImVec2 b, bool intersect = false);
  void PopClipRect();

 private:
  ImDrawList& draw_;
  SvgRecorder* svg_;
};

}  // namespace annals::viewer
