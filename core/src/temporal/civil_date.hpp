// A day as year, month and day, computed the way Neri and Schneider do ("Euclidean affine
// functions and their application to calendar algorithms", 2022): three multiplications and
// shifts, where date::year_month_day{sys_days} divides by six constants. The resolver and
// the TIMEX3 writer convert a day or more for every expression, and that conversion was the
// largest single cost of resolving. Equal to date::year_month_day{day} for every day (a
// test compares them over tens of thousands of years); days outside the range the
// arithmetic covers, far beyond any calendar date a text names, take the library's way.
#pragma once

#include <date/date.h>

#include <cstdint>

namespace annals::temporal {

inline date::year_month_day civil_date(date::sys_days day) {
  // The days are shifted by `shift` 400-year cycles so that every day from year -32767 on
  // is a non-negative count, and 4 * count + 3 still fits 32 bits below `last_count`.
  constexpr std::uint32_t shift = 82, days_per_cycle = 146097, days_to_march_0000 = 719468;
  constexpr std::uint32_t offset = days_to_march_0000 + days_per_cycle * shift;
  constexpr std::int64_t last_count = (std::int64_t{1} << 30) - 1;
  const std::int64_t count = std::int64_t{day.time_since_epoch().count()} + offset;
  if (count < 0 || count > last_count) [[unlikely]]
    return date::year_month_day{day};
  const auto n = static_cast<std::uint32_t>(count);
  // The century of a year starting in March, and the day within it.
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / days_per_cycle;
  const std::uint32_t day_of_century = n1 % days_per_cycle / 4;
  // The year within the century, and the day within that year: one 64-bit product
  // (2939745 / 2^32 approximates 4 / 1461, the years per day of a four-year cycle).
  constexpr std::uint64_t years_per_day_scaled = 2939745;
  const std::uint64_t p2 = years_per_day_scaled * (4 * day_of_century + 3);
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const auto day_of_year = static_cast<std::uint32_t>(p2 & 0xFFFFFFFFu) / static_cast<std::uint32_t>(years_per_day_scaled) / 4;
  // Month and day of a year starting in March (2141 / 2^16 approximates 5 / 153 months per day).
  constexpr std::uint32_t month_slope = 2141, month_intercept = 197913;
  const std::uint32_t n3 = month_slope * day_of_year + month_intercept;
  const std::uint32_t month = n3 >> 16;
  const std::uint32_t day_of_month = (n3 & 0xFFFFu) / month_slope + 1;
  // January and February belong to the next calendar year.
  constexpr std::uint32_t first_day_of_january = 306, months_per_year = 12;
  const bool january_or_february = day_of_year >= first_day_of_january;
  const int year = static_cast<int>(100 * century + year_of_century) - static_cast<int>(400 * shift) +
                   (january_or_february ? 1 : 0);
  return date::year{year} / date::month{january_or_february ? month - months_per_year : month} /
         date::day{day_of_month};
}

}  // namespace annals::temporal
