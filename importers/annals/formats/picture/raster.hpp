// Software rasteriser for the drawing list: the PNG export needs no window, no GL and no
// display. Boxes get exact fractional coverage at their edges, polygons 4x4 supersampling,
// text stb_truetype's anti-aliased glyphs; everything is blended "over" with its alpha.
#pragma once

#include "annals/formats/picture/drawing.hpp"
#include "annals/formats/picture/font.hpp"

#include <cstdint>
#include <vector>

namespace annals::formats::picture {

// Opaque RGBA pixels, rows top to bottom.
struct Canvas {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;

  Colour at(int x, int y) const;
};

Canvas rasterise(const Drawing& drawing, const TrueTypeFont& font);

}  // namespace annals::formats::picture
