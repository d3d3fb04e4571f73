// A span of calendar days together with the precision it is known to.
// "March 2023" is not the point 2023-03-01: it is every day of March, known only
// to the month. Every date Annals shows, stores or exports is one of these.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace annals {

// How precisely a date is known, finest first.
enum class Granularity { Day, Week, Month, Season, Quarter, Half, Year, Decade, Century };

// "early 2023", "mid-March", "late last year": a third of the period.
enum class Portion { Whole, Early, Mid, Late };

// Meteorological seasons (northern hemisphere): winter starts in December.
enum class Season { Spring, Summer, Fall, Winter };

std::string_view to_string(Granularity granularity);
std::optional<Granularity> parse_granularity(std::string_view text);
std::string_view to_string(Portion portion);

struct DateRange {
  date::sys_days first;
  date::sys_days last;  // inclusive
  Granularity granularity = Granularity::Day;
  Portion portion = Portion::Whole;

  static DateRange day(date::sys_days day);
  static DateRange iso_week(date::sys_days any_day_of_week);
  static DateRange month(date::year_month month);
  static DateRange season(date::year year, Season season);
  static DateRange quarter(date::year year, int quarter);     // 1..4
  static DateRange half(date::year year, int half);           // 1..2
  static DateRange year(date::year year);
  static DateRange decade(int first_year);                    // 1990 -> 1990..1999
  static DateRange century(int first_year);                   // 1900 -> 1900..1999
  // From `first` to `last`, both inclusive, known to the coarser of their precisions.
  static DateRange span(const DateRange& from, const DateRange& to);

  // The early, middle or late third of this range.
  DateRange narrowed_to(Portion portion) const;

  long days() const;
  bool contains(date::sys_days day) const { return first <= day && day <= last; }
  bool overlaps(const DateRange& other) const {
    return first <= other.last && other.first <= last;
  }

  friend bool operator==(const DateRange&, const DateRange&) = default;
};

// Calendar helpers used by resolution and display.
std::string format_iso(date::sys_days day);              // "2023-09-18"
std::optional<date::sys_days> parse_iso_day(std::string_view text);  // rejects 2023-02-30

}  // namespace annals
