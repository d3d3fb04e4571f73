// Greedy placement of marks and their labels in the rows of one lane. Items come most
// important first; each takes the first row where its mark and label fit without touching
// anything placed before: the label inside a bar wide enough for it, else right of the mark,
// else left of it. An item that fits nowhere keeps its mark (in the first row with room for
// the mark alone, else where it hides no label or only the least important ones, which then
// go) and loses its label.
// So labels never overlap each other or a mark, and when room runs out it is labels, the
// least important first, that give way.
#pragma once

#include "annals/formats/picture/event_marks.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace annals::formats::picture {

struct PackItem {
  MarkGeometry mark;  // x extents matter here; y is set once rows have heights
  float label_width = 0;
  bool bar = false;   // a bar may hold its label inside
};

enum class LabelSide { Inside, Right, Left };

struct PackedItem {
  std::size_t row = 0;
  std::optional<LabelSide> label;  // none: left out for lack of room
  float label_x = 0;               // left edge of the label text
};

struct PackingRules {
  float left = 0;        // the plot's edges: labels stay within them
  float right = 0;
  float gap = 4;         // between a mark and its label
  float clearance = 6;   // between neighbours in a row
  float inside_padding = 4;
};

struct LanePacking {
  std::vector<PackedItem> items;  // one per input item, same order
  std::size_t rows_used = 0;
};

LanePacking pack_lane(const std::vector<PackItem>& items, std::size_t row_limit, const PackingRules& rules);

}  // namespace annals::formats::picture
