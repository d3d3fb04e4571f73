// The timeline canvas: the time axis on top, one band per lane below, marks folded to
// what the pixels can show, labels placed without overlap. Each frame first turns the
// visible slice into marks (view model), then paints them with ImDrawList.
#pragma once

#include "annals/view/folding.hpp"
#include "annals/view/labels.hpp"
#include "mark_painter.hpp"
#include "viewer_state.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <vector>

namespace annals::viewer {

class TimelineView {
 public:
  // Draws into the current ImGui window, filling `size`.
  void draw(ViewerState& state, ImVec2 size);

  std::size_t marks_drawn() const { return marks_drawn_; }
  // While set, every primitive drawn is also recorded as SVG (the view's export).
  void record_svg(SvgRecorder* recorder) { svg_ = recorder; }
  // Where things were drawn last frame (for screenshot tests): strip, window, marks.
  nlohmann::json layout_report(const ViewerState& state) const;

 private:
  struct Hit {
    MarkBox box;
    view::Mark mark;
  };
  struct RowContext;

  void draw_axis(ViewerState& state, Canvas& draw, ImVec2 origin, float width);
  void draw_time_markers(const ViewerState& state, Canvas& draw, float top, float bottom);
  float draw_lanes(ViewerState& state, Canvas& draw, ImVec2 origin, float width, float clip_top,
                   float clip_bottom);
  float draw_lane(ViewerState& state, Canvas& draw, view::Lane& lane, float y, float width,
                  bool visible);
  std::size_t draw_row(ViewerState& state, Canvas& draw, const view::Track& track, float y,
                       bool with_labels);
  void draw_row_captions(Canvas& draw, const view::Lane& lane, const std::vector<Granularity>& rows,
                         float left, float y) const;
  void handle_input(ViewerState& state, ImVec2 canvas_min, ImVec2 canvas_max);
  void handle_keys(ViewerState& state);
  void show_tooltip(const ViewerState& state, const Hit& hit) const;

  std::vector<view::Mark> marks_;
  std::vector<view::LabelCandidate> candidates_;
  std::map<std::uint8_t, std::vector<view::LabelCandidate>> stacked_candidates_;  // per sub-row
  std::vector<Hit> hits_;
  std::optional<Hit> hovered_;
  std::size_t marks_drawn_ = 0;
  std::optional<float> range_start_x_;
  bool dragging_ = false;
  double last_wheel_time_ = -1e9;
  std::vector<nlohmann::json> report_marks_;
  float lanes_top_ = 0;
  float lanes_bottom_ = 0;
  SvgRecorder* svg_ = nullptr;
};

}  // namespace annals::viewer
