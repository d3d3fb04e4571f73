#include "annals/formats/dating.hpp"

#include "annals/date_range.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace annals;
using namespace annals::formats;

namespace {
date::sys_days day(const char* iso) { return *parse_iso_day(iso); }
}  // namespace

TEST_CASE("datelines at the top of a text give the publication day") {
  struct Case {
    const char* text;
    const char* reference;  // retrieval day or "" for none
    const char* expected;   // "" when no dateline should be found
  };
  const Case cases[] = {
      {"MOSCOW, Sept 18 (Reuters) - Chinese Foreign Minister...", "2023-09-20", "2023-09-18"},
      {"MOSCOW, Sept 18 (Reuters) - Chinese Foreign Minister...", "", ""},  // no year, no anchor
      {"BEIJING, China, Sept. 18, 2023 /PRNewswire/ -- A statement", "", "2023-09-18"},
      {"Headline here\n\nWASHINGTON, Dec. 30 (AP) \xE2\x80\x94 Officials said", "2024-01-02", "2023-12-30"},
      {"KYIV, Ukraine, March 3, 2022 \xE2\x80\x93 Shelling", "", "2022-03-03"},
      {"Moscow, Sept 18 - lower-case place is prose", "2023-09-20", ""},
      {"The minister said on Sept 18 - nothing", "2023-09-20", ""},
      {"a\nb\nc\nd\ne\nf\ng\nMOSCOW, Sept 18, 2023 (Reuters) - too deep", "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    std::optional<date::sys_days> reference;
    if (*c.reference) reference = day(c.reference);
    const auto found = find_dateline(c.text, reference);
    if (*c.expected) {
      REQUIRE(found.has_value());
      CHECK(format_iso(*found) == c.expected);
    } else {
      CHECK_FALSE(found.has_value());
    }
  }
}

TEST_CASE("relative markers on a line of their own count back from retrieval") {
  const auto retrieved = *parse_retrieved("2023-09-19T05:00");
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"Correspondent\n\n6 hours ago\n\nText", "2023-09-18"},
      {"Updated 35 minutes ago\nText", "2023-09-19"},
      {"a day ago", "2023-09-18"},
      {"2 weeks ago", "2023-09-05"},
      {"He left two days ago and said so.", ""},
      {"6 parsecs ago", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto found = find_relative_marker(c.text, retrieved);
    if (*c.expected) {
      REQUIRE(found.has_value());
      CHECK(format_iso(*found) == c.expected);
    } else {
      CHECK_FALSE(found.has_value());
    }
  }
}

TEST_CASE("--retrieved accepts a day or a day and time, nothing else") {
  CHECK(parse_retrieved("2023-09-19").has_value());
  CHECK(parse_retrieved("2023-09-19T14:05").has_value());
  CHECK(parse_retrieved("2023-09-19T14:05:30+03:00").has_value());
  CHECK_FALSE(parse_retrieved("2023-02-30").has_value());
  CHECK_FALSE(parse_retrieved("2023-09-19T25:00").has_value());
  CHECK_FALSE(parse_retrieved("yesterday").has_value());
}

TEST_CASE("the publication day comes from the strongest evidence present") {
  Article article;
  article.document.text = "MOSCOW, Sept 18, 2023 (Reuters) - Text\n\n6 hours ago\n";
  article.metadata_date = day("2023-09-17");
  DatingOptions options;
  options.retrieved = parse_retrieved("2023-09-25T12:00");
  options.published = day("2023-09-19");

  REQUIRE(date_article(article, options));
  CHECK(article.document.published_origin == DateOrigin::CommandLine);
  CHECK(format_iso(article.document.published) == "2023-09-19");

  options.published.reset();
  REQUIRE(date_article(article, options));
  CHECK(article.document.published_origin == DateOrigin::Metadata);
  CHECK(format_iso(article.document.published) == "2023-09-17");

  article.metadata_date.reset();
  REQUIRE(date_article(article, options));
  CHECK(article.document.published_origin == DateOrigin::Dateline);
  CHECK(format_iso(article.document.published) == "2023-09-18");

  article.document.text = "Text\n\n6 hours ago\n";
  REQUIRE(date_article(article, options));
  CHECK(article.document.published_origin == DateOrigin::RelativeMarker);
  CHECK(format_iso(article.document.published) == "2023-09-25");

  options.retrieved.reset();
  CHECK_FALSE(date_article(article, options));
}
