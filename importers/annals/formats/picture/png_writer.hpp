// A canvas as a PNG file (stb_image_write; Debian's libstb holds its implementation).
#pragma once

#include "annals/formats/picture/raster.hpp"

#include <iosfwd>

namespace annals::formats::picture {

// Throws std::runtime_error when encoding fails.
void write_png(std::ostream& out, const Canvas& canvas);

}  // namespace annals::formats::picture
