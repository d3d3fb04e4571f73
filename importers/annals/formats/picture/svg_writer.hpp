// The drawing list as an SVG 1.1 document: UTF-8, every text escaped, one <g> per group
// (so each lane is one <g class="lane">), group tooltips as <title>, fades as linear
// gradients. Opens in any browser and in vector editors for a report.
#pragma once

#include "annals/formats/picture/drawing.hpp"

#include <iosfwd>
#include <string>
#include <string_view>

namespace annals::formats::picture {

void write_svg(std::ostream& out, const Drawing& drawing);

// XML-escaped text without the control characters XML 1.0 forbids.
std::string svg_text(std::string_view text);

}  // namespace annals::formats::picture
