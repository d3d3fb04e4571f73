// The events passing the filter as a sortable table, kept in sync with the timeline's
// selection both ways. Only the rows on screen are laid out (ImGuiListClipper).
#pragma once

#include "panel.hpp"

#include <cstdint>
#include <vector>

namespace annals::viewer {

class TablePanel : public Panel {
 public:
  void draw(ViewerState& state, ImVec2 size) override;

 private:
  void sort_rows(const ViewerState& state, int column, bool ascending);
  std::vector<view::EventIndex> rows_;
  std::uint64_t generation_ = 0;
  int sort_column_ = 0;
  bool ascending_ = true;
};

}  // namespace annals::viewer
