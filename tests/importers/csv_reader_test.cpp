#include "annals/formats/csv_reader.hpp"

#include "annals/date_range.hpp"
#include "annals/formats/input_file.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace annals;
using namespace annals::formats;

namespace {
CsvColumnNames columns() { return CsvColumnNames::load(ANNALS_SOURCE_DATA_DIR); }
}  // namespace

TEST_CASE("CSV: RFC 4180 quoting, multi-line fields, recognised headers") {
  const std::string bytes =
      "\xEF\xBB\xBFHeadline,Date,Body,Link\r\n"
      "\"Wang Yi, in Moscow\",2023-09-19,\"He said \"\"yes\"\".\r\nSecond line.\",https://x/1\r\n"
      "Plain,\"September 18, 2023\",Plain body,\r\n";
  const auto result = read_csv_articles("a.csv", bytes, columns());
  REQUIRE(result.failures.empty());
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].document.title == "Wang Yi, in Moscow");
  CHECK(result.articles[0].document.text == "He said \"yes\".\r\nSecond line.");
  CHECK(result.articles[0].document.url == "https://x/1");
  CHECK(format_iso(*result.articles[0].metadata_date) == "2023-09-19");
  CHECK(result.articles[1].line == 4);  // the quoted field above spans lines 2 and 3
  CHECK(format_iso(*result.articles[1].metadata_date) == "2023-09-18");
}

TEST_CASE("CSV: --map names other columns") {
  auto names = columns();
  names.apply_map("title=Subject, text=Story Text,published=When");
  const auto result = read_csv_articles(
      "m.csv", "Subject,title,Story Text,When\nS,T,the body,2023-09-19\n", names);
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.title == "S");
  CHECK(result.articles[0].document.text == "the body");
  CHECK_THROWS_AS(names.apply_map("colour=x"), std::invalid_argument);
  CHECK_THROWS_AS(names.apply_map("title"), std::invalid_argument);
}

TEST_CASE("CSV: ragged rows, bad quotes and bad dates are reported by line") {
  const std::string bytes =
      "title,date,text\n"
      "a,2023-09-19,ok\n"
      "b,2023-09-19\n"
      "c,2023-09-19,ok,extra\n"
      "\"d\"x,2023-09-19,ok\n"
      "e,2023-02-30,ok\n"
      "f,,\"never closed\n"
      "more\n";
  const auto result = read_csv_articles("r.csv", bytes, columns());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.title == "a");
  REQUIRE(result.failures.size() == 5);
  CHECK(result.failures[0] == "r.csv:3: 2 fields, the header has 3");
  CHECK(result.failures[1] == "r.csv:4: 4 fields, the header has 3");
  CHECK(result.failures[2] == "r.csv:5: unexpected character after a closing quote");
  CHECK(result.failures[3] == "r.csv:6: impossible date '2023-02-30'");
  CHECK(result.failures[4] == "r.csv:7: quoted field opened on line 7 is never closed");
}

TEST_CASE("CSV: a file without a text column is refused, naming its headers") {
  try {
    read_csv_articles("n.csv", "name,when\nx,y\n", columns());
    FAIL("expected an InputError");
  } catch (const InputError& error) {
    CHECK(std::string(error.what()).find("n.csv:1: no text column among: name, when") == 0);
  }
}
