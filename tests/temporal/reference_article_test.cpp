// The reference article (published 2023-09-19): every temporal expression an analyst
// would date, with the value the timeline depends on.
#include "annals/date_range.hpp"
#include "annals/temporal/tagger.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace {

std::string article() {
  std::ifstream in(std::string(ANNALS_SOURCE_DATA_DIR) + "/samples/wang-yi-moscow-2023-09.txt");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

annals::TaggingContext published_2023_09_19() {
  annals::TaggingContext context;
  context.published = *annals::parse_iso_day("2023-09-19");
  return context;
}

struct Expected {
  const char* text;
  const char* value;
  const char* mod;
};

}  // namespace

TEST_CASE("reference article expressions resolve to the right values") {
  const auto tagger = annals::TemporalTagger::load(ANNALS_SOURCE_DATA_DIR);
  const auto text = article();
  REQUIRE(!text.empty());
  const auto found = tagger.tag(text, published_2023_09_19());
  const Expected table[] = {
      {"the 18th", "2023-09-18", ""},             {"four days", "P4D", ""},
      {"early this year", "2023", "START"},       {"last July", "2023-07", ""},
      {"earlier this month", "2023-09", "START"}, {"next month", "2023-10", ""},
      {"last March", "2023-03", ""},              {"December last year", "2022-12", ""},
      {"last week", "2023-W37", ""},              {"the same day (18th)", "2023-09-18", ""},
      {"last year", "2022", ""},                  {"soon", "FUTURE_REF", ""},
      {"now", "PRESENT_REF", ""},                 {"currently", "PRESENT_REF", ""},
      {"6 hours ago", "2023-09-19", ""},
  };
  for (const auto& expected : table) {
    CAPTURE(expected.text);
    const auto hit = std::find_if(found.begin(), found.end(), [&](const annals::Timex& t) { return t.text == expected.text; });
    REQUIRE(hit != found.end());
    CHECK(hit->value == expected.value);
    CHECK(hit->mod == expected.mod);
    CHECK(text.substr(hit->begin, hit->end - hit->begin) == expected.text);
  }
}

TEST_CASE("a day before going to Russia is dated relative to that happening") {
  const auto tagger = annals::TemporalTagger::load(ANNALS_SOURCE_DATA_DIR);
  const std::string text = "Director Wang met with Jake Sullivan in Malta a day before going to Russia. Later";
  const auto found = tagger.tag(text, published_2023_09_19());
  const auto hit = std::find_if(found.begin(), found.end(), [](const annals::Timex& t) { return t.event_relative.has_value(); });
  REQUIRE(hit != found.end());
  CHECK(hit->text == "a day before");
  CHECK(hit->type == annals::TimexType::Date);
  CHECK(hit->value.empty());
  CHECK_FALSE(hit->interval.has_value());
  const auto& relative = *hit->event_relative;
  CHECK(relative.amount == 1);
  CHECK(relative.unit == annals::Granularity::Day);
  CHECK(relative.before);
  CHECK(text.substr(relative.event_begin, relative.event_end - relative.event_begin) == "going to Russia");
}
