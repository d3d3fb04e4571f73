// civil_date (civil_date.hpp) stands in for date::year_month_day{sys_days} wherever the
// resolver and the TIMEX3 writer turn a day into a date, so it must give the same date for
// every day: these cases compare the two over every day of 9,600 years around the present,
// the first and last centuries date::year can hold, and days beyond them (the fallback).
#include "src/temporal/civil_date.hpp"

#include <doctest/doctest.h>

using annals::temporal::civil_date;

namespace {

// Every day from `first` to `last`; counts the days that differ.
int differences(date::sys_days first, date::sys_days last) {
  int differing = 0;
  for (auto day = first; day <= last; day += date::days{1})
    if (civil_date(day) != date::year_month_day{day}) {
      if (differing == 0) FAIL_CHECK("first differing day: ", day.time_since_epoch().count());
      ++differing;
    }
  return differing;
}

date::sys_days january_1(int year) { return date::sys_days{date::year{year} / date::January / 1}; }

}  // namespace

TEST_CASE("civil_date equals date::year_month_day on every day") {
  CHECK(differences(january_1(-4800), january_1(4800)) == 0);
  CHECK(differences(january_1(-32767), january_1(-32667)) == 0);  // the oldest date::year
  CHECK(differences(january_1(32667), date::sys_days{date::year{32767} / date::December / 31}) == 0);
}

TEST_CASE("days outside the fast arithmetic's range still convert as the date library does") {
  constexpr int far_days = 1'100'000'000;  // beyond 2^30 days after the shifted origin
  for (const int count : {-20'000'000, -12'700'000, far_days, -far_days}) {
    const date::sys_days day{date::days{count}};
    CAPTURE(count);
    CHECK(civil_date(day) == date::year_month_day{day});
  }
}

TEST_CASE("known days") {
  CHECK(civil_date(date::sys_days{date::days{0}}) == date::year{1970} / date::January / 1);
  CHECK(civil_date(date::sys_days{date::year{2023} / date::September / 19}) == date::year{2023} / date::September / 19);
  CHECK(civil_date(date::sys_days{date::year{2024} / date::February / 29}) == date::year{2024} / date::February / 29);
  CHECK(civil_date(date::sys_days{date::year{-44} / date::March / 15}) == date::year{-44} / date::March / 15);
}
