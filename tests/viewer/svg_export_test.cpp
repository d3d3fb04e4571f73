// SVG export of the view (--export-svg): the same drawing code records SVG primitives
// while it paints, so every mark the screenshot's layout report lists must appear in the
// SVG at the same place (a bar as a <rect> at its left edge, a day as a <polygon>
// around its centre), and the labels as <text>, the ICC warrant's among them.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace {

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string one_decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

std::string shell(const std::filesystem::path& path) { return " '" + path.string() + "'"; }

}  // namespace

TEST_CASE("the SVG export holds a shape for every visible mark and the labels as text") {
  const char* display = std::getenv("DISPLAY");
  if (!display || !*display) return;  // scripts/test runs this under xvfb-run
  const auto dir = std::filesystem::temp_directory_path() / ("annals-svg-" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(dir);
  const auto db = dir / "ref.db";
  const auto sample = std::filesystem::path(ANNALS_SOURCE_DATA_DIR) / "samples" / "wang-yi-moscow-2023-09.txt";
  REQUIRE(std::system((std::string(ANNALS_CLI) + " import --quiet --db" + shell(db) + " --published 2023-09-19" +
                       shell(sample) + " >/dev/null 2>&1").c_str()) == 0);
  const auto svg_path = dir / "view.svg";
  const auto png = dir / "view.png";
  REQUIRE(std::system((std::string(ANNALS_VIEW) + shell(db) + " --lanes actor --export-svg" + shell(svg_path) +
                       " --screenshot" + shell(png) + " >/dev/null 2>&1").c_str()) == 0);
  const std::string svg = read_all(svg_path);
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(svg.find(">ICC issues arrest warrant for Vladimir Putin</text>") != std::string::npos);

  std::ifstream report(png.string() + ".json");
  const auto layout = nlohmann::json::parse(report);
  REQUIRE(layout.at("marks").size() >= 10);
  for (const auto& mark : layout.at("marks")) {
    const double x0 = mark.at("x0").get<double>();
    const double centre = (x0 + mark.at("x1").get<double>()) / 2;
    const bool bar = svg.find("<rect x=\"" + one_decimal(x0) + "\"") != std::string::npos;
    const bool diamond = svg.find("<polygon points=\"" + one_decimal(centre) + ",") != std::string::npos;
    CHECK_MESSAGE((bar || diamond), "no shape for " << mark.at("title"));
  }
  std::filesystem::remove_all(dir);
}
