// Event table (see table_panel.hpp).
#include "table_panel.hpp"

#include "annals/view/axis_ticks.hpp"

#include <algorithm>
#include <string>

namespace annals::viewer {

namespace {
enum Column { When, Title, Type, Actors, ColumnCount };

std::string actors_of(const view::Timeline& timeline, const view::ViewEvent& event) {
  std::string out;
  for (view::NameId id : event.actors) out += (out.empty() ? "" : ", ") + timeline.names().name(id);
  return out;
}
}  // namespace

void TablePanel::sort_rows(const ViewerState& state, int column, bool ascending) {
  const auto& timeline = state.timeline;
  const auto less = [&](view::EventIndex a, view::EventIndex b) {
    const auto& x = timeline.at(a);
    const auto& y = timeline.at(b);
    switch (column) {
      case Title: return x.title < y.title;
      case Type: return timeline.names().name(x.type) < timeline.names().name(y.type);
      case Actors: return actors_of(timeline, x) < actors_of(timeline, y);
      default: return x.first < y.first;
    }
  };
  // Rows come in timeline order, so the default sort (by when) usually has nothing to do;
  // checking first spares a million-row sort on the first frame.
  // Rows a live refresh appended are sorted alone and merged in (linear, not a full sort).
  // By date, rows in ascending record order within the timeline's sorted prefix are in
  // order already: checking that reads the row array alone, not a million records.
  auto checked = rows_.begin();
  if (column == When) {
    const auto outside = [&](view::EventIndex a, view::EventIndex b) { return b <= a || b >= timeline.sorted_prefix(); };
    if (!rows_.empty() && rows_.front() < timeline.sorted_prefix())
      checked = std::adjacent_find(rows_.begin(), rows_.end(), outside);
  }
  const auto sorted_end = std::is_sorted_until(checked, rows_.end(), less);
  if (sorted_end != rows_.end()) {
    std::stable_sort(sorted_end, rows_.end(), less);
    std::inplace_merge(rows_.begin(), sorted_end, rows_.end(), less);
  }
  if (!ascending) std::reverse(rows_.begin(), rows_.end());
}

void TablePanel::draw(ViewerState& state, ImVec2 size) {
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersV |
                                    ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("events", ColumnCount, flags, size)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("when", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed, 150);
  ImGui::TableSetupColumn("title", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("type", ImGuiTableColumnFlags_WidthFixed, 110);
  ImGui::TableSetupColumn("actors", ImGuiTableColumnFlags_WidthFixed, 260);
  ImGui::TableHeadersRow();
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  bool resort = generation_ != state.generation;
  if (specs && specs->SpecsDirty && specs->SpecsCount > 0) {
    sort_column_ = specs->Specs[0].ColumnIndex;
    ascending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    specs->SpecsDirty = false;
    resort = true;
  }
  if (resort) {
    rows_ = state.visible;
    sort_rows(state, sort_column_, ascending_);
    generation_ = state.generation;
  }
  if (state.scroll_table_to_selection && state.selected) {
    const auto index = state.timeline.index_of(*state.selected);
    const auto found = index ? std::find(rows_.begin(), rows_.end(), *index) : rows_.end();
    if (found != rows_.end())
      ImGui::SetScrollY(static_cast<float>(found - rows_.begin()) * ImGui::GetTextLineHeightWithSpacing());
    state.scroll_table_to_selection = false;
  }
  ImGuiListClipper clipper;
  // A known row height: the clipper then never lays out rows off screen, not even on the
  // first frame (without it, 1.86 lays out every row once to measure).
  clipper.Begin(static_cast<int>(rows_.size()), ImGui::GetTextLineHeightWithSpacing());
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const auto index = rows_[static_cast<std::size_t>(row)];
      const view::ViewEvent& event = state.timeline.at(index);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(When);
      ImGui::PushID(row);
      if (ImGui::Selectable(event.value.c_str(), state.selected == event.id,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
        state.selected = event.id;
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) state.zoom_to(event);
      }
      ImGui::PopID();
      ImGui::TableSetColumnIndex(Title);
      ImGui::TextUnformatted(event.title.c_str());
      ImGui::TableSetColumnIndex(Type);
      ImGui::TextUnformatted(state.timeline.names().name(event.type).c_str());
      ImGui::TableSetColumnIndex(Actors);
      ImGui::TextUnformatted(actors_of(state.timeline, event).c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace annals::viewer
