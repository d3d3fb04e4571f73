// Timeline canvas layout and painting. Input handling lives in timeline_input.cpp.
#include "timeline_view.hpp"

#include "annals/view/axis_ticks.hpp"
#include "palette.hpp"

#include <algorithm>
#include <chrono>
#include <string>

namespace annals::viewer {

namespace {

constexpr float header_width = 170.0f;   // lane names
constexpr float axis_height = 34.0f;
constexpr float tick_spacing_px = 95.0f;
constexpr float mark_height = 11.0f;
constexpr int label_levels = 2;
constexpr float row_padding = 5.0f;
constexpr float lane_gap = 6.0f;
constexpr float label_gap = 10.0f;
constexpr float max_label_px = 300.0f;
constexpr float marker_label_offset = 9.0f;
constexpr float summary_height = mark_height + 2 * row_padding;
constexpr float stack_gap = 3.0f;  // between the sub-rows of unfolded same-day events

float line_height() { return ImGui::GetTextLineHeight(); }
float row_height(bool with_labels) {
  return (with_labels ? label_levels * line_height() : 0.0f) + mark_height + 2 * row_padding;
}
// Each sub-row holds a mark and its label beside it.
float stack_pitch() { return std::max(mark_height, line_height()) + stack_gap; }
float row_height(bool with_labels, std::uint8_t depth) {
  return row_height(with_labels) + static_cast<float>(std::max<int>(depth, 1) - 1) * stack_pitch();
}

std::string label_of(const view::Timeline& timeline, const view::Mark& mark) {
  if (mark.folded() && mark.stack > 0) return "+" + std::to_string(mark.count) + " more";
  if (mark.folded()) return std::to_string(mark.count) + " events";
  return timeline.at(mark.event).title;
}

}  // namespace

void TimelineView::draw(ViewerState& state, ImVec2 size) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  Canvas draw(*ImGui::GetWindowDrawList(), svg_);
  const float strip_left = origin.x + header_width;
  const float strip_width = std::max(size.x - header_width, 1.0f);
  state.mapping.set_strip(strip_left, strip_width);
  marks_drawn_ = 0;
  hits_.clear();
  report_marks_.clear();

  draw.AddRectFilled(origin, {origin.x + size.x, origin.y + size.y}, palette::background);
  draw_axis(state, draw, origin, size.x);
  ImGui::Dummy({size.x, axis_height});

  ImGui::BeginChild("lanes", {size.x, size.y - axis_height}, false,
                    ImGuiWindowFlags_NoScrollWithMouse);
  Canvas lanes_draw(*ImGui::GetWindowDrawList(), svg_);
  const ImVec2 lanes_origin = ImGui::GetCursorScreenPos();
  const ImVec2 clip_min = ImGui::GetWindowPos();
  const float clip_bottom = clip_min.y + ImGui::GetWindowHeight();
  lanes_top_ = clip_min.y;
  lanes_bottom_ = clip_bottom;
  const float height = draw_lanes(state, lanes_draw, lanes_origin, size.x, clip_min.y, clip_bottom);
  draw_time_markers(state, lanes_draw, clip_min.y, clip_bottom);
  const ImVec2 canvas_min{strip_left, clip_min.y};
  const ImVec2 canvas_max{strip_left + strip_width, clip_bottom};
  ImGui::SetCursorScreenPos(lanes_origin);
  ImGui::Dummy({size.x, std::max(height, 1.0f)});
  handle_input(state, canvas_min, canvas_max);
  ImGui::EndChild();
}

void TimelineView::draw_axis(ViewerState& state, Canvas& draw, ImVec2 origin, float width) {
  const float bottom = origin.y + axis_height;
  draw.AddRectFilled(origin, {origin.x + width, bottom}, palette::lane_stripe);
  draw.AddText({origin.x + 6, origin.y + 4}, palette::dim_text, state.database_name.c_str());
  const auto ticks = view::axis_ticks(state.mapping, tick_spacing_px);
  for (const view::Tick& tick : ticks) {
    const float x = state.mapping.to_x(tick.day);
    const float tick_top = bottom - (tick.major ? 14.0f : 8.0f);
    draw.AddLine({x, tick_top}, {x, bottom}, tick.major ? palette::grid_major : palette::grid);
    draw.AddText({x + 3, origin.y + 4}, tick.major ? palette::label_text : palette::axis_text,
                 tick.label.c_str());
  }
  draw.AddLine({origin.x, bottom - 1}, {origin.x + width, bottom - 1}, palette::grid_major);
}

