// Calendar operations the resolver needs, on strong date types: the period of a given
// unit that contains a day, moving it by whole units, and writing it as a TIMEX3 value.
#pragma once

#include "annals/date_range.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace annals::temporal {

// The units rules may name ("unit=month"); Hour/Minute/Second only make durations.
enum class Unit { Day, Weekend, Week, Month, Quarter, Season, Half, Year, Decade, Century, Hour, Minute, Second };

std::optional<Unit> parse_unit(std::string_view name);

// The period of `unit` containing `day` ("the month of 2023-09-19" -> September 2023).
DateRange period_containing(date::sys_days day, Unit unit);

// The same kind of period `count` units later (negative: earlier).
DateRange shift_period(const DateRange& period, Unit unit, long count);

// The same day of the calendar `count` units later ("a year before 1989-07-01" is
// 1988-07-01); a day missing in the target month clamps to its last day.
date::sys_days shift_day(date::sys_days day, Unit unit, long count);

// The granularity a unit's periods have.
Granularity granularity_of(Unit unit);

// The unit whose periods have `granularity` (the inverse of granularity_of).
Unit unit_of(Granularity granularity);

// TIMEX3 value of a period: "2023-09-18", "2023-W37", "2023-09", "2023-SU", "2023-Q3",
// "2023-H1", "2023", "202", "20". `weekend` writes "2023-W37-WE".
std::string timex_value(const DateRange& period, bool weekend = false);

// TIMEX3 duration letter(s) of a unit: "D", "W", "M", "Y", "Q", "DE", "CE"; time units
// get the "T" prefix ("TH"). Seasons and halves have none.
std::optional<std::string> duration_designator(Unit unit);

Season season_of(date::month month);

// "2023-09-18": the ISO day, written without streams (date::format is slow per call).
std::string iso_day(date::sys_days day);

}  // namespace annals::temporal
