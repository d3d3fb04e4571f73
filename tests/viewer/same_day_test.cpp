// Draw data under Xvfb for events of one day: zoomed to hours they unfold into sub-rows,
// one mark each at its own height (each can be clicked), and a year view folds them into
// one mark with their count. A --search text found only in a quote (searched on the
// quote search's worker) still selects what is drawn.
#include "annals/store/store.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

struct SameDay {
  fs::path dir = fs::temp_directory_path() / ("annals-same-day-" + std::to_string(std::random_device{}()));
  fs::path db = dir / "same-day.db";
  std::set<annals::EventId> ids;
  SameDay() {
    fs::create_directories(dir);
    auto store = annals::Store::open(db);
    const auto day = date::sys_days{date::year{2023} / date::September / date::day{18}};
    for (const char* title : {"Wang Yi meets Lavrov", "Wang Yi meets Putin", "Lavrov holds a press conference",
                              "Security council session"}) {
      annals::Event event;
      event.title = title;
      event.type = "meeting";
      event.when = annals::When{"2023-09-18", "", annals::DateRange::day(day)};
      event.sources.push_back(annals::Source{0, std::string(title) + (event.title == "Wang Yi meets Putin" ? " in the Kremlin hall." : "."),
                                             "Monday", 0, 6, "test", "2023-09-19"});
      ids.insert(store.insert_event(event));
    }
  }
  ~SameDay() {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
  nlohmann::json shoot(const std::string& name, const std::string& options) const {
    const fs::path png = dir / (name + ".png");
    const std::string command = std::string(ANNALS_VIEW) + " '" + db.string() + "' --screenshot '" + png.string() +
                                "' " + options + " >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream report(png.string() + ".json");
    return nlohmann::json::parse(report);
  }
};

bool have_display() {
  const char* display = std::getenv("DISPLAY");
  return display && *display;
}

}  // namespace

TEST_CASE("events of one day unfold into sub-rows at hour zoom and fold into a count zoomed out") {
  if (!have_display()) return;
  const SameDay db;
  struct Case {
    const char* options;
    std::size_t marks;
    std::size_t distinct_heights;
    int largest_count;
  };
  const Case cases[] = {
      {"--from 2023-09-18 --to 2023-09-18", 4, 4, 1},  // one day across the strip
      {"--from 2023-09-15 --to 2023-09-21", 4, 4, 1},  // a week: a day is ~200 px
      {"--from 2010-01-01 --to 2030-12-31", 1, 1, 4},  // decades: the day is under a pixel
  };
  int shot = 0;
  for (const Case& c : cases) {
    CAPTURE(c.options);
    const auto layout = db.shoot("shot" + std::to_string(shot++), c.options);
    const auto& marks = layout.at("marks");
    CHECK(marks.size() == c.marks);
    std::set<double> heights;
    std::set<annals::EventId> drawn;
    int largest = 0;
    for (const auto& mark : marks) {
      heights.insert(mark.at("y").get<double>());
      drawn.insert(mark.at("event").get<annals::EventId>());
      largest = std::max(largest, mark.at("count").get<int>());
    }
    CHECK(heights.size() == c.distinct_heights);
    CHECK(largest == c.largest_count);
    if (c.largest_count == 1) CHECK(drawn == db.ids);  // every event of the day its own mark
  }
}

TEST_CASE("a search text found only in a quote is answered by the background search before the picture") {
  if (!have_display()) return;
  const SameDay db;
  const auto layout = db.shoot("search", "--from 2023-09-18 --to 2023-09-18 --search 'kremlin hall'");
  const auto& marks = layout.at("marks");
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].at("title") == "Wang Yi meets Putin");
}
