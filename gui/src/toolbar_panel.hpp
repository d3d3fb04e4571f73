// The strip above the timeline: search, grouping, precision filter, history and fit,
// undo/redo, and the legend.
#pragma once

#include "annals/view/edit_history.hpp"
#include "panel.hpp"

#include <string>

namespace annals::viewer {

class ToolbarPanel : public Panel {
 public:
  explicit ToolbarPanel(view::EditHistory& edits) : edits_(edits) {}
  void draw(ViewerState& state, ImVec2 size) override;

 private:
  void add_event(ViewerState& state);
  void handle_edit_keys(ViewerState& state);
  view::EditHistory& edits_;
  void draw_document_filter(ViewerState& state);
  std::string search_;
  int precision_ = 0;  // 0: any, else Granularity + 1
};

// One example of each kind of mark with its meaning.
void draw_legend();

}  // namespace annals::viewer
