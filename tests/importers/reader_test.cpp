#include "annals/formats/reader.hpp"

#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace annals::formats;
using annals::test::boilerplate;

namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::temp_directory_path() / "annals-reader-test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("the format comes from the extension, else from the content") {
  struct Case {
    const char* file;
    const char* head;
    Format expected;
  };
  const Case cases[] = {
      {"a.html", "", Format::Html},          {"a.HTM", "", Format::Html},
      {"a.jsonl", "", Format::JsonLines},    {"a.csv", "", Format::Csv},
      {"a.rss", "", Format::Feed},           {"a.tml", "", Format::TimeML},
      {"a.txt", "<html>", Format::Text},     {"a.xml", "<?xml?>\n<rss>", Format::Feed},
      {"a.xml", "<feed xmlns=''>", Format::Feed}, {"a", "<TimeML>", Format::TimeML},
      {"-", "  <!DOCTYPE html><html>", Format::Html}, {"-", "{\"text\":\"x\"}", Format::JsonLines},
      {"-", "MOSCOW, Sept 18", Format::Text},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    CHECK(detect_format(c.file, c.head) == c.expected);
  }
  CHECK(parse_format("rss") == Format::Feed);
  CHECK(parse_format("jsonl") == Format::JsonLines);
  CHECK_FALSE(parse_format("docx").has_value());
}

TEST_CASE("bad input becomes a failure naming the file, never an exception") {
  struct Case {
    const char* name;
    std::string bytes;
    const char* message_start;
  };
  const Case cases[] = {
      {"bin.txt", std::string("PK\x03\x04\0\0binary", 12), "binary file"},
      {"latin1.html", "<p>caf\xE9</p>\n", "latin1.html:1: invalid UTF-8"},
      {"nocol.csv", "a,b\n1,2\n", "nocol.csv:1: no text column"},
      {"empty.csv", "", "empty.csv: empty CSV file"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const auto path = write_temp(c.name, c.bytes);
    const auto result = read_input(path, annals::test::reader_settings());
    CHECK(result.articles.empty());
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures[0].find(c.message_start) != std::string::npos);
    CHECK(result.failures[0].find(c.name) != std::string::npos);
  }
  const auto missing = read_input("/nonexistent/x.txt", annals::test::reader_settings());
  REQUIRE(missing.failures.size() == 1);
  CHECK(missing.failures[0] == "/nonexistent/x.txt: no such file");
}

TEST_CASE("--format overrides detection") {
  auto forced = annals::test::reader_settings();
  forced.format = Format::Text;
  const auto path = write_temp("page.html", "<p>kept as text</p>");
  const auto result = read_input(path, forced);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.text == "<p>kept as text</p>");
}
