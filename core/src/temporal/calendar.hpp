// Calendar operations the resolver needs, on strong date types: the period of a given
// unit that contains a day, moving it by whole units, and writing it as a TIMEX3 value.
#pragma once

#include "annals/date_range.hpp"
#include "value_text.hpp"

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

// Whether `period` is the whole calendar period of its granularity that holds its first
// day (period_containing gives it back): a day, a whole month, an ISO week, ...
bool is_calendar_period(const DateRange& period);

// The granularity a unit's periods have.
Granularity granularity_of(Unit unit);

// The unit whose periods have `granularity` (the inverse of granularity_of).
Unit unit_of(Granularity granularity);

// TIMEX3 value of a period: "2023-09-18", "2023-W37", "2023-09", "2023-SU", "2023-Q3",
// "2023-H1", "2023", "202", "20". `weekend` writes "2023-W37-WE".
ValueText timex_value(const DateRange& period, bool weekend = false);

// TIMEX3 duration letter(s) of a unit: "D", "W", "M", "Y", "Q", "DE", "CE"; time units
// get the "T" prefix ("TH"). Seasons and halves have none.
std::optional<std::string> duration_designator(Unit unit);

Season season_of(date::month month);

// The `nth` `weekday` of a month counted from its day `from` (1 = the first Thursday of
// November; from = 2 gives "the Tuesday after the first Monday"); nth < 0 counts back
// from the month's end (-1 = the last Monday of May). nullopt when there is none.
std::optional<date::sys_days> nth_weekday(date::year_month month, date::weekday weekday, int nth, unsigned from = 1);

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
date::sys_days easter_sunday(date::year year);

}  // namespace annals::temporal
