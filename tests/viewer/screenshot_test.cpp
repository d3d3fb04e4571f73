// Screenshot tests: annals-view renders the reference article's database under a virtual
// display (scripts/test runs ctest under xvfb-run), writes a PNG and a JSON report of where
// it drew; the tests check the pixels. Without DISPLAY they are skipped.
#include "annals/date_range.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path sample = fs::path(ANNALS_SOURCE_DATA_DIR) / "samples" / "wang-yi-moscow-2023-09.txt";

bool have_display() {
  const char* display = std::getenv("DISPLAY");
  return display && *display;
}

int run(const std::string& command) { return std::system((command + " >/dev/null 2>&1").c_str()); }

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

struct Image {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgba;
  std::array<int, 3> at(int x, int y) const {
    const auto i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
  }
};

Image load_png(const fs::path& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.string().c_str(), &image.width, &image.height, &channels, 4);
  REQUIRE_MESSAGE(data != nullptr, "cannot read " << path);
  image.rgba.assign(data, data + static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
  stbi_image_free(data);
  return image;
}

// A coloured pixel: marks are saturated; text, grid and background are grey.
bool colourful(const std::array<int, 3>& rgb) {
  constexpr int min_chroma = 70;
  const auto [lo, hi] = std::minmax({rgb[0], rgb[1], rgb[2]});
  return hi - lo >= min_chroma;
}

int colourful_in_column(const Image& image, int x, int top, int bottom) {
  int count = 0;
  for (int dx = -1; dx <= 1; ++dx)
    for (int y = top; y < bottom; ++y) count += colourful(image.at(x + dx, y)) ? 1 : 0;
  return count;
}

// The reference database and a folder for the pictures, made once for all tests.
struct Fixture {
  fs::path dir;
  fs::path db;
  Fixture() {
    std::random_device random;
    dir = fs::temp_directory_path() / ("annals-viewer-test-" + std::to_string(random()));
    fs::create_directories(dir);
    db = dir / "reference.db";
    const int status = run(std::string(ANNALS_CLI) + " import --db " + quoted(db) +
                           " --published 2023-09-19 " + quoted(sample));
    REQUIRE_MESSAGE(status == 0, "annals import failed");
  }
  ~Fixture() {
    std::error_code error;
    fs::remove_all(dir, error);
  }
  // Runs annals-view --screenshot with `options`; returns the picture and its layout report.
  std::pair<Image, nlohmann::json> shoot(const std::string& name, const std::string& options) const {
    const fs::path png = dir / (name + ".png");
    const int status = run(std::string(ANNALS_VIEW) + " " + quoted(db) + " --screenshot " + quoted(png) + " " + options);
    REQUIRE_MESSAGE(status == 0, "annals-view --screenshot failed for " << name);
    std::ifstream report(png.string() + ".json");
    return {load_png(png), nlohmann::json::parse(report)};
  }
};

const Fixture& fixture() {
  static const Fixture instance;
  return instance;
}

float x_of(const nlohmann::json& layout, date::sys_days day) {
  const double first = layout["window"]["first"];
  const double end = layout["window"]["end"];
  const double left = layout["strip"]["left"];
  const double width = layout["strip"]["width"];
  const double coord = static_cast<double>(day.time_since_epoch().count()) + 0.5;
  return static_cast<float>(left + (coord - first) / (end - first) * width);
}

date::sys_days day(int y, unsigned m, unsigned d) { return date::sys_days{date::year{y} / date::month{m} / date::day{d}}; }

}  // namespace

