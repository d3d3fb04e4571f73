// How one mark looks, which is how honest the timeline is about uncertainty: a day is a
// diamond, longer precisions are bars, "early/mid/late" bars fade toward the end that is
// not known, "about" is fuzzy on both sides with a tilde, "before"/"after" point the way
// the truth lies, and a folded mark shows its count.
#pragma once

#include "annals/view/timeline.hpp"
#include "canvas.hpp"

#include <imgui.h>

#include <cstdint>

namespace annals::viewer {

struct MarkBox {
  float x0 = 0;
  float x1 = 0;
  float y0 = 0;
  float y1 = 0;
};

enum class MarkState { Normal, Hovered, Selected };

void paint_event(Canvas& draw, const view::ViewEvent& event, const MarkBox& box,
                 ImU32 colour, MarkState state);
void paint_folded(Canvas& draw, const MarkBox& box, std::uint32_t count, ImU32 colour,
                  MarkState state);

// The legend: one example of each kind of mark with its meaning.
void paint_legend_sample(Canvas& draw, const view::ViewEvent& example, const MarkBox& box);

}  // namespace annals::viewer
