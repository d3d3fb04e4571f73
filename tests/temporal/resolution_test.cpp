// Resolution beyond single values: ranges keep the days of both ends, holidays found by
// rule (Easter by computus, Thanksgiving as the fourth Thursday), fractional durations,
// and --prefer deciding for text without tense.
#include "annals/date_range.hpp"
#include "annals/temporal/tagger.hpp"
#include "value_and_days.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

const annals::TemporalTagger& tagger() {
  static const auto loaded = annals::TemporalTagger::load(ANNALS_SOURCE_DATA_DIR);
  return loaded;
}

std::vector<annals::Timex> tag(const std::string& text, const char* published,
                               annals::Direction prefer = annals::Direction::Past) {
  annals::TaggingContext context;
  context.published = *annals::parse_iso_day(published);
  context.prefer = prefer;
  return tagger().tag(text, context);
}

}  // namespace

TEST_CASE("a range is one timex whose days run from the first end to the last") {
  struct Row {
    const char* text;
    const char* published;
    const char* value;
    const char* first;
    const char* last;
  };
  const Row rows[] = {
      {"Talks ran from 16 to 17 September.", "2023-09-19", "2023-09-16", "2023-09-16", "2023-09-17"},
      {"The 16-17 September summit ended.", "2023-09-19", "2023-09-16", "2023-09-16", "2023-09-17"},
      {"It was held Sept. 16-19, 1989.", "1989-11-02", "1989-09-16", "1989-09-16", "1989-09-19"},
      {"In fiscal 1990-91 sales fell.", "1992-01-10", "1990", "1990-01-01", "1991-12-31"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const auto found = tag(row.text, row.published);
    REQUIRE(found.size() == 1);
    annals::testing::check_value_and_days(found[0], row.value, row.first, row.last);
  }
}

TEST_CASE("ranges whose ends stand alone are two timexes") {
  const auto found = tag("Prices rose between March and May.", "2023-09-19");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2023-03");
  CHECK(found[1].value == "2023-05");
}

TEST_CASE("holidays land on the right day whatever the year") {
  struct Row {
    const char* text;
    const char* published;
    const char* value;
  };
  const Row rows[] = {
      {"at Easter", "1998-04-01", "1998-04-12"}, {"at Easter", "2000-04-17", "2000-04-23"},
      {"at Easter", "2024-03-01", "2024-03-31"}, {"at Easter", "2038-04-01", "2038-04-25"},
      {"on Good Friday", "2019-04-15", "2019-04-19"}, {"since Thanksgiving", "2000-01-06", "1999-11-25"},
      {"by Thanksgiving", "2023-11-01", "2023-11-23"}, {"on Election Day", "2020-10-20", "2020-11-03"},
      {"by Memorial Day", "2021-05-01", "2021-05-31"}, {"over Christmas", "2023-12-28", "2023-12-25"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CAPTURE(row.published);
    const auto found = tag(row.text, row.published);
    REQUIRE(found.size() == 1);
    CHECK(found[0].value == row.value);
  }
}

TEST_CASE("fractions of units go into the next smaller unit") {
  const std::pair<const char*, const char*> rows[] = {
      {"for 2 1/2 years", "P2Y6M"},     {"half an hour", "PT30M"},          {"a quarter century", "P25Y"},
      {"a day and a half", "P1DT12H"},  {"a week and a half", "P1.5W"},     {"three quarters of an hour", "PT45M"},
      {"two and a half decades", "P25Y"}, {"a minute and a half", "PT1M30S"},
  };
  for (const auto& [text, value] : rows) {
    CAPTURE(text);
    const auto found = tag(text, "2023-09-19");
    REQUIRE(found.size() == 1);
    CHECK(found[0].value == value);
    CHECK(found[0].type == annals::TimexType::Duration);
  }
}

TEST_CASE("--prefer decides for text without tense") {
  CHECK(tag("Meeting Friday", "2023-09-19", annals::Direction::Past).at(0).value == "2023-09-15");
  CHECK(tag("Meeting Friday", "2023-09-19", annals::Direction::Future).at(0).value == "2023-09-22");
  CHECK(tag("Summit in March", "2023-09-19", annals::Direction::Past).at(0).value == "2023-03");
  CHECK(tag("Summit in March", "2023-09-19", annals::Direction::Future).at(0).value == "2024-03");
}

TEST_CASE("tense decides the direction of a bare weekday") {
  CHECK(tag("Police said Sunday they had found the car.", "1998-09-10").at(0).value == "1998-09-06");
  CHECK(tag("The talks will resume Sunday.", "1998-09-11").at(0).value == "1998-09-13");
}

TEST_CASE("counts of days start from the last day the text named") {
  const auto found = tag("On Monday they met. Last year the economy grew. The next day they signed.", "2023-09-20");
  REQUIRE(found.size() == 3);
  CHECK(found[0].value == "2023-09-18");
  CHECK(found[1].value == "2022");
  CHECK(found[2].value == "2023-09-19");
  const auto clock = tag("They met on March 3, 2021. In 2020 sales fell. At 3 p.m. they signed.", "2023-09-20");
  REQUIRE(clock.size() == 3);
  CHECK(clock[2].value == "2021-03-03T15:00");
}
