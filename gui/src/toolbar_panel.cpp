// Toolbar and legend.
#include "toolbar_panel.hpp"

#include "edit_actions.hpp"
#include "mark_painter.hpp"
#include "palette.hpp"

#include <imgui_stdlib.h>

#include <GLFW/glfw3.h>

#include <array>
#include <cmath>

namespace annals::viewer {

namespace {

constexpr std::array lane_labels{"no lanes", "by actor", "by place", "by type", "by document"};
constexpr std::array precision_labels{"any precision", "day", "week", "month", "season",
                                      "quarter", "half", "year", "decade", "century"};

struct LegendEntry {
  Granularity granularity;
  Portion portion;
  view::Bound bound;
  const char* meaning;
};

constexpr std::array legend{
    LegendEntry{Granularity::Day, Portion::Whole, view::Bound::Exact, "a day"},
    LegendEntry{Granularity::Month, Portion::Whole, view::Bound::Exact, "known to the week/month/year"},
    LegendEntry{Granularity::Year, Portion::Early, view::Bound::Exact, "early part: fades toward the unknown end"},
    LegendEntry{Granularity::Year, Portion::Mid, view::Bound::Exact, "mid part, or 'about': fuzzy both ends"},
    LegendEntry{Granularity::Month, Portion::Whole, view::Bound::Before, "before this date"},
    LegendEntry{Granularity::Month, Portion::Whole, view::Bound::After, "after this date"},
};

}  // namespace

// A new event on the day in the middle of the view, for the analyst to fill in.
void ToolbarPanel::add_event(ViewerState& state) {
  const auto& window = state.mapping.window();
  const auto middle = date::sys_days{date::days{static_cast<int>(std::floor((window.first + window.end) / 2))}};
  Event event;
  event.title = "New event";
  event.type = "event";
  event.when = When{format_iso(middle), "", DateRange::day(middle)};
  apply_change(state, edits_.insert(event));
}

// Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes, unless a text field has the keyboard.
void ToolbarPanel::handle_edit_keys(ViewerState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl || io.WantTextInput) return;
  const bool z = ImGui::IsKeyPressed(GLFW_KEY_Z, false);
  if ((z && io.KeyShift) || ImGui::IsKeyPressed(GLFW_KEY_Y, false)) {
    if (edits_.can_redo()) apply_change(state, edits_.redo());
  } else if (z && edits_.can_undo()) {
    apply_change(state, edits_.undo());
  }
}

// One document or all: the events the chosen document reports (its publication date is
// on the axis too).
void ToolbarPanel::draw_document_filter(ViewerState& state) {
  const auto& chosen = state.filter.documents;
  std::string preview = "all documents";
  for (const PublicationMark& publication : state.publications)
    if (chosen.count(publication.id)) preview = publication.title;
  ImGui::SetNextItemWidth(180);
  if (!ImGui::BeginCombo("##document", preview.c_str())) return;
  if (ImGui::Selectable("all documents", chosen.empty())) {
    state.filter.documents.clear();
    state.dirty = true;
  }
  for (const PublicationMark& publication : state.publications) {
    ImGui::PushID(static_cast<int>(publication.id));
    if (ImGui::Selectable(publication.title.c_str(), chosen.count(publication.id) > 0)) {
      state.filter.documents = {publication.id};
      state.dirty = true;
    }
    ImGui::PopID();
  }
  ImGui::EndCombo();
}

void ToolbarPanel::draw(ViewerState& state, ImVec2) {
  ImGui::SetNextItemWidth(260);
  if (ImGui::InputTextWithHint("##search", "search title, actor, place, quote", &search_)) {
    state.filter.text = search_;
    state.dirty = true;
  }
  if (state.searching_quotes()) {
    ImGui::SameLine();
    ImGui::TextDisabled("searching quotes...");
  }
  ImGui::SameLine();
  int lanes = static_cast<int>(state.lane_kind);
  ImGui::SetNextItemWidth(120);
  if (ImGui::Combo("##lanes", &lanes, lane_labels.data(), static_cast<int>(lane_labels.size()))) {
    state.lane_kind = static_cast<view::LaneKind>(lanes);
    state.dirty = true;
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(130);
  if (ImGui::Combo("##precision", &precision_, precision_labels.data(), static_cast<int>(precision_labels.size()))) {
    state.filter.precisions.clear();
    if (precision_ > 0) state.filter.precisions.insert(static_cast<Granularity>(precision_ - 1));
    state.dirty = true;
  }
  ImGui::SameLine();
  draw_document_filter(state);
  ImGui::SameLine();
  if (ImGui::Button("<") ) { if (auto w = state.history.back()) state.set_window(*w, false); }
  ImGui::SameLine();
  if (ImGui::Button(">")) { if (auto w = state.history.forward()) state.set_window(*w, false); }
  ImGui::SameLine();
  if (ImGui::Button("Fit all")) state.fit_all();
  ImGui::SameLine();
  ImGui::BeginDisabled(!edits_.can_undo());
  if (ImGui::Button("Undo")) apply_change(state, edits_.undo());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!edits_.can_redo());
  if (ImGui::Button("Redo")) apply_change(state, edits_.redo());
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Add event") && state.store) add_event(state);
  handle_edit_keys(state);
  ImGui::SameLine();
  ImGui::TextDisabled("%zu of %zu events", state.visible.size(), state.timeline.events().size());
}

void draw_legend() {
  constexpr float sample_width = 60.0f;
  constexpr float sample_height = 10.0f;
  for (const LegendEntry& entry : legend) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    view::ViewEvent example;
    example.granularity = entry.granularity;
    example.portion = entry.portion;
    example.bound = entry.bound;
    const float inset = entry.bound == view::Bound::Before ? 30.0f : 0.0f;
    const float bar = entry.bound == view::Bound::Exact ? sample_width : sample_width - 30.0f;
    const MarkBox box{at.x + inset + 4, at.x + inset + 4 + (entry.granularity == Granularity::Day ? 10.0f : bar),
                      at.y + 3, at.y + 3 + sample_height};
    Canvas canvas(*ImGui::GetWindowDrawList());
    paint_legend_sample(canvas, example, box);
    ImGui::Dummy({sample_width + 10, sample_height + 6});
    ImGui::SameLine();
    ImGui::TextUnformatted(entry.meaning);
  }
  ImGui::TextColored(ImColor(palette::folded), "[12]");
  ImGui::SameLine();
  ImGui::TextUnformatted("events too close to tell apart, folded (click to zoom)");
  ImGui::TextColored(ImColor(palette::today), "|");
  ImGui::SameLine();
  ImGui::TextUnformatted("today");
  ImGui::TextColored(ImColor(palette::publication), "|");
  ImGui::SameLine();
  ImGui::TextUnformatted("a document's publication date");
}

}  // namespace annals::viewer
