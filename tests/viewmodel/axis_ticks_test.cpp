// Axis ticks: the step adapts from millennia to hours, ticks sit on calendar boundaries,
// and years before 1 CE read as BCE.
#include "annals/view/axis_ticks.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace annals;
using namespace annals::view;

TEST_CASE("the tick step follows the zoom") {
  struct Case {
    double visible_days;
    TickUnit unit;
  };
  const Case cases[] = {
      {0.5, TickUnit::Hour},       {3, TickUnit::Hour},         {30, TickUnit::Day},
      {365, TickUnit::Month},      {365 * 30, TickUnit::Year},  {365 * 2000, TickUnit::Year},
  };
  constexpr float width = 1000;
  constexpr float spacing = 90;
  for (const Case& c : cases) {
    CAPTURE(c.visible_days);
    const TickStep step = choose_tick_step(c.visible_days / width, spacing);
    CHECK(step.unit == c.unit);
    const auto ticks = axis_ticks(TimeWindow{0, c.visible_days}, step);
    CHECK(ticks.size() >= 2);
    CHECK(ticks.size() <= static_cast<std::size_t>(width / spacing) + 2);
  }
  // Two thousand years: centuries or coarser, never single years.
  const TickStep wide = choose_tick_step(365.0 * 2000 / width, spacing);
  CHECK(wide.count >= 100);
}

TEST_CASE("month ticks fall on the first of each month and mark the new year") {
  const TimeWindow window{to_coord(viewtest::day(2022, 11, 10)), to_coord(viewtest::day(2023, 3, 10))};
  const auto ticks = axis_ticks(window, TickStep{TickUnit::Month, 1});
  REQUIRE(ticks.size() == 4);  // Dec, Jan, Feb, Mar
  CHECK(ticks[0].day == to_coord(viewtest::day(2022, 12, 1)));
  CHECK(ticks[0].label == "Dec");
  CHECK(ticks[1].label == "2023");
  CHECK(ticks[1].major);
  CHECK(ticks[3].day == to_coord(viewtest::day(2023, 3, 1)));
}

TEST_CASE("year ticks before 1900 and before the common era") {
  const TimeWindow window{to_coord(viewtest::day(-120, 1, 1)), to_coord(viewtest::day(30, 1, 1))};
  const auto ticks = axis_ticks(window, TickStep{TickUnit::Year, 50});
  REQUIRE(ticks.size() == 3);
  CHECK(ticks[0].label == "101 BCE");  // astronomical -100
  CHECK(ticks[1].label == "51 BCE");
  CHECK(ticks[2].label == "1 BCE");    // astronomical year 0
  const auto victorian = axis_ticks(TimeWindow{to_coord(viewtest::day(1850, 6, 1)), to_coord(viewtest::day(1880, 6, 1))},
                                    TickStep{TickUnit::Year, 10});
  REQUIRE(victorian.size() == 3);
  CHECK(victorian[0].label == "1860");
}

TEST_CASE("year labels") {
  CHECK(year_label(2023) == "2023");
  CHECK(year_label(1) == "1");
  CHECK(year_label(0) == "1 BCE");
  CHECK(year_label(-43) == "44 BCE");
}

TEST_CASE("week ticks start on Mondays and hour ticks on the hour") {
  const TimeWindow window{to_coord(viewtest::day(2023, 9, 1)), to_coord(viewtest::day(2023, 10, 1))};
  const auto weeks = axis_ticks(window, TickStep{TickUnit::Day, 7});
  REQUIRE_FALSE(weeks.empty());
  CHECK(weeks[0].day == to_coord(viewtest::day(2023, 9, 4)));  // a Monday
  CHECK(weeks[0].label == "4 Sep 2023");
  const DayCoord start = to_coord(viewtest::day(2023, 9, 18));
  const auto hours = axis_ticks(TimeWindow{start + 0.1, start + 0.6}, TickStep{TickUnit::Hour, 3});
  REQUIRE(hours.size() == 4);  // 03:00 06:00 09:00 12:00
  CHECK(hours[0].label == "18 Sep 2023 03:00");
  CHECK(format_coord(start + 0.5, TickUnit::Hour) == "18 Sep 2023 12:00");
}
