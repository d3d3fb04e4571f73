// Mapping TIMEX3 values onto calendar days. This is the inverse of what the temporal
// resolver writes, so stored values and intervals can never disagree.
#include "annals/timex.hpp"

#include <array>
#include <charconv>

namespace annals {



using date::month;
using date::sys_days;

using date::year_month;
using date::year_month_day;

using date::January;











namespace {

constexpr std::array type_names{"DATE", "TIME", "DURATION", "SET"};

// Reads exactly `len` digits at `at`, or nothing.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t len) {
  if (at + len > text.size()) return std::nullopt;
  int value = 0;
  const char* begin = text.data() + at;
  auto [end, ec] = std::from_chars(begin, begin + len, value);
  if (ec != std::errc{} || end != begin + len) return std::nullopt;
  return value;
}

Portion portion_of_mod(std::string_view mod) {
  if (mod == "START") return Portion::Early;
  if (mod == "MID") return Portion::Mid;
  if (mod == "END") return Portion::Late;
  return Portion::Whole;
}

// The part after "YYYY-": month, week, quarter, half or season.
std::optional<DateRange> range_within_year(date::year y, std::string_view rest) {
  // Seasons first: winter's "WI" would otherwise read as a week.
  if (rest == "SP") return DateRange::season(y, Season::Spring);
  if (rest == "SU") return DateRange::season(y, Season::Summer);
  if (rest == "FA") return DateRange::season(y, Season::Fall);
  if (rest == "WI") return DateRange::season(y, Season::Winter);
  if (rest.size() >= 2 && rest[0] == 'W') {
    const auto week = digits(rest, 1, 2);
    if (!week || *week < 1 || *week > 53) return std::nullopt;
    // ISO week 1 contains January 4th.
    const auto week_one = DateRange::iso_week(sys_days{y / January / 4});
    const auto monday = week_one.first + date::weeks{*week - 1};
    // Week 53 exists only in years whose last week's Thursday is still in that year.
    if (year_month_day{monday + date::days{3}}.year() != y) return std::nullopt;
    return DateRange::iso_week(monday);
  }
  if (rest.size() == 2 && rest[0] == 'Q') {
    const auto q = digits(rest, 1, 1);
    if (!q || *q < 1 || *q > 4) return std::nullopt;
    return DateRange::quarter(y, *q);
  }
  if (rest.size() == 2 && rest[0] == 'H') {
    const auto h = digits(rest, 1, 1);
    if (!h || *h < 1 || *h > 2) return std::nullopt;
    return DateRange::half(y, *h);
  }
  const auto m = digits(rest, 0, 2);
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  const year_month ym{y, month{static_cast<unsigned>(*m)}};
  if (rest.size() == 2) return DateRange::month(ym);
  if (rest.size() < 5 || rest[2] != '-') return std::nullopt;
  const auto d = digits(rest, 3, 2);
  if (!d) return std::nullopt;
  const year_month_day ymd{ym / date::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  // Anything after the day ("T15:00", "TAF", "TNI") is finer than a day: the day stands.
  if (rest.size() > 5 && rest[5] != 'T') return std::nullopt;
  return DateRange::day(sys_days{ymd});
}

}  // namespace

std::string_view to_string(TimexType type) {
  return type_names.at(static_cast<std::size_t>(type));
}

std::optional<TimexType> parse_timex_type(std::string_view text) {
  for (std::size_t i = 0; i < type_names.size(); ++i)
    if (text == type_names[i]) return static_cast<TimexType>(i);
  return std::nullopt;
}

std::optional<DateRange> range_of_timex_value(std::string_view value, std::string_view mod) {
  std::optional<DateRange> range;
  bool bce = false;
  if (value.starts_with("BC")) {
    bce = true;
    value.remove_prefix(2);
  }
  const auto sign = bce ? -1 : 1;
  if (value.size() == 2) {
    if (const auto c = digits(value, 0, 2)) range = DateRange::century(sign * *c * 100);
  } else if (value.size() == 3) {
    if (const auto d = digits(value, 0, 3)) range = DateRange::decade(sign * *d * 10);
  } else if (const auto y = digits(value, 0, 4)) {
    const date::year year{sign * *y};
    if (value.size() == 4) range = DateRange::year(year);
    else if (value[4] == '-') range = range_within_year(year, value.substr(5));
  }
  if (!range) return std::nullopt;
  return range->narrowed_to(portion_of_mod(mod));
}

}  // namespace annals
