// The two backends of one drawing list: SVG text escaped and well-formed, gradients as
// linear gradients; the rasteriser's alpha blending, fractional edges, polygons and text.
#include "svg_reader.hpp"

#include "annals/formats/picture/font.hpp"
#include "annals/formats/picture/raster.hpp"
#include "annals/formats/picture/svg_writer.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

using namespace annals::formats::picture;
using annals::picture_test::read_svg;

namespace {

Drawing small_drawing() {
  Drawing drawing;
  drawing.width = 40;
  drawing.height = 20;
  drawing.open({"lane", "A & B <lane>", "tooltip \"quoted\"\nsecond line"});
  drawing.rect({0, 0, 10, 10}, {0, 0, 255, 128});
  drawing.rect({10.5f, 0, 20, 10}, {0, 0, 0, 255});
  drawing.gradient({20, 0, 40, 10}, {255, 0, 0, 255}, {255, 0, 0, 0});
  drawing.polygon({{5, 12}, {9, 16}, {5, 20}, {1, 16}}, {0, 128, 0, 255});
  drawing.text({{22, 18}, 8, {0, 0, 0, 255}, "Łódź <x> & \x01y", TextAnchor::Start});
  drawing.close();
  return drawing;
}

}  // namespace

TEST_CASE("SVG text is escaped and the document is well-formed") {
  CHECK(svg_text("a < b & \"c\"") == "a &lt; b &amp; &quot;c&quot;");
  CHECK(svg_text("bell\x07 tab\t") == "bell tab\t");
  std::ostringstream out;
  write_svg(out, small_drawing());
  const auto svg = read_svg(out.str());
  REQUIRE_MESSAGE(svg.well_formed, svg.error);
  REQUIRE(svg.groups.size() == 1);
  CHECK(svg.groups[0].name == "A & B <lane>");
  CHECK(svg.groups[0].title == "tooltip \"quoted\"\nsecond line");
  REQUIRE(svg.texts.size() == 1);
  CHECK(svg.texts[0].text == "Łódź <x> & y");
  CHECK(out.str().find("fill-opacity=\"0.5\"") != std::string::npos);
  CHECK(out.str().find("<linearGradient id=\"fade1\"") != std::string::npos);
  CHECK(out.str().find("fill=\"url(#fade1)\"") != std::string::npos);
}

TEST_CASE("the rasteriser blends with alpha, covers fractional edges, fills polygons and draws text") {
  if (!std::filesystem::exists(default_font_path())) {
    MESSAGE("DejaVu Sans is not installed: scripts/install-dependencies installs it");
    CHECK(std::filesystem::exists(default_font_path()));
    return;
  }
  const auto font = TrueTypeFont::load(default_font_path());
  const auto canvas = rasterise(small_drawing(), font);
  REQUIRE(canvas.width == 40);
  REQUIRE(canvas.height == 20);
  const auto half_blue = canvas.at(5, 5);  // 50% blue over white
  CHECK(half_blue.b == 255);
  CHECK(half_blue.r == doctest::Approx(127).epsilon(0.02));
  CHECK(canvas.at(10, 5).r == doctest::Approx(127).epsilon(0.02));  // half the pixel covered in black
  CHECK(canvas.at(15, 5).r == 0);
  CHECK(canvas.at(20, 5).g < canvas.at(39, 5).g);  // red fading to transparent
  CHECK(canvas.at(5, 16).g < 200);                  // inside the diamond: green
  CHECK(canvas.at(5, 16).r < 50);
  CHECK(canvas.at(1, 12).r == 255);                 // outside it: white
  int inked = 0;
  for (int y = 10; y < 20; ++y)
    for (int x = 22; x < 40; ++x) inked += canvas.at(x, y).r < 128;
  CHECK(inked > 5);
  CHECK_THROWS_WITH_AS(TrueTypeFont::load("/nonexistent.ttf"), doctest::Contains("/nonexistent.ttf: font not found"),
                       std::runtime_error);
}
