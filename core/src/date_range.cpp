// DateRange constructors and the one place where calendar periods become day spans.
#include "annals/date_range.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace annals {

using date::days;
using date::last;

using date::sys_days;
using date::weekday;
using date::year_month;
using date::January;
using date::July;
using date::year_month_day;
using date::years;

using date::February;
using date::March;
using date::May;
using date::June;

using date::August;
using date::September;
using date::November;
using date::December;
using date::Monday;

namespace {

constexpr std::array granularity_names{"day",  "week", "month",  "season", "quarter",
                                       "half", "year", "decade", "century"};

sys_days last_day_of(year_month ym) { return sys_days{ym / last}; }

}  // namespace

std::string_view to_string(Granularity granularity) {
  return granularity_names.at(static_cast<std::size_t>(granularity));
}

std::optional<Granularity> parse_granularity(std::string_view text) {
  for (std::size_t i = 0; i < granularity_names.size(); ++i)
    if (text == granularity_names[i]) return static_cast<Granularity>(i);
  return std::nullopt;
}

std::string_view to_string(Portion portion) {
  switch (portion) {
    case Portion::Early: return "early";
    case Portion::Mid: return "mid";
    case Portion::Late: return "late";
    case Portion::Whole: break;
  }
  return "whole";
}

DateRange DateRange::day(sys_days d) { return {d, d, Granularity::Day}; }

DateRange DateRange::iso_week(sys_days any_day) {
  // ISO weeks start on Monday.
  const auto monday = any_day - (weekday{any_day} - Monday);
  return {monday, monday + date::days{6}, Granularity::Week};
}

DateRange DateRange::month(year_month ym) {
  return {sys_days{ym / 1}, last_day_of(ym), Granularity::Month};
}

DateRange DateRange::season(date::year y, Season s) {
  switch (s) {
    case Season::Spring: return {sys_days{y / March / 1}, sys_days{y / May / 31}, Granularity::Season};
    case Season::Summer: return {sys_days{y / June / 1}, sys_days{y / August / 31}, Granularity::Season};
    case Season::Fall: return {sys_days{y / September / 1}, sys_days{y / November / 30}, Granularity::Season};
    case Season::Winter: break;
  }
  return {sys_days{y / December / 1}, last_day_of((y + date::years{1}) / February), Granularity::Season};
}

DateRange DateRange::quarter(date::year y, int q) {
  const auto first_month = date::month{static_cast<unsigned>(3 * (q - 1) + 1)};
  return {sys_days{y / first_month / 1}, last_day_of(y / (first_month + date::months{2})),
          Granularity::Quarter};
}

DateRange DateRange::half(date::year y, int h) {
  return h == 1 ? DateRange{sys_days{y / January / 1}, sys_days{y / June / 30}, Granularity::Half}
                : DateRange{sys_days{y / July / 1}, sys_days{y / December / 31}, Granularity::Half};
}

DateRange DateRange::year(date::year y) {
  return {sys_days{y / January / 1}, sys_days{y / December / 31}, Granularity::Year};
}

DateRange DateRange::decade(int first_year) {
  return {sys_days{date::year{first_year} / January / 1},
          sys_days{date::year{first_year + 9} / December / 31}, Granularity::Decade};
}

DateRange DateRange::century(int first_year) {
  return {sys_days{date::year{first_year} / January / 1},
          sys_days{date::year{first_year + 99} / December / 31}, Granularity::Century};
}

DateRange DateRange::span(const DateRange& from, const DateRange& to) {
  return {std::min(from.first, to.first), std::max(from.last, to.last),
          std::max(from.granularity, to.granularity)};
}

DateRange DateRange::narrowed_to(Portion p) const {
  if (p == Portion::Whole) return *this;
  DateRange part = *this;
  part.portion = p;
  // A third of one or two days is less than a day ("mid Friday" is a time of day): the days stay.
  if (days() < 3) return part;
  const long third = days() / 3;
  switch (p) {
    case Portion::Early: part.last = first + date::days{third - 1}; break;
    case Portion::Mid:
      part.first = first + date::days{third};
      part.last = last - date::days{third};
      break;
    case Portion::Late: part.first = last - date::days{third - 1}; break;
    case Portion::Whole: break;
  }
  return part;
}

long DateRange::days() const { return (last - first).count() + 1; }

std::string format_iso(sys_days d) { return date::format("%F", d); }

std::optional<sys_days> parse_iso_day(std::string_view text) {
  // YYYY-MM-DD exactly; an impossible day ("2023-02-30") is not a date.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](std::size_t at, std::size_t len) -> std::optional<int> {
    int value = 0;
    const auto* begin = text.data() + at;
    auto [end, ec] = std::from_chars(begin, begin + len, value);
    if (ec != std::errc{} || end != begin + len) return std::nullopt;
    return value;
  };
  const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d) return std::nullopt;
  const year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                           date::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

}  // namespace annals
