#include "annals/date_range.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace date;

TEST_CASE("calendar periods become inclusive day spans") {
  struct Case {
    DateRange range;
    const char* first;
    const char* last;
    Granularity granularity;
  };
  const Case cases[] = {
      {DateRange::month(2023_y / March), "2023-03-01", "2023-03-31", Granularity::Month},
      {DateRange::month(2024_y / February), "2024-02-01", "2024-02-29", Granularity::Month},
      {DateRange::iso_week(sys_days{2023_y / September / 13}), "2023-09-11", "2023-09-17",
       Granularity::Week},
      {DateRange::quarter(2023_y, 4), "2023-10-01", "2023-12-31", Granularity::Quarter},
      {DateRange::season(2023_y, Season::Winter), "2023-12-01", "2024-02-29", Granularity::Season},
      {DateRange::year(2023_y), "2023-01-01", "2023-12-31", Granularity::Year},
      {DateRange::decade(1980), "1980-01-01", "1989-12-31", Granularity::Decade},
  };
  for (const auto& c : cases) {
    CAPTURE(c.first);
    CHECK(format_iso(c.range.first) == c.first);
    CHECK(format_iso(c.range.last) == c.last);
    CHECK(c.range.granularity == c.granularity);
  }
}

TEST_CASE("early, mid and late are thirds of the period") {
  const auto year = DateRange::year(2023_y);
  CHECK(format_iso(year.narrowed_to(Portion::Early).last) == "2023-05-01");
  CHECK(format_iso(year.narrowed_to(Portion::Late).first) == "2023-09-02");
  CHECK(year.narrowed_to(Portion::Mid).contains(sys_days{2023_y / July / 1}));
  CHECK(year.narrowed_to(Portion::Mid).granularity == Granularity::Year);
}

TEST_CASE("a portion of one or two days keeps those days (found by the fuzzer: mid Friday)") {
  const DateRange friday{sys_days{1970_y / January / 2}, sys_days{1970_y / January / 2}, Granularity::Day};
  const DateRange weekend{sys_days{1970_y / January / 3}, sys_days{1970_y / January / 4}, Granularity::Day};
  for (const auto& range : {friday, weekend})
    for (const auto portion : {Portion::Early, Portion::Mid, Portion::Late}) {
      const auto part = range.narrowed_to(portion);
      CHECK(part.first == range.first);
      CHECK(part.last == range.last);
      CHECK(part.portion == portion);
    }
}

TEST_CASE("ISO day parsing refuses impossible dates") {
  CHECK(parse_iso_day("2023-09-18").has_value());
  CHECK_FALSE(parse_iso_day("2023-02-30").has_value());
  CHECK_FALSE(parse_iso_day("2023-13-01").has_value());
  CHECK_FALSE(parse_iso_day("18/09/2023").has_value());
}
