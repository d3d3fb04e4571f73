// Dropping a file on the window imports it in the background and the view refreshes:
// --drop feeds the same path as GLFW's drop callback, and --screenshot waits for the
// import, so the layout report must show the dropped article's events.
#include "annals/store/store.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace {

std::vector<std::string> drawn_titles(const std::filesystem::path& report) {
  std::ifstream in(report);
  const auto layout = nlohmann::json::parse(in);
  std::vector<std::string> titles;
  for (const auto& mark : layout.at("marks")) titles.push_back(mark.at("title").get<std::string>());
  return titles;
}

}  // namespace

TEST_CASE("a dropped JSON lines file is imported in the background and its events are drawn") {
  const char* display = std::getenv("DISPLAY");
  if (!display || !*display) return;  // scripts/test runs this under xvfb-run
  const auto dir = std::filesystem::temp_directory_path() / ("annals-drop-" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(dir);
  annals::Store::open(dir / "empty.db");  // an empty Annals database
  std::ofstream(dir / "drop.jsonl")
      << R"({"title":"Wang Yi in Moscow","published":"2023-09-19","text":"Chinese Foreign Minister Wang Yi )"
         R"(met Russian Foreign Minister Sergei Lavrov in Moscow on Monday. The ICC issued an arrest warrant )"
         R"(for Putin last March."})"
      << "\n";
  const auto png = dir / "after-drop.png";
  const std::string command = std::string(ANNALS_VIEW) + " '" + (dir / "empty.db").string() + "' --drop '" +
                              (dir / "drop.jsonl").string() + "' --screenshot '" + png.string() + "' >/dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  const auto titles = drawn_titles(png.string() + ".json");
  CHECK(titles.size() == 2);
  CHECK(std::find(titles.begin(), titles.end(), "ICC issues arrest warrant for Vladimir Putin") != titles.end());
  CHECK(annals::Store::open(dir / "empty.db").event_count() == 2);  // stored, not only shown
  std::filesystem::remove_all(dir);
}