void TimelineView::draw_time_markers(const ViewerState& state, Canvas& draw, float top,
                                     float bottom) {
  const auto& mapping = state.mapping;
  const float left = mapping.left();
  const float right = left + mapping.width();
  const auto inside = [&](float x) { return x >= left && x <= right; };
  // Publications are sorted by day; many on one pixel column draw one line, so the cost
  // follows the columns on screen, not the number of documents.
  float last_x = -1e9f;
  for (const PublicationMark& publication : state.publications) {
    const float x = mapping.to_x(publication.day + 0.5);
    if (!inside(x) || x - last_x < 2.0f) continue;
    last_x = x;
    constexpr float dash = 6.0f;
    for (float y = top; y < bottom; y += 2 * dash)
      draw.AddLine({x, y}, {x, std::min(y + dash, bottom)}, palette::publication, 1.5f);
    const std::string text = "published: " + publication.title;
    const float width = std::min(ImGui::CalcTextSize(text.c_str()).x, max_label_px);
    const float text_x = x + 4 + width > right ? x - 4 - width : x + 4;
    const float text_y = bottom - line_height() - 4;
    draw.PushClipRect({text_x, text_y}, {text_x + width, bottom}, true);
    draw.AddText({text_x, text_y}, palette::publication, text.c_str());
    draw.PopClipRect();
  }
  const auto today = view::to_coord(std::chrono::floor<date::days>(std::chrono::system_clock::now()));
  const float x = mapping.to_x(today + 0.5);
  if (inside(x)) {
    draw.AddLine({x, top}, {x, bottom}, palette::today, 2.0f);
    draw.AddText({x + 4, top + 2}, palette::today, "today");
  }
}

float TimelineView::draw_lanes(ViewerState& state, Canvas& draw, ImVec2 origin, float width,
                               float clip_top, float clip_bottom) {
  // Vertical grid lines through all lanes, then the lanes.
  for (const view::Tick& tick : view::axis_ticks(state.mapping, tick_spacing_px)) {
    const float x = state.mapping.to_x(tick.day);
    draw.AddLine({x, clip_top}, {x, clip_bottom}, tick.major ? palette::grid_major : palette::grid);
  }
  float y = origin.y;
  for (view::Lane& lane : state.lanes) {
    const float lane_height = draw_lane(state, draw, lane, y, width, false);
    const bool visible = y + lane_height >= clip_top && y <= clip_bottom;
    if (visible) draw_lane(state, draw, lane, y, width, true);
    y += lane_height + lane_gap;
  }
  if (state.lanes.empty())
    draw.AddText({origin.x + header_width + 10, origin.y + 10}, palette::dim_text,
                 state.timeline.events().empty() ? "No events in this database." : "No event matches the filter.");
  return y - origin.y;
}

// Returns the lane's height; paints it only when `visible` (so off-screen lanes cost nothing).
float TimelineView::draw_lane(ViewerState& state, Canvas& draw, view::Lane& lane, float y,
                              float width, bool visible) {
  const auto rows = lane.rows();
  float rows_height = 0;
  for (Granularity granularity : rows) rows_height += row_height(true, lane.stack_depth[static_cast<std::size_t>(granularity)]);
  const float height = lane.collapsed ? summary_height : std::max(summary_height, rows_height);
  if (!visible) return height;
  const float left = state.mapping.left() - header_width;
  draw.AddRectFilled({left, y}, {left + width, y + height}, palette::with_alpha(palette::lane_stripe, 0.6f));
  ImGui::SetCursorScreenPos({left + 4, y + 2});
  ImGui::PushID(lane.name.c_str());
  const std::string toggle = std::string(lane.collapsed ? "+ " : "- ") + lane.name;
  if (ImGui::SmallButton(toggle.c_str())) {
    lane.collapsed = !lane.collapsed;
    state.collapsed[lane.name] = lane.collapsed;
  }
  ImGui::PopID();
  const std::string count = std::to_string(lane.count) + (lane.count == 1 ? " event" : " events");
  draw.AddText({left + 8, y + 4 + line_height()}, palette::dim_text, count.c_str());
  draw.PushClipRect({state.mapping.left(), y}, {state.mapping.left() + state.mapping.width(), y + height}, true);
  if (lane.collapsed) {
    draw_row(state, draw, lane.summary, y, false);
  } else {
    float row_y = y;
    for (Granularity granularity : rows) {
      auto& depth = lane.stack_depth[static_cast<std::size_t>(granularity)];
      const float row_top = row_y;
      row_y += row_height(true, depth);  // as laid out this frame; the new depth shows next frame
      depth = static_cast<std::uint8_t>(draw_row(state, draw, lane.tracks[static_cast<std::size_t>(granularity)], row_top, true));
    }
  }
  draw.PopClipRect();
  if (!lane.collapsed) draw_row_captions(draw, lane, rows, left, y);
  return height;
}

