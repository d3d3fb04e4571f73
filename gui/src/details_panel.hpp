// The selected event in full: title, type, when (value, interval, precision), actors,
// places, every source with its quote and the temporal expression highlighted, and why
// this date (expression, anchor, rule). Edits go through the EditHistory.
#pragma once

#include "annals/view/edit_history.hpp"
#include "panel.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>

namespace annals::viewer {

class DetailsPanel : public Panel {
 public:
  explicit DetailsPanel(view::EditHistory& edits) : edits_(edits) {}
  void draw(ViewerState& state, ImVec2 size) override;
  // What the panel shows, for screenshot tests (null when nothing is selected).
  nlohmann::json report() const;

 private:
  void load(ViewerState& state);
  void draw_when(const Event& event) const;
  void draw_sources(const ViewerState& state, const Event& event) const;
  void draw_editor(ViewerState& state);
  // Merge (pick one event, then merge it into the selected one) and split (tick sources).
  void draw_merge_and_split(ViewerState& state);

  view::EditHistory& edits_;
  std::optional<Event> event_;       // full record of the selection, fetched once
  std::optional<EventId> loaded_id_;
  long long loaded_version_ = -1;
  std::string title_buffer_;
  std::string type_buffer_;
  std::string date_buffer_;
  std::string actors_buffer_;
  std::string places_buffer_;
  std::string edit_error_;
  std::optional<Event> merge_pick_;  // the event to fold into the next one selected
  std::set<std::size_t> split_pick_;  // sources of the selection ticked to split off
  EventId split_for_ = 0;
};

}  // namespace annals::viewer
