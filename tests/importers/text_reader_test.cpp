#include "annals/formats/text_reader.hpp"

#include "annals/date_range.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::formats;

TEST_CASE("plain text: leading header lines become metadata, the rest is the text") {
  const auto result = read_text_article(
      "a.txt", "Title: Wang Yi in Moscow\nDate: September 19, 2023\nURL: https://x.example/a\n\n"
               "Chinese Foreign Minister Wang Yi visited Russia on the 18th.\nDate: not a header\n");
  REQUIRE(result.failures.empty());
  REQUIRE(result.articles.size() == 1);
  const auto& article = result.articles[0];
  CHECK(article.document.title == "Wang Yi in Moscow");
  CHECK(article.document.url == "https://x.example/a");
  CHECK(article.document.source == "a.txt");
  REQUIRE(article.metadata_date.has_value());
  CHECK(format_iso(*article.metadata_date) == "2023-09-19");
  CHECK(article.document.text ==
        "Chinese Foreign Minister Wang Yi visited Russia on the 18th.\nDate: not a header\n");
}

TEST_CASE("plain text without headers is all text and undated") {
  const auto result = read_text_article("b.txt", "Note: this is prose.\nMore prose.");
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.text == "Note: this is prose.\nMore prose.");
  CHECK(result.articles[0].document.title == "Note: this is prose.");
  CHECK_FALSE(result.articles[0].metadata_date.has_value());
}

TEST_CASE("plain text without a Title: header takes the first line that reads like a headline") {
  struct Case {
    const char* bytes;
    const char* title;
  };
  const Case cases[] = {
      {"newsdirectory3\n\nNewsletter\n\nChinese Foreign Minister Visits Russia\n\nBody text.",
       "Chinese Foreign Minister Visits Russia"},
      {"Menu\nShort words\n", "Menu"},  // nothing reads like a headline: the first line
      {"\n\n  Wang Yi meets Lavrov in Moscow  \nBody.", "Wang Yi meets Lavrov in Moscow"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.bytes);
    const auto result = read_text_article("t.txt", c.bytes);
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].document.title == c.title);
  }
}

TEST_CASE("plain text errors name the file and line") {
  struct Case {
    const char* bytes;
    const char* message;
  };
  const Case cases[] = {
      {"Title: T\nDate: 2023-02-30\n\nText", "c.txt:2: impossible date '2023-02-30'"},
      {"Date: someday\n\nText", "c.txt:1: not a date: 'someday'"},
      {"Title: only a title\n\n   \n", "c.txt:2: no article text"},
  };
  for (const auto& c : cases) {
    const auto result = read_text_article("c.txt", c.bytes);
    CHECK(result.articles.empty());
    REQUIRE(result.failures.size() == 1);
    CHECK(result.failures[0] == c.message);
  }
}