TEST_CASE("the whole reference timeline is drawn on a time axis") {
  if (!have_display()) {
    MESSAGE("DISPLAY is not set: viewer screenshot tests skipped");
    return;
  }
  const auto [image, layout] = fixture().shoot("whole", "");
  CHECK(image.width == 1600);
  CHECK(image.height == 900);
  const int top = static_cast<int>(layout["lanes_top"].get<double>());
  const int bottom = static_cast<int>(layout["lanes_bottom"].get<double>());
  // March 2023 (the ICC warrant) has a coloured bar; mid-May 2023 has no event at all.
  CHECK(colourful_in_column(image, static_cast<int>(x_of(layout, day(2023, 3, 15))), top, bottom) > 10);
  CHECK(colourful_in_column(image, static_cast<int>(x_of(layout, day(2023, 5, 20))), top, bottom) == 0);
  // July 2023 (the intelligence report), December 2022 (Belarus and Kyrgyzstan), October (forum).
  for (const auto when : {day(2023, 7, 15), day(2022, 12, 15), day(2023, 10, 15)})
    CHECK(colourful_in_column(image, static_cast<int>(x_of(layout, when)), top, bottom) > 10);
}

TEST_CASE("a dense region folds into one mark with its count") {
  if (!have_display()) return;
  const auto [image, layout] = fixture().shoot("folded", "");
  // Seen whole, 17 and 18 September are closer than the fold distance: one mark of 3.
  bool found = false;
  for (const auto& mark : layout["marks"])
    if (mark["count"] == 3) {
      found = true;
      const float x = mark["x0"];
      CHECK(x == doctest::Approx(x_of(layout, day(2023, 9, 17))).epsilon(0.01));
    }
  CHECK(found);
  // Zoomed to September the three meetings separate again.
  const auto [zoomed, zoomed_layout] = fixture().shoot("september", "--from 2023-09-10 --to 2023-09-25");
  // The 17th (Sullivan) and the 18th (two meetings that day) are now apart.
  const float x17 = x_of(zoomed_layout, day(2023, 9, 17));
  const float x18 = x_of(zoomed_layout, day(2023, 9, 18));
  int on_17 = 0;
  int on_18 = 0;
  for (const auto& mark : zoomed_layout["marks"]) {
    const float middle = (mark["x0"].get<float>() + mark["x1"].get<float>()) / 2;
    if (std::abs(middle - x17) < 2) on_17 += mark["count"].get<int>();
    if (std::abs(middle - x18) < 2) on_18 += mark["count"].get<int>();
  }
  CHECK(on_17 == 1);
  CHECK(on_18 == 2);
  CHECK(x18 - x17 > 20);
  CHECK(colourful_in_column(zoomed, static_cast<int>(x_of(zoomed_layout, day(2023, 9, 17))),
                            zoomed_layout["lanes_top"].get<int>(), zoomed_layout["lanes_bottom"].get<int>()) > 5);
}

TEST_CASE("lanes by actor show an event in each of its actors' lanes") {
  if (!have_display()) return;
  const auto [image, layout] = fixture().shoot("actors", "--lanes actor");
  // The warrant names Putin and the ICC: two marks for it, in different lanes.
  std::vector<float> warrant_rows;
  const float march = x_of(layout, day(2023, 3, 15));
  for (const auto& mark : layout["marks"])
    if (mark["title"].get<std::string>().find("ICC") != std::string::npos) {
      CHECK(mark["x0"].get<float>() < march);
      CHECK(mark["x1"].get<float>() > march);
      warrant_rows.push_back(mark["y"]);
    }
  REQUIRE(warrant_rows.size() >= 2);
  CHECK(warrant_rows[0] != warrant_rows[1]);
  for (float y : warrant_rows)
    if (y < static_cast<float>(image.height)) CHECK(colourful(image.at(static_cast<int>(march), static_cast<int>(y))));
}

TEST_CASE("the details of the ICC warrant highlight 'last March'") {
  if (!have_display()) return;
  const auto [image, layout] = fixture().shoot("details", "--details ICC");
  // The temporal expression is drawn in the highlight colour, in the details panel on the right.
  const float panel_left = layout["strip"]["left"].get<float>() + layout["strip"]["width"].get<float>();
  int highlighted = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = static_cast<int>(panel_left); x < image.width; ++x) {
      const auto [r, g, b] = image.at(x, y);
      if (r > 200 && g > 150 && g < 240 && b < 140) ++highlighted;
    }
  CHECK(highlighted > 20);
  REQUIRE(layout.contains("details"));
  CHECK(layout["details"]["expressions"][0] == "last March");
  CHECK(layout["details"]["when"] == "2023-03");
}
