// Bad data files are reported by file and line, and a missing file by name.
#include "annals/data_dir.hpp"
#include "annals/events/extractor.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace annals;
namespace fs = std::filesystem;

namespace {

// A copy of data/ whose events/<file> gets `extra` appended (or replaced by it);
// removed on destruction.
class BrokenData {
 public:
  BrokenData(const std::string& file, const std::string& extra, bool replace = false) {
    root_ = fs::temp_directory_path() / ("annals-events-" + std::to_string(counter()++) + "-" + file);
    fs::remove_all(root_);
    fs::create_directories(root_ / "events");
    for (const auto& entry : fs::directory_iterator(data_directory() / "events"))
      fs::copy_file(entry.path(), root_ / "events" / entry.path().filename());
    std::ofstream(root_ / "events" / file, replace ? std::ios::trunc : std::ios::app) << extra;
  }
  ~BrokenData() { fs::remove_all(root_); }
  BrokenData(const BrokenData&) = delete;
  BrokenData& operator=(const BrokenData&) = delete;
  const fs::path& root() const { return root_; }
  std::size_t last_line(const std::string& file) const {
    std::ifstream in(root_ / "events" / file);
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line);) ++lines;
    return lines;
  }

 private:
  static int& counter() {
    static int value = 0;
    return value;
  }
  fs::path root_;
};

std::string load_error(const fs::path& root) {
  try {
    EventExtractor::load(root);
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  return {};
}

}  // namespace

TEST_CASE("the shipped data loads") { CHECK_NOTHROW(EventExtractor::load(data_directory())); }

TEST_CASE("bad rows are reported with file and line") {
  struct Row {
    std::string file;
    std::string extra;
    std::string why;  // part of the message
    bool replace = false;
  };
  const std::vector<Row> table{
      {"gazetteer.tsv", "planet\tMars\n", "unknown kind 'planet'"},
      {"gazetteer.tsv", "demonym\tAtlantis\tAtlantean\n", "unknown country 'Atlantis'"},
      {"gazetteer.tsv", "person\tVlad P\tPutin\n", "alias 'Putin' already names 'Vladimir Putin'"},
      {"gazetteer.tsv", "person\tSomeone\tS\tcolour=blue\n", "unknown attribute 'colour'"},
      {"gazetteer.tsv", "country\tRussia\n", "'Russia' is listed twice"},
      {"triggers.tsv", "picnic\tpicnicked\tstrong\twhole\n", "unknown event type 'picnic'"},
      {"triggers.tsv", "visit\tvisited\tmighty\twhole\n", "strength must be"},
      {"triggers.tsv", "visit\tvisited\tstrong\tmiddle\n", "aspect must be"},
      {"triggers.tsv", "visit\tvisited\tstrong\twhole\t{who} visits\n", "unknown slot {who}"},
      {"types.tsv", "party\tparty\tnearest\tloudest\t{subject} parties\n", "actor preference"},
      {"types.tsv", "party\tparty\n", "expected 5 to 5 tab-separated fields, found 2"},
      {"boilerplate.tsv", "regex\t([unclosed\n", "bad regular expression"},
      {"boilerplate.tsv", "sometimes\tfoo\n", "unknown kind 'sometimes'"},
      {"settings.tsv", "speed\t3\n", "unknown or repeated setting 'speed'"},
      {"settings.tsv", "weak_trigger_penalty\t3\n", "unknown or repeated setting 'weak_trigger_penalty'"},
      {"settings.tsv", "weak_trigger_penalty\t-1\n", "'-1' is not a non-negative integer", true},
      {"abbreviations.txt", "Mx\n", "an abbreviation ends with '.'"},
  };
  for (const auto& row : table) {
    CAPTURE(row.file);
    CAPTURE(row.extra);
    const BrokenData data(row.file, row.extra, row.replace);
    const auto message = load_error(data.root());
    const auto where = row.file + ":" + std::to_string(data.last_line(row.file)) + ": ";
    CHECK_MESSAGE(message.find(where) != std::string::npos, message);
    CHECK_MESSAGE(message.find(row.why) != std::string::npos, message);
  }
}

TEST_CASE("a missing data file is named") {
  const BrokenData data("triggers.tsv", "");
  fs::remove(data.root() / "events" / "gazetteer.tsv");
  CHECK(load_error(data.root()).find("gazetteer.tsv") != std::string::npos);
}
