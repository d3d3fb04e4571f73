#include "annals/timex.hpp"

#include <doctest/doctest.h>

using namespace annals;

TEST_CASE("TIMEX3 values map onto the days they denote") {
  struct Case {
    const char* value;
    const char* mod;
    const char* first;
    const char* last;
    Granularity granularity;
  };
  const Case cases[] = {
      {"2023-09-18", "", "2023-09-18", "2023-09-18", Granularity::Day},
      {"2023-03", "", "2023-03-01", "2023-03-31", Granularity::Month},
      {"2023-W37", "", "2023-09-11", "2023-09-17", Granularity::Week},
      {"2020-W53", "", "2020-12-28", "2021-01-03", Granularity::Week},
      {"2023-Q1", "", "2023-01-01", "2023-03-31", Granularity::Quarter},
      {"2023-SP", "", "2023-03-01", "2023-05-31", Granularity::Season},
      {"2023-SU", "", "2023-06-01", "2023-08-31", Granularity::Season},
      {"2023-FA", "", "2023-09-01", "2023-11-30", Granularity::Season},
      {"2023-WI", "", "2023-12-01", "2024-02-29", Granularity::Season},
      {"2023-H2", "", "2023-07-01", "2023-12-31", Granularity::Half},
      {"2023", "START", "2023-01-01", "2023-05-01", Granularity::Year},
      {"198", "", "1980-01-01", "1989-12-31", Granularity::Decade},
      {"19", "", "1900-01-01", "1999-12-31", Granularity::Century},
      {"2013-03-22TAF", "", "2013-03-22", "2013-03-22", Granularity::Day},
      {"2013-03-23T15:00", "", "2013-03-23", "2013-03-23", Granularity::Day},
  };
  for (const auto& c : cases) {
    CAPTURE(c.value);
    const auto range = range_of_timex_value(c.value, c.mod);
    REQUIRE(range.has_value());
    CHECK(format_iso(range->first) == c.first);
    CHECK(format_iso(range->last) == c.last);
    CHECK(range->granularity == c.granularity);
  }
}

TEST_CASE("values with no place in time have no range") {
  for (const char* value : {"P4D", "PRESENT_REF", "XXXX-12-25", "2023-02-30", "2021-W53", "", "20x3"}) {
    CAPTURE(value);
    CHECK_FALSE(range_of_timex_value(value).has_value());
  }
}
