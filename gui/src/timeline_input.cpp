// What the analyst's hands do on the timeline: wheel zooms at the cursor (Ctrl finer,
// Shift faster), left drag pans (and scrolls lanes), right drag selects a range to zoom
// to, a click selects, a double click zooms to the item, keys navigate, Alt+arrows (or
// the mouse's back/forward buttons) walk the view history.
#include "timeline_view.hpp"

#include "annals/view/axis_ticks.hpp"
#include "palette.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>

namespace annals::viewer {

namespace {

constexpr float drag_threshold_px = 4.0f;
constexpr float min_range_px = 6.0f;
constexpr double wheel_history_pause_s = 0.7;  // a new wheel gesture starts a history entry
constexpr float key_pan_fraction = 0.1f;
constexpr double key_zoom_factor = 0.8;
constexpr int mouse_back = 3;
constexpr int mouse_forward = 4;

bool pressed(int key) { return ImGui::IsKeyPressed(key, true); }

bool contains(const MarkBox& box, ImVec2 p) {
  constexpr float slack = 3.0f;
  return p.x >= box.x0 - slack && p.x <= std::max(box.x1, box.x0 + 3) + slack &&
         p.y >= box.y0 - slack && p.y <= box.y1 + slack;
}

}  // namespace

void TimelineView::handle_input(ViewerState& state, ImVec2 canvas_min, ImVec2 canvas_max) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mouse = io.MousePos;
  const bool over = ImGui::IsWindowHovered() && mouse.x >= canvas_min.x && mouse.x < canvas_max.x &&
                    mouse.y >= canvas_min.y && mouse.y < canvas_max.y;
  hovered_.reset();
  if (over && !ImGui::IsAnyItemHovered())
    for (const Hit& hit : hits_)
      if (contains(hit.box, mouse)) hovered_ = hit;
  if (hovered_) show_tooltip(state, *hovered_);

  if (over && io.MouseWheel != 0.0f) {
    if (ImGui::GetTime() - last_wheel_time_ > wheel_history_pause_s) state.history.push(state.mapping.window());
    last_wheel_time_ = ImGui::GetTime();
    const view::WheelModifiers modifiers{io.KeyCtrl, io.KeyShift};
    state.mapping.zoom_at(mouse.x, view::wheel_zoom_factor(io.MouseWheel, modifiers));
    state.history.push(state.mapping.window());
  }
  if (over && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) dragging_ = true;
  if (dragging_ && ImGui::IsMouseDragging(ImGuiMouseButton_Left, drag_threshold_px)) {
    state.mapping.pan_pixels(io.MouseDelta.x);
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  }
  if (dragging_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    const bool was_drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left).x != 0.0f &&
                          std::abs(ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).x) >= drag_threshold_px;
    if (was_drag) {
      state.history.push(state.mapping.window());
    } else if (hovered_) {
      const view::ViewEvent& event = state.timeline.at(hovered_->mark.event);
      if (hovered_->mark.folded()) state.set_window({hovered_->mark.first, hovered_->mark.end});
      else {
        state.selected = event.id;
        state.scroll_table_to_selection = true;
      }
    }
    dragging_ = false;
  }
  if (over && hovered_ && !hovered_->mark.folded() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
    state.zoom_to(state.timeline.at(hovered_->mark.event));

  // Right drag: choose a range and zoom to it.
  if (over && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) range_start_x_ = mouse.x;
  if (range_start_x_) {
    const float x0 = std::min(*range_start_x_, mouse.x);
    const float x1 = std::max(*range_start_x_, mouse.x);
    ImGui::GetWindowDrawList()->AddRectFilled({x0, canvas_min.y}, {x1, canvas_max.y}, palette::range_select);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
      if (x1 - x0 >= min_range_px) state.set_window({state.mapping.to_day(x0), state.mapping.to_day(x1)});
      range_start_x_.reset();
    }
  }
  if (ImGui::IsMouseClicked(mouse_back)) {
    if (auto window = state.history.back()) state.set_window(*window, false);
  }
  if (ImGui::IsMouseClicked(mouse_forward)) {
    if (auto window = state.history.forward()) state.set_window(*window, false);
  }
  if (!io.WantTextInput) handle_keys(state);
}

void TimelineView::handle_keys(ViewerState& state) {
  ImGuiIO& io = ImGui::GetIO();
  auto& mapping = state.mapping;
  const float middle = mapping.left() + mapping.width() / 2;
  const float step = mapping.width() * key_pan_fraction;
  if (io.KeyAlt) {
    if (pressed(GLFW_KEY_LEFT)) {
      if (auto window = state.history.back()) state.set_window(*window, false);
    }
    if (pressed(GLFW_KEY_RIGHT)) {
      if (auto window = state.history.forward()) state.set_window(*window, false);
    }
    return;
  }
  if (pressed(GLFW_KEY_LEFT) || pressed(GLFW_KEY_A)) mapping.pan_pixels(step);
  if (pressed(GLFW_KEY_RIGHT) || pressed(GLFW_KEY_D)) mapping.pan_pixels(-step);
  const bool zoom_in = pressed(GLFW_KEY_UP) || pressed(GLFW_KEY_W) || pressed(GLFW_KEY_EQUAL) ||
                       pressed(GLFW_KEY_KP_ADD);
  const bool zoom_out = pressed(GLFW_KEY_DOWN) || pressed(GLFW_KEY_S) || pressed(GLFW_KEY_MINUS) ||
                        pressed(GLFW_KEY_KP_SUBTRACT);
  if (zoom_in) mapping.zoom_at(middle, key_zoom_factor);
  if (zoom_out) mapping.zoom_at(middle, 1.0 / key_zoom_factor);
  if (pressed(GLFW_KEY_HOME)) state.fit_all();
  if (pressed(GLFW_KEY_BACKSPACE)) {
    if (auto window = state.history.back()) state.set_window(*window, false);
  }
}

void TimelineView::show_tooltip(const ViewerState& state, const Hit& hit) const {
  ImGui::BeginTooltip();
  const view::Mark& mark = hit.mark;
  if (mark.folded()) {
    ImGui::Text("%u events", mark.count);
    ImGui::TextDisabled("%s .. %s", view::format_coord(mark.first, view::TickUnit::Day).c_str(),
                        view::format_coord(mark.end - 1, view::TickUnit::Day).c_str());
    ImGui::TextDisabled("click to zoom in");
  } else {
    const view::ViewEvent& event = state.timeline.at(mark.event);
    ImGui::TextUnformatted(event.title.c_str());
    const std::string first = view::format_coord(event.first, view::TickUnit::Day);
    const std::string last = view::format_coord(event.end - 1, view::TickUnit::Day);
    ImGui::Text("%s  (%s%s%s)", event.value.c_str(),
                event.portion == Portion::Whole ? "" : std::string(to_string(event.portion)).append(" ").c_str(),
                std::string(to_string(event.granularity)).c_str(),
                event.bound == view::Bound::Exact ? "" : ", bound");
    if (first == last) ImGui::TextDisabled("%s", first.c_str());
    else ImGui::TextDisabled("%s .. %s", first.c_str(), last.c_str());
    ImGui::TextDisabled("%s", state.timeline.names().name(event.type).c_str());
  }
  ImGui::EndTooltip();
}

}  // namespace annals::viewer
