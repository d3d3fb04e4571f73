#include "annals/formats/date_string.hpp"

#include "annals/date_range.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace annals;
using namespace annals::formats;

TEST_CASE("metadata date strings give the writer's calendar day") {
  struct Case {
    const char* text;
    const char* day;
  };
  const Case cases[] = {
      {"2023-09-19", "2023-09-19"},
      {"2023-09-19T08:30:00+03:00", "2023-09-19"},
      {"2023-09-19T23:30:00-05:00", "2023-09-19"},  // local day, not UTC's
      {"2023-09-19T08:30Z", "2023-09-19"},
      {"2023/09/19", "2023-09-19"},
      {"2023-09-19 08:30", "2023-09-19"},
      {"Tue, 19 Sep 2023 08:30:00 GMT", "2023-09-19"},
      {"Tue, 19 Sep 2023 08:30:00 +0000", "2023-09-19"},
      {"19 Sep 23 08:30 EST", "2023-09-19"},
      {"September 19, 2023", "2023-09-19"},
      {"Sept. 19, 2023", "2023-09-19"},
      {"Tuesday, September 19, 2023 at 8:30 AM", "2023-09-19"},
      {"19 September 2023", "2023-09-19"},
      {"  Sep 9 2023 ", "2023-09-09"},
      {"29 February 2024", "2024-02-29"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto parsed = parse_date_string(c.text);
    REQUIRE(parsed.day.has_value());
    CHECK(format_iso(*parsed.day) == c.day);
  }
}

TEST_CASE("impossible and unreadable dates are errors that say so") {
  struct Case {
    const char* text;
    const char* error_contains;
  };
  const Case cases[] = {
      {"2023-02-30", "impossible date"},
      {"2023-13-01", "impossible date"},
      {"February 30, 2023", "impossible date"},
      {"29 February 2023", "impossible date"},
      {"Tue, 31 Apr 2023 10:00:00 GMT", "impossible date"},
      {"yesterday", "not a date"},
      {"September 2023", "not a date"},
      {"2023-09-19x", "not a date"},
      {"", "empty date"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto parsed = parse_date_string(c.text);
    CHECK_FALSE(parsed.day.has_value());
    CHECK(parsed.error.find(c.error_contains) != std::string::npos);
  }
}
