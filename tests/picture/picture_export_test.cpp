// `annals export --format svg|png` through the executable, on the reference article's real
// database: a valid SVG with one group per lane, the ICC warrant labelled and drawn as a bar
// over March 2023; a PNG of the requested size with the visit's mark where the SVG puts it;
// and bad options refused with exit 2 and a message.
#include "../cli/cli_fixture.hpp"
#include "svg_reader.hpp"

#include <stb_image.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>

using annals::cli_test::quoted;
using annals::cli_test::read_file;
using annals::cli_test::run;
using annals::cli_test::TempDir;
using namespace annals::picture_test;

namespace {

std::string reference_database(const TempDir& dir) {
  const auto db = (dir / "news.db").string();
  const auto imported = run(dir, "import --quiet --published 2023-09-19 --db " + quoted(db) + " " +
                                     quoted(annals::cli_test::reference_article.string()));
  REQUIRE_MESSAGE(imported.status == 0, imported.err);
  return db;
}

float number(const std::string& text) {
  float value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

const SvgGroup* event_group(const SvgDocument& svg, const std::string& tooltip_part) {
  for (const auto& group : svg.groups)
    if (group.css_class == "event" && group.title.find(tooltip_part) != std::string::npos) return &group;
  return nullptr;
}

// The x of the axis label `text` (labels start 3 px right of their tick).
std::optional<float> axis_label_x(const SvgDocument& svg, const std::string& text) {
  for (const auto& element : svg.texts)
    if (element.text == text) return number(element.attributes.at("x"));
  return std::nullopt;
}

// The centre of a diamond's points="x,y x,y x,y x,y".
std::pair<float, float> polygon_centre(const SvgElement& polygon) {
  const auto& points = polygon.attributes.at("points");
  float x = 0, y = 0;
  int n = 0;
  for (std::size_t at = 0; at < points.size();) {
    const auto comma = points.find(',', at);
    const auto space = std::min(points.find(' ', comma), points.size());
    x += number(points.substr(at, comma - at));
    y += number(points.substr(comma + 1, space - comma - 1));
    ++n;
    at = space + 1;
  }
  return {x / static_cast<float>(n), y / static_cast<float>(n)};
}

}  // namespace

TEST_CASE("the reference article as SVG: valid, one group per lane, the warrant a bar over March 2023") {
  const TempDir dir;
  const auto db = reference_database(dir);
  const auto exported = run(dir, "export --db " + quoted(db) + " --format svg");
  REQUIRE_MESSAGE(exported.status == 0, exported.err);
  const auto svg = read_svg(exported.out);
  REQUIRE_MESSAGE(svg.well_formed, svg.error);
  CHECK(svg.root.at("width") == "1600");
  CHECK(svg.root.at("height") == "900");

  const auto types = run(dir, "export --db " + quoted(db) + " --format csv");
  const auto lanes = std::count_if(svg.groups.begin(), svg.groups.end(), [](const SvgGroup& g) { return g.css_class == "lane"; });
  CHECK(lanes >= 3);
  for (const auto& group : svg.groups)
    if (group.css_class == "lane") CHECK(types.out.find("," + group.name + ",") != std::string::npos);

  CHECK(std::any_of(svg.texts.begin(), svg.texts.end(),
                    [](const SvgElement& t) { return t.text.starts_with("ICC issues arrest warrant"); }));
  const auto* warrant = event_group(svg, "\n2023-03 (month");
  REQUIRE(warrant != nullptr);
  CHECK(warrant->title.find("sources (1):") != std::string::npos);
  const auto bar = std::find_if(warrant->shapes.begin(), warrant->shapes.end(),
                                [](const SvgElement& e) { return e.name == "rect"; });
  REQUIRE(bar != warrant->shapes.end());
  const auto march = axis_label_x(svg, "Mar");
  const auto april = axis_label_x(svg, "Apr");
  REQUIRE(march);
  REQUIRE(april);
  const float x0 = number(bar->attributes.at("x"));
  CHECK(x0 == doctest::Approx(*march - 3).epsilon(0.01));
  CHECK(x0 + number(bar->attributes.at("width")) == doctest::Approx(*april - 3).epsilon(0.01));

  const auto header = std::find_if(svg.groups.begin(), svg.groups.end(), [](const SvgGroup& g) { return g.css_class == "header"; });
  REQUIRE(header != svg.groups.end());
  const auto filtered = read_svg(run(dir, "export --db " + quoted(db) + " --format svg --type warrant --lanes actor").out);
  REQUIRE(filtered.well_formed);
  CHECK(std::any_of(filtered.texts.begin(), filtered.texts.end(),
                    [](const SvgElement& t) { return t.text.find("filter: type warrant") != std::string::npos; }));
  CHECK(std::any_of(filtered.groups.begin(), filtered.groups.end(),
                    [](const SvgGroup& g) { return g.css_class == "lane" && g.name == "International Criminal Court"; }));
}

TEST_CASE("the reference article as PNG: the requested size, the visit drawn where the SVG draws it") {
  const TempDir dir;
  const auto db = reference_database(dir);
  const auto png = (dir / "timeline.png").string();
  const auto size = " --width 1000 --height 600";
  const auto exported = run(dir, "export --db " + quoted(db) + " --format png -o " + quoted(png) + size);
  REQUIRE_MESSAGE(exported.status == 0, exported.err);
  int width = 0, height = 0, channels = 0;
  const std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(png.c_str(), &width, &height, &channels, 3),
                                                               stbi_image_free);
  REQUIRE(pixels != nullptr);
  CHECK(width == 1000);
  CHECK(height == 600);

