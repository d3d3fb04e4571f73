// Calendar ticks: the unit follows the span (days for days, months for a year, years for
// decades), every tick sits on a calendar boundary, and BCE / pre-1900 years label right.
#include "picture_events.hpp"

#include "annals/formats/picture/calendar_ticks.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace annals::formats::picture;
using annals::picture_test::day;

namespace {

bool has_label(const std::vector<Tick>& ticks, const std::string& label) {
  return std::any_of(ticks.begin(), ticks.end(), [&](const Tick& t) { return t.label == label; });
}

date::sys_days year_start(int year) { return date::sys_days{date::year{year} / 1 / 1}; }

}  // namespace

TEST_CASE("the tick unit follows the span shown") {
  struct Case {
    const char* what;
    DayWindow window;
    float width;
    TickUnit unit;
    const char* fine_label;     // one fine label that must be there
    const char* context_label;  // one context label that must be there ("" for none)
  };
  const Case cases[] = {
      {"3 days", {day("2023-09-17"), day("2023-09-20")}, 1200, TickUnit::Day, "18", "Sep 2023"},
      {"1 year", {day("2023-01-01"), day("2024-01-01")}, 1200, TickUnit::Month, "Mar", "2023"},
      {"30 years", {year_start(1990), year_start(2020)}, 1200, TickUnit::Year, "2000", ""},
      {"pre-1900 months", {day("1812-03-01"), day("1813-03-01")}, 1200, TickUnit::Month, "Sep", "1813"},
      {"BCE years", {year_start(-49), year_start(-29)}, 1200, TickUnit::Year, "45 BCE", ""},
      {"across the era", {year_start(-19), year_start(21)}, 1200, TickUnit::Year, "10 BCE", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.what));
    const TimeScale scale(c.window, 100, 100 + c.width);
    const auto ticks = calendar_ticks(scale, 56);
    CHECK(ticks.step.unit == c.unit);
    CHECK(has_label(ticks.fine, c.fine_label));
    if (*c.context_label) CHECK(has_label(ticks.context, c.context_label));
    CHECK_FALSE(has_label(ticks.fine, "0"));
    for (std::size_t i = 0; i < ticks.fine.size(); ++i) {
      const auto& tick = ticks.fine[i];
      CHECK(tick.day >= c.window.first);
      CHECK(tick.day < c.window.end);
      if (i > 0) CHECK(scale.x(tick.day) - scale.x(ticks.fine[i - 1].day) >= 56 * 0.9f);
      const date::year_month_day ymd{tick.day};
      if (c.unit != TickUnit::Day) CHECK(ymd.day() == date::day{1});
      if (c.unit == TickUnit::Year) CHECK(ymd.month() == date::January);
    }
  }
}

TEST_CASE("a 3-day span has one tick a day, a 1-year span one a month, 30 years one every few years") {
  const auto count = [](DayWindow window) { return calendar_ticks(TimeScale(window, 0, 1200), 56).fine.size(); };
  CHECK(count({day("2023-09-17"), day("2023-09-20")}) == 3);
  CHECK(count({day("2023-01-01"), day("2024-01-01")}) == 12);
  const auto decades = calendar_ticks(TimeScale({year_start(1990), year_start(2020)}, 0, 1200), 56);
  CHECK(decades.step.count > 1);
  CHECK(decades.fine.size() == static_cast<std::size_t>(30 / decades.step.count));
}

TEST_CASE("year labels: no year zero") {
  CHECK(year_label(2023) == "2023");
  CHECK(year_label(1) == "1");
  CHECK(year_label(0) == "1 BCE");
  CHECK(year_label(-43) == "44 BCE");
}

TEST_CASE("the axis names the month or year the first ticks belong to") {
  const TimeScale scale({day("2023-09-10"), day("2023-09-25")}, 0, 1200);
  const auto ticks = calendar_ticks(scale, 56);
  REQUIRE_FALSE(ticks.context.empty());
  CHECK(ticks.context.front().day == day("2023-09-10"));
  CHECK(ticks.context.front().label == "Sep 2023");
}