// Returns the number of sub-rows the marks used (same-day events unfolded when zoomed in).
std::size_t TimelineView::draw_row(ViewerState& state, Canvas& draw, const view::Track& track, float y,
                                   bool with_labels) {
  const auto& mapping = state.mapping;
  marks_.clear();
  view::fold_visible(state.timeline, track, mapping, view::default_fold_pixels, marks_,
                     with_labels ? view::default_stacking : view::Stacking{});
  const float label_space = with_labels ? label_levels * line_height() : 0.0f;
  const float mark_top = y + row_padding + label_space;
  candidates_.clear();
  stacked_candidates_.clear();
  for (std::size_t i = 0; i < marks_.size(); ++i) {
    const view::Mark& mark = marks_[i];
    const float top = mark_top + static_cast<float>(mark.stack) * stack_pitch();
    const MarkBox box{mapping.to_x(mark.first), mapping.to_x(mark.end), top, top + mark_height};
    const view::ViewEvent& event = state.timeline.at(mark.event);
    const bool selected = !mark.folded() && state.selected == event.id;
    const bool hovered = hovered_ && hovered_->mark.event == mark.event && hovered_->mark.count == mark.count;
    const MarkState look = selected ? MarkState::Selected : hovered ? MarkState::Hovered : MarkState::Normal;
    const ImU32 colour = palette::type_colour(state.timeline.names().name(event.type));
    if (mark.folded()) paint_folded(draw, box, mark.count, colour, look);
    else paint_event(draw, event, box, colour, look);
    hits_.push_back({box, mark});
    report_marks_.push_back({{"event", event.id}, {"title", event.title}, {"count", mark.count}, {"x0", box.x0}, {"x1", box.x1},
                             {"y", (box.y0 + box.y1) / 2}, {"stack", mark.stack}});
    if (!with_labels) continue;
    const bool is_day = event.granularity == Granularity::Day && !mark.folded();
    const float x = is_day ? (box.x0 + box.x1) / 2 + marker_label_offset : box.x0 + 2;
    const std::string text = label_of(state.timeline, mark);
    const float label_width = std::min(ImGui::CalcTextSize(text.c_str()).x, max_label_px);
    const float importance = (selected ? 1e6f : 0.0f) +
                             (mark.folded() ? 0.5f : 1.0f + static_cast<float>(event.importance));
    // Stacked marks label beside themselves in their sub-row; the others above the row.
    auto& wanted = mark.stack == 0 ? candidates_ : stacked_candidates_[mark.stack];
    wanted.push_back({x, label_width, importance, static_cast<std::uint32_t>(i)});
  }
  marks_drawn_ += marks_.size();
  if (!with_labels) return 1;
  const float strip_right = mapping.left() + mapping.width();
  const auto draw_labels = [&](const std::vector<view::PlacedLabel>& placed, const auto& y_of) {
    for (const view::PlacedLabel& label : placed) {
      const view::Mark& mark = marks_[label.key];
      const float label_y = y_of(label, mark);
      const std::string text = label_of(state.timeline, mark);
      draw.PushClipRect({label.x, label_y}, {label.x + label.width, label_y + line_height()}, true);
      draw.AddText({label.x, label_y}, mark.folded() ? palette::dim_text : palette::label_text, text.c_str());
      draw.PopClipRect();
    }
  };
  draw_labels(view::place_labels(candidates_, label_levels, label_gap, mapping.left(), strip_right),
              [&](const view::PlacedLabel& label, const view::Mark&) {
                return mark_top - static_cast<float>(label.level + 1) * line_height() - 1;
              });
  for (auto& [stack, wanted] : stacked_candidates_)
    draw_labels(view::place_labels(wanted, 1, label_gap, mapping.left(), strip_right),
                [&](const view::PlacedLabel&, const view::Mark& mark) {
                  return mark_top + static_cast<float>(mark.stack) * stack_pitch() + (mark_height - line_height()) / 2;
                });
  return view::stack_depth(marks_);
}

// Which precision each row holds, at the right of the lane header, level with its marks.
void TimelineView::draw_row_captions(Canvas& draw, const view::Lane& lane, const std::vector<Granularity>& rows,
                                     float left, float y) const {
  float row_y = y;
  for (Granularity granularity : rows) {
    const float mark_y = row_y + row_padding + label_levels * line_height();
    const std::string caption(to_string(granularity));
    const float width = ImGui::CalcTextSize(caption.c_str()).x;
    draw.AddText({left + header_width - width - 8, mark_y + (mark_height - line_height()) / 2},
                 palette::dim_text, caption.c_str());
    row_y += row_height(true, lane.stack_depth[static_cast<std::size_t>(granularity)]);
  }
}

nlohmann::json TimelineView::layout_report(const ViewerState& state) const {
  return {{"strip", {{"left", state.mapping.left()}, {"width", state.mapping.width()}}},
          {"window", {{"first", state.mapping.window().first}, {"end", state.mapping.window().end}}},
          {"lanes_top", lanes_top_},
          {"lanes_bottom", lanes_bottom_},
          {"marks", report_marks_}};
}

}  // namespace annals::viewer