  const auto svg = read_svg(run(dir, "export --db " + quoted(db) + " --format svg" + size).out);
  const auto* visit = event_group(svg, "\n2023-09-18 (day");
  REQUIRE(visit != nullptr);
  REQUIRE(!visit->shapes.empty());
  REQUIRE(visit->shapes.front().name == "polygon");
  const auto [cx, cy] = polygon_centre(visit->shapes.front());
  const auto* pixel = pixels.get() + (static_cast<std::size_t>(cy) * 1000 + static_cast<std::size_t>(cx)) * 3;
  const auto [lowest, highest] = std::minmax({pixel[0], pixel[1], pixel[2]});
  CHECK(highest - lowest > 40);  // a saturated lane colour, not white or grey background
  // And the picture has text: dark pixels in the header.
  bool dark = false;
  for (int y = 20; y < 50 && !dark; ++y)
    for (int x = 20; x < 400 && !dark; ++x) dark = pixels.get()[(y * 1000 + x) * 3] < 80;
  CHECK(dark);
}

TEST_CASE("bad picture options: exit 2 with a message; a missing font: exit 1 naming it, no file left") {
  const TempDir dir;
  const auto db = reference_database(dir);
  struct Case {
    std::string arguments;
    const char* message;
  };
  const Case cases[] = {
      {"--format svg --lanes colour", "--lanes: unknown lane 'colour'"},
      {"--format svg --width 0", "--width: '0' is not a size in pixels"},
      {"--format svg --height 99999", "--height: '99999'"},
      {"--format svg --width 12x", "--width: '12x'"},
      {"--format csv --width 800", "--width applies to --format svg or png only"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.arguments);
    const auto result = run(dir, "export --db " + quoted(db) + " " + c.arguments);
    CHECK(result.status == 2);
    CHECK(result.err.find(c.message) != std::string::npos);
  }
  const auto png = dir / "none.png";
  const auto missing = run(dir, "export --db " + quoted(db) + " --format png --font /nonexistent/font.ttf -o " + quoted(png.string()));
  CHECK(missing.status == 1);
  CHECK(missing.err.find("/nonexistent/font.ttf: font not found") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(png));
}

TEST_CASE("an empty selection still gives a valid picture that says so") {
  const TempDir dir;
  const auto db = reference_database(dir);
  const auto result = run(dir, "export --db " + quoted(db) + " --format svg --type nothing-like-this");
  REQUIRE(result.status == 0);
  const auto svg = read_svg(result.out);
  REQUIRE(svg.well_formed);
  CHECK(std::any_of(svg.texts.begin(), svg.texts.end(),
                    [](const SvgElement& t) { return t.text.starts_with("0 events from 0 documents"); }));
}
