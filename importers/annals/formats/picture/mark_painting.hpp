// Turns a mark's style and geometry into drawing items; the lanes and the legend both use
// it, so the legend shows exactly what the lanes show.
#pragma once

#include "annals/formats/picture/drawing.hpp"
#include "annals/formats/picture/event_marks.hpp"

namespace annals::formats::picture {

void paint_mark(Drawing& drawing, const MarkStyle& style, const MarkGeometry& geometry, Colour colour);

}  // namespace annals::formats::picture
