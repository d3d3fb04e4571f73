// Periods as DateRanges: where a day's week/month/season/... starts, how to move one, how
// to name one in TIMEX3. Every value the resolver writes goes through timex_value().
#include "calendar.hpp"

#include "civil_date.hpp"

#include <array>
#include <algorithm>

namespace annals::temporal {

namespace {

using date::sys_days;
using date::year_month_day;

constexpr std::array<std::string_view, 13> unit_names{"day",     "weekend", "week", "month",  "quarter",
                                                      "season",  "half",    "year", "decade", "century",
                                                      "hour",    "minute",  "second"};
constexpr int months_per_quarter = 3;
constexpr int months_per_half = 6;
constexpr int years_per_decade = 10;
constexpr int years_per_century = 100;
constexpr long hours_per_day = 24;
constexpr long minutes_per_day = 24 * 60;
constexpr long seconds_per_day = 24 * 60 * 60;

year_month_day ymd_of(sys_days day) { return civil_date(day); }
int year_of(sys_days day) { return static_cast<int>(ymd_of(day).year()); }
int month_index(sys_days day) { return static_cast<int>(static_cast<unsigned>(ymd_of(day).month())); }

// Floor division, so the decade of -45 is -50.
int floor_to(int value, int step) { return (value >= 0 ? value : value - step + 1) / step * step; }

// The year a season "belongs" to: winter 2023 runs December 2023 to February 2024.
int season_year(sys_days day) {
  const auto m = month_index(day);
  return m <= 2 ? year_of(day) - 1 : year_of(day);
}

void write_day(ValueText& out, const year_month_day& ymd) {
  out.year(static_cast<int>(ymd.year())).text("-").number(static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  out.text("-").number(static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
}

}  // namespace

std::optional<Unit> parse_unit(std::string_view name) {
  // The first letter before the whole: same-length names ("week", "half", "year") would
  // each cost a comparison call.
  for (std::size_t i = 0; i < unit_names.size(); ++i)
    if (!name.empty() && name[0] == unit_names[i][0] && name == unit_names[i]) return static_cast<Unit>(i);
  return std::nullopt;
}

Season season_of(date::month month) {
  const auto m = static_cast<unsigned>(month);
  if (m >= 3 && m <= 5) return Season::Spring;
  if (m >= 6 && m <= 8) return Season::Summer;
  if (m >= 9 && m <= 11) return Season::Fall;
  return Season::Winter;
}

DateRange period_containing(sys_days day, Unit unit) {
  switch (unit) {  // days and weeks first: they need no date conversion
    case Unit::Day: case Unit::Hour: case Unit::Minute: case Unit::Second: return DateRange::day(day);
    case Unit::Week: case Unit::Weekend: return DateRange::iso_week(day);
    default: break;
  }
  const auto ymd = ymd_of(day);  // converted once: it is most of the cost
  const int y = static_cast<int>(ymd.year());
  const int m = static_cast<int>(static_cast<unsigned>(ymd.month()));
  switch (unit) {
    case Unit::Month: return DateRange::month(ymd.year() / ymd.month());
    case Unit::Quarter: return DateRange::quarter(ymd.year(), (m - 1) / months_per_quarter + 1);
    case Unit::Season: return DateRange::season(date::year{season_year(day)}, season_of(ymd.month()));
    case Unit::Half: return DateRange::half(ymd.year(), (m - 1) / months_per_half + 1);
    case Unit::Year: return DateRange::year(ymd.year());
    case Unit::Decade: return DateRange::decade(floor_to(y, years_per_decade));
    case Unit::Century: return DateRange::century(floor_to(y, years_per_century));
    default: break;
  }
  return DateRange::day(day);
}

DateRange shift_period(const DateRange& period, Unit unit, long count) {
  const auto first = ymd_of(period.first);
  const auto months = [&](long n) {
    const auto moved = (first.year() / first.month()) + date::months{n};
    return sys_days{moved / 1};
  };
  switch (unit) {
    case Unit::Day: return period_containing(period.first + date::days{count}, unit);
    // "6 hours ago" from a date without a time: whole days only.
    case Unit::Hour: return period_containing(period.first + date::days{count / hours_per_day}, unit);
    case Unit::Minute: return period_containing(period.first + date::days{count / minutes_per_day}, unit);
    case Unit::Second: return period_containing(period.first + date::days{count / seconds_per_day}, unit);
    case Unit::Week: case Unit::Weekend: return period_containing(period.first + date::weeks{count}, unit);
    case Unit::Month: return period_containing(months(count), unit);
    case Unit::Quarter: return period_containing(months(count * months_per_quarter), unit);
    case Unit::Season: return period_containing(months(count * months_per_quarter), unit);
    case Unit::Half: return period_containing(months(count * months_per_half), unit);
    case Unit::Year: return period_containing(months(count * 12), unit);
    case Unit::Decade: return period_containing(months(count * 12 * years_per_decade), unit);
    case Unit::Century: return period_containing(months(count * 12 * years_per_century), unit);
  }
  return period;
}

date::sys_days shift_day(sys_days day, Unit unit, long count) {
  const auto ymd = ymd_of(day);
  long months = 0;
  switch (unit) {
    case Unit::Month: months = count; break;
    case Unit::Quarter: case Unit::Season: months = count * months_per_quarter; break;
    case Unit::Half: months = count * months_per_half; break;
    case Unit::Year: months = count * 12; break;
    case Unit::Decade: months = count * 12 * years_per_decade; break;
    case Unit::Century: months = count * 12 * years_per_century; break;
    default: return shift_period(DateRange::day(day), unit, count).first;
  }
  const auto target = (ymd.year() / ymd.month()) + date::months{months};
  const auto last_day = (target / date::last).day();
  return sys_days{target / std::min(ymd.day(), last_day)};
}

bool is_calendar_period(const DateRange& period) {
  // Days are most periods, and need no calendar arithmetic.
  if (period.granularity == Granularity::Day) return period == DateRange::day(period.first);
  return period == period_containing(period.first, unit_of(period.granularity));
}

Granularity granularity_of(Unit unit) {
  switch (unit) {
    case Unit::Week: case Unit::Weekend: return Granularity::Week;
    case Unit::Month: return Granularity::Month;
    case Unit::Quarter: return Granularity::Quarter;
    case Unit::Season: return Granularity::Season;
    case Unit::Half: return Granularity::Half;
    case Unit::Year: return Granularity::Year;
    case Unit::Decade: return Granularity::Decade;
    case Unit::Century: return Granularity::Century;
    default: return Granularity::Day;
  }
}

Unit unit_of(Granularity granularity) {
  switch (granularity) {
    case Granularity::Day: return Unit::Day;
    case Granularity::Week: return Unit::Week;
    case Granularity::Month: return Unit::Month;
    case Granularity::Season: return Unit::Season;
    case Granularity::Quarter: return Unit::Quarter;
    case Granularity::Half: return Unit::Half;
    case Granularity::Year: return Unit::Year;
    case Granularity::Decade: return Unit::Decade;
    case Granularity::Century: return Unit::Century;
  }
  return Unit::Day;
}

ValueText timex_value(const DateRange& period, bool weekend) {
  const auto first = ymd_of(period.first);  // converted once: it is most of the cost
  const int m = static_cast<int>(static_cast<unsigned>(first.month()));
  const int year = static_cast<int>(first.year());
  ValueText out;
  switch (period.granularity) {
    case Granularity::Day: write_day(out, first); break;
    case Granularity::Week: {
      // ISO week-numbering year: the year of the week's Thursday.
      const auto thursday = period.first + date::days{3};
      const int iso_year = year_of(thursday);
      const auto week_one = DateRange::iso_week(sys_days{date::year{iso_year} / date::January / 4});
      const auto week = (period.first - week_one.first).count() / 7 + 1;
      out.number(iso_year, 4).text("-W").number(static_cast<int>(week), 2).text(weekend ? "-WE" : "");
      break;
    }
    case Granularity::Month: out.year(year).text("-").number(m, 2); break;
    case Granularity::Season: {
      constexpr std::array<std::string_view, 4> codes{"SP", "SU", "FA", "WI"};
      out.year(year).text("-").text(codes[static_cast<std::size_t>(season_of(first.month()))]);
      break;
    }
    case Granularity::Quarter: out.year(year).text("-Q").number((m - 1) / months_per_quarter + 1, 1); break;
    case Granularity::Half: out.year(year).text("-H").number((m - 1) / months_per_half + 1, 1); break;
    case Granularity::Year: out.year(year); break;
    // The decade and century drop the year's last digits ("1990" -> "199", "19").
    case Granularity::Decade: out.year(year).drop(1); break;
    case Granularity::Century: out.year(year).drop(2); break;
  }
  return out;
}

std::optional<sys_days> nth_weekday(date::year_month month, date::weekday weekday, int nth, unsigned from) {
  if (!month.ok() || nth == 0) return std::nullopt;
  if (nth < 0) {
    const sys_days last{month / date::last};
    const auto day = last - (date::weekday{last} - weekday) - date::weeks{-nth - 1};
    return civil_date(day).month() == month.month() ? std::optional{day} : std::nullopt;
  }
  const year_month_day start{month / date::day{from}};
  if (!start.ok()) return std::nullopt;
  const sys_days first{start};
  const auto day = first + (weekday - date::weekday{first}) + date::weeks{nth - 1};
  return civil_date(day).month() == month.month() ? std::optional{day} : std::nullopt;
}

sys_days easter_sunday(date::year year) {
  // Meeus/Jones/Butcher: the Gregorian full-moon and weekday corrections in integers.
  const int y = static_cast<int>(year);
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days{year / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)}};
}

std::optional<std::string> duration_designator(Unit unit) {
  switch (unit) {
    case Unit::Day: return "D";
    case Unit::Week: return "W";
    case Unit::Weekend: return "WE";
    case Unit::Month: return "M";
    case Unit::Quarter: return "Q";
    case Unit::Year: return "Y";
    case Unit::Decade: return "DE";
    case Unit::Century: return "CE";
    case Unit::Hour: return "TH";
    case Unit::Minute: return "TM";
    case Unit::Second: return "TS";
    case Unit::Season: return "SE";
    case Unit::Half: return "H";
  }
  return std::nullopt;
}

}  // namespace annals::temporal
