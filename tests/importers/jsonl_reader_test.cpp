#include "annals/formats/jsonl_reader.hpp"

#include "annals/date_range.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::formats;

TEST_CASE("JSON lines: one article a line, bad lines reported by number") {
  const std::string bytes =
      R"({"id": "a1", "title": "One", "published": "2023-09-19T08:00:00+03:00", "url": "https://x/1", "text": "Wang Yi visited Russia."})" "\n"
      "\n"
      R"({"id": 7, "text": "Undated text."})" "\n"
      R"({"title": "no text"})" "\n"
      R"({"text": "x", "published": "2023-02-30"})" "\n"
      R"({"text": "unterminated)" "\n"
      R"(["an", "array"])" "\n"
      R"({"text": "Last.", "published": "Sept 1, 2023"})";
  const auto result = read_json_lines("dump.jsonl", bytes);
  REQUIRE(result.articles.size() == 3);
  CHECK(result.articles[0].document.title == "One");
  CHECK(result.articles[0].document.url == "https://x/1");
  CHECK(result.articles[0].document.source == "dump.jsonl#a1");
  CHECK(format_iso(*result.articles[0].metadata_date) == "2023-09-19");
  CHECK(result.articles[1].document.source == "dump.jsonl#7");
  CHECK(result.articles[1].line == 3);
  CHECK_FALSE(result.articles[1].metadata_date.has_value());
  CHECK(format_iso(*result.articles[2].metadata_date) == "2023-09-01");
  REQUIRE(result.failures.size() == 4);
  CHECK(result.failures[0] == "dump.jsonl:4: no \"text\" field");
  CHECK(result.failures[1] == "dump.jsonl:5: \"published\": impossible date '2023-02-30'");
  CHECK(result.failures[2] == "dump.jsonl:6: invalid JSON");
  CHECK(result.failures[3] == "dump.jsonl:7: expected a JSON object");
}
