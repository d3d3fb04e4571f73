// TimeML's reading of the tagger's expressions: an expression counted from a happening is
// written as the DURATION of its amount, without the signal word; others stay as tagged.
#include "annals/temporal/timeml_reading.hpp"

#include "../support/shipped_tagger.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

struct Case {
  const char* text;
  const char* expression;  // the TIMEX3's words
  annals::TimexType type;
  const char* value;
};

const Case cases[] = {
    {"Wang met Sullivan in Malta a day before going to Russia.", "a day", annals::TimexType::Duration, "P1D"},
    {"Prices rose two weeks after the election.", "two weeks", annals::TimexType::Duration, "P2W"},
    {"The treaty lapsed 20 years after the war.", "20 years", annals::TimexType::Duration, "P20Y"},
    // Any white space may separate the amount from the signal.
    {"They met a day\tbefore going to Russia.", "a day", annals::TimexType::Duration, "P1D"},
    {"They met a day\nbefore going to Russia.", "a day", annals::TimexType::Duration, "P1D"},
    {"Two days\xC2\xA0" "after the vote.", "Two days", annals::TimexType::Duration, "P2D"},
    // Counted from the story, "later" a SIGNAL too (rule `amount-later`, `timeml=amount`).
    {"Two days later they signed.", "Two days", annals::TimexType::Duration, "P2D"},
    {"The rescuers arrived an hour later.", "an hour", annals::TimexType::Duration, "PT1H"},
    {"Talks resumed on September 18.", "September 18", annals::TimexType::Date, "2023-09-18"},
};

}  // namespace

TEST_CASE("TimeML reads an event-anchored or story-counted expression as the duration of its amount") {
  for (const auto& example : cases) {
    CAPTURE(example.text);
    const std::string text = example.text;
    const auto tagged = annals::testing::shipped_tagger().tag(text, annals::testing::september_19);
    REQUIRE(tagged.size() == 1);
    const auto read = annals::timeml_reading(tagged);
    REQUIRE(read.size() == 1);
    CHECK(read[0].text == example.expression);
    CHECK(text.substr(read[0].begin, read[0].end - read[0].begin) == example.expression);
    CHECK(read[0].type == example.type);
    CHECK(read[0].value == example.value);
    CHECK_FALSE(read[0].event_relative.has_value());
  }
}

TEST_CASE("the timeline keeps the tagger's reading of an event-anchored expression") {
  const std::string text = "Wang met Sullivan in Malta a day before going to Russia.";
  const auto tagged = annals::testing::shipped_tagger().tag(text, annals::testing::september_19);
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].text == "a day before");
  CHECK(tagged[0].event_relative.has_value());
}

TEST_CASE("the timeline keeps the date of an amount counted from the story") {
  const std::string text = "Two days later they signed.";
  const auto tagged = annals::testing::shipped_tagger().tag(text, annals::testing::september_19);
  REQUIRE(tagged.size() == 1);
  CHECK(tagged[0].text == "Two days later");
  CHECK(tagged[0].value == "2023-09-21");  // no date named before: counted from publication
  CHECK(tagged[0].interval.has_value());
  CHECK(tagged[0].timeml_duration.view() == "P2D");
  CHECK(annals::timeml_reading(tagged[0]).interval == std::nullopt);
}

TEST_CASE("a ShortValue keeps a duration up to its capacity, else nothing") {
  annals::ShortValue value;
  CHECK(value.empty());
  CHECK(value.assign("P1998D"));
  CHECK(value.view() == "P1998D");
  CHECK_FALSE(value.assign("P1234567890123456789012345D"));  // longer than any real duration
  CHECK(value.view() == "P1998D");                            // the last value kept stays
  value.clear();
  CHECK(value.empty());
}
