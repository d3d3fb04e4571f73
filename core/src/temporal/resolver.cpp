// Resolution of a rule's fields into a TIMEX3 value. Three ways to a date:
//   shift:   "unit=year shift=-1"  -> the period `shift` units from the anchor's;
//   absolute: "year=1996 month=3"  -> that period;
//   nearest: "month=7 direction=before" -> the closest such period on one side of the anchor.
// Explicit fields then refine the period (a month within a shifted year, a time of day).
// Impossible calendar dates give nullopt: no rule can emit February 30.
#include "resolver.hpp"

#include "calendar.hpp"
#include "duration.hpp"

#include <array>
#include <charconv>
#include <string_view>

namespace annals::temporal {

namespace {

using date::sys_days;
using date::year_month_day;

constexpr long nearest_window = 1;     // candidates one period either side of the anchor
constexpr int two_digit_year_slack = 10;  // "'25" in 2023 is 2025, "'48" is 1948
constexpr int days_per_week = 7;
constexpr int saturday_offset = 5;  // days from an ISO week's Monday

const std::string& field(const Fields& fields, Key key) { return fields[static_cast<std::size_t>(key)]; }

std::optional<long> number(const Fields& fields, Key key) {
  const auto& text = field(fields, key);
  if (text.empty()) return std::nullopt;
  long value = 0;
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool has(const Fields& fields, Key key) { return !field(fields, key).empty(); }

std::optional<Season> parse_season(std::string_view code) {
  if (code == "SP") return Season::Spring;
  if (code == "SU") return Season::Summer;
  if (code == "FA") return Season::Fall;
  if (code == "WI") return Season::Winter;
  return std::nullopt;
}

int full_year(long written, sys_days published, bool two_digits) {
  if (!two_digits) return static_cast<int>(written);
  const int now = static_cast<int>(year_month_day{published}.year());
  int year = now / 100 * 100 + static_cast<int>(written);
  if (year > now + two_digit_year_slack) year -= 100;
  return year;
}

constexpr std::string_view easter_word = "easter";

// "day=easter-2" (Good Friday): days from Easter Sunday, for the holidays that move with it.
std::optional<long> easter_offset(const Fields& fields) {
  std::string_view day = field(fields, Key::Day);
  if (!day.starts_with(easter_word)) return std::nullopt;
  day.remove_prefix(easter_word.size());
  if (day.empty()) return 0;
  const bool negative = day[0] == '-';
  if (day[0] == '+' || negative) day.remove_prefix(1);
  long offset = 0;
  const auto [end, ec] = std::from_chars(day.data(), day.data() + day.size(), offset);
  if (ec != std::errc{} || end != day.data() + day.size()) return std::nullopt;
  return negative ? -offset : offset;
}

// "month=11 weekday=4 week=4" (Thanksgiving): the week-th such weekday of the month,
// counted from `day` when given ("the Tuesday after the first Monday" = from the 2nd);
// week=-1 is the last one.
std::optional<DateRange> nth_weekday_of(const Fields& fields, date::year_month month, long weekday, long nth) {
  if (weekday < 1 || weekday > days_per_week) return std::nullopt;
  const auto from = number(fields, Key::Day).value_or(1);
  if (from < 1 || from > 31) return std::nullopt;
  const auto day = nth_weekday(month, date::weekday{static_cast<unsigned>(weekday % days_per_week)},
                               static_cast<int>(nth), static_cast<unsigned>(from));
  if (!day) return std::nullopt;
  return DateRange::day(*day);
}

// The period inside `year` that the month/day/week/quarter/season/half fields name.
std::optional<DateRange> within_year(const Fields& fields, int year_number) {
  const date::year y{year_number};
  if (const auto offset = easter_offset(fields)) return DateRange::day(easter_sunday(y) + date::days{*offset});
  if (const auto month = number(fields, Key::Month)) {
    if (*month < 1 || *month > 12) return std::nullopt;
    const auto ym = y / date::month{static_cast<unsigned>(*month)};
    const auto weekday = number(fields, Key::Weekday), nth = number(fields, Key::Week);
    if (weekday && nth) return nth_weekday_of(fields, ym, *weekday, *nth);
    if (const auto day = number(fields, Key::Day)) {
      const year_month_day ymd{ym / date::day{static_cast<unsigned>(std::clamp(*day, 0L, 99L))}};
      if (!ymd.ok()) return std::nullopt;
      return DateRange::day(sys_days{ymd});
    }
    return DateRange::month(ym);
  }
  if (const auto quarter = number(fields, Key::Quarter)) {
    if (*quarter < 1 || *quarter > 4) return std::nullopt;
    return DateRange::quarter(y, static_cast<int>(*quarter));
  }
  if (const auto half = number(fields, Key::Half)) {
    if (*half < 1 || *half > 2) return std::nullopt;
    return DateRange::half(y, static_cast<int>(*half));
  }
  if (const auto season = parse_season(field(fields, Key::Season))) return DateRange::season(y, *season);
  if (const auto week = number(fields, Key::Week)) {
    const auto value = std::to_string(year_number) + "-W" + (*week < 10 ? "0" : "") + std::to_string(*week);
    return range_of_timex_value(value);
  }
  return DateRange::year(y);
}

bool names_part_of_year(const Fields& fields) {
  return has(fields, Key::Month) || easter_offset(fields) || has(fields, Key::Quarter) || has(fields, Key::Half) ||
         has(fields, Key::Season) || has(fields, Key::Week);
}

// Candidate periods around `anchor` for fields that give no year ("July", "the 18th", "Friday").
std::vector<DateRange> candidates(const Fields& fields, sys_days anchor) {
  std::vector<DateRange> found;
  const year_month_day ymd{anchor};
  if (field(fields, Key::Unit) == "weekend") {
    for (long k = -1; k <= 1; ++k) {
      const auto week = DateRange::iso_week(anchor + date::weeks{k});
      found.push_back({week.first + date::days{saturday_offset}, week.last, Granularity::Week});
    }
  } else if (names_part_of_year(fields)) {
    for (long k = -nearest_window; k <= nearest_window; ++k)
      if (auto range = within_year(fields, static_cast<int>(ymd.year()) + static_cast<int>(k))) found.push_back(*range);
  } else if (const auto weekday = number(fields, Key::Weekday)) {
    if (*weekday < 1 || *weekday > days_per_week) return found;
    const date::weekday wanted{static_cast<unsigned>(*weekday % days_per_week)};
    const auto same_week = anchor + (wanted - date::weekday{anchor});  // on or after anchor
    for (long k = -1; k <= 1; ++k) found.push_back(DateRange::day(same_week + date::weeks{k}));
  } else if (const auto day = number(fields, Key::Day)) {
    if (*day < 1 || *day > 31) return found;
    const auto month = ymd.year() / ymd.month();
    for (long k = -nearest_window; k <= nearest_window; ++k) {
      const year_month_day candidate{(month + date::months{k}) / date::day{static_cast<unsigned>(*day)}};
      if (candidate.ok()) found.push_back(DateRange::day(sys_days{candidate}));
    }
  }
  return found;
}

enum class Side { Before, After, PastInclusive, FutureInclusive };

std::optional<DateRange> pick(const std::vector<DateRange>& found, sys_days anchor, Side side) {
  std::optional<DateRange> best;
  for (const auto& range : found) {
    bool ok = false;
    switch (side) {
      case Side::Before: ok = range.last < anchor; break;
      case Side::After: ok = range.first > anchor; break;
      case Side::PastInclusive: ok = range.first <= anchor; break;
      case Side::FutureInclusive: ok = range.last >= anchor; break;
    }
    if (!ok) continue;
    const bool backwards = side == Side::Before || side == Side::PastInclusive;
    if (!best || (backwards ? range.first > best->first : range.first < best->first)) best = range;
  }
  return best;
}

// The candidate closest to the anchor; one on the side the tense points to (or the
// preferred side) counts as half as far, so "said Friday" on a Monday is the past Friday
// and "will meet Friday" the coming one, while "Nov. 6" written on Nov. 2 is this year's.
std::optional<DateRange> nearest(const std::vector<DateRange>& found, sys_days anchor, const ResolutionContext& context) {
  const auto way = context.tense.value_or(context.prefer);
  std::optional<DateRange> best;
  long best_cost = 0;
  for (const auto& range : found) {
    long cost = 0;
    bool past = false;
    if (range.last < anchor) {
      cost = (anchor - range.last).count();
      past = true;
    } else if (range.first > anchor) {
      cost = (range.first - anchor).count();
    }
    const bool preferred = past == (way == Direction::Past);
    cost = cost * 2 + (preferred ? 0 : 1 + cost * 2);
    if (!best || cost < best_cost) {
      best = range;
      best_cost = cost;
    }
  }
  return best;
}

Side side_of(const Fields& fields, const ResolutionContext& context) {
  const auto& direction = field(fields, Key::Direction);
  if (direction == "before") return Side::Before;
  if (direction == "after") return Side::After;
  if (direction == "past") return Side::PastInclusive;
  const auto way = context.tense.value_or(context.prefer);
  return way == Direction::Past ? Side::PastInclusive : Side::FutureInclusive;
}

// A day inside a shifted week or a month inside a shifted year: refine by explicit fields.
std::optional<DateRange> refine(const DateRange& period, const Fields& fields) {
  const int year = static_cast<int>(year_month_day{period.first}.year());
  if (period.granularity == Granularity::Year && names_part_of_year(fields)) return within_year(fields, year);
  if (period.granularity == Granularity::Week) {
    if (const auto weekday = number(fields, Key::Weekday)) {
      if (*weekday < 1 || *weekday > days_per_week) return std::nullopt;
      return DateRange::day(period.first + date::days{*weekday - 1});
    }
  }
  if (period.granularity == Granularity::Month) {
    if (const auto day = number(fields, Key::Day)) {
      const auto ymd = year_month_day{period.first};
      const year_month_day wanted{ymd.year() / ymd.month() / date::day{static_cast<unsigned>(std::clamp(*day, 0L, 99L))}};
      if (!wanted.ok()) return std::nullopt;
      return DateRange::day(sys_days{wanted});
    }
  }
  return period;
}

std::optional<DateRange> shifted(const Fields& fields, const DateRange& anchor, bool keep_granularity) {
  const auto unit = parse_unit(field(fields, Key::Unit));
  const auto count = number(fields, Key::Shift);
  if (!unit || !count) return std::nullopt;
  if (keep_granularity && anchor.granularity != Granularity::Day)
    return period_containing(shift_day(anchor.first, *unit, *count), unit_of(anchor.granularity));
  return refine(shift_period(period_containing(anchor.first, *unit), *unit, *count), fields);
}

std::optional<DateRange> absolute(const Fields& fields, sys_days published) {
  if (const auto year = number(fields, Key::Year)) {
    const bool two_digits = field(fields, Key::Year).size() <= 2;
    return within_year(fields, full_year(*year, published, two_digits));
  }
  if (const auto decade = number(fields, Key::Decade)) {
    const bool two_digits = field(fields, Key::Decade).size() <= 2;  // "the '90s"
    return DateRange::decade(two_digits ? full_year(*decade, published, true) : static_cast<int>(*decade));
  }
  if (const auto century = number(fields, Key::Century)) return DateRange::century(static_cast<int>((*century - 1) * 100));
  return std::nullopt;
}

// "T15:00", "TMO": the time of day, or empty when the fields name none (nullopt: invalid).
std::optional<std::string> time_of_day(const Fields& fields) {
  if (has(fields, Key::Part)) return "T" + field(fields, Key::Part);
  auto hour = number(fields, Key::Hour);
  if (!hour) return std::string{};
  const auto minute = number(fields, Key::Minute).value_or(0);
  const auto& meridiem = field(fields, Key::Meridiem);
  if (!meridiem.empty() && (*hour < 1 || *hour > 12)) return std::nullopt;
  if (meridiem == "pm" && *hour < 12) *hour += 12;
  if (meridiem == "am" && *hour == 12) *hour = 0;
  if (*hour > 24 || minute > 59 || minute < 0) return std::nullopt;
  const auto two = [](long n) { return (n < 10 ? "0" : "") + std::to_string(n); };
  return "T" + two(*hour) + ":" + two(minute);
}

std::optional<Resolution> resolve_duration(const Fields& fields, Resolution result) {
  const auto unit = parse_unit(field(fields, Key::Unit));
  const auto amount = parse_amount(field(fields, Key::Amount));
  if (!unit || !amount) return std::nullopt;
  auto value = duration_value(*unit, *amount);
  if (!value) return std::nullopt;
  result.value = std::move(*value);
  return result;
}

// "the 1988 period" (year=1988): the period the story speaks of, moved into the year named.
DateRange in_named_year(const DateRange& period, const Fields& fields, sys_days published) {
  const auto year = number(fields, Key::Year);
  if (!year) return period;
  const int named = full_year(*year, published, field(fields, Key::Year).size() <= 2);
  const long years = named - static_cast<int>(year_month_day{period.first}.year());
  return period_containing(shift_day(period.first, Unit::Year, years), unit_of(period.granularity));
}

// "the quarter": the quarter the text last spoke of, else (direction=before) the last
// whole one before publication, else the current one.
std::optional<DateRange> same_unit_as_story(const Fields& fields, const ResolutionContext& context, Resolution& result) {
  const auto unit = parse_unit(field(fields, Key::Unit));
  const auto count = number(fields, Key::Shift);
  if (!unit || !count) return std::nullopt;
  const auto& story = context.story_of[static_cast<std::size_t>(granularity_of(*unit))];
  if (story) {
    result.anchor = "story date " + timex_value(*story);
    return in_named_year(shift_period(*story, *unit, *count), fields, context.published);
  }
  result.anchor = "publication date " + iso_day(context.published);
  const long back = field(fields, Key::Direction) == "before" ? -1 : 0;
  return in_named_year(shift_period(period_containing(context.published, *unit), *unit, *count + back), fields,
                       context.published);
}

// The story date a count of days (or a bare time of day) starts from is the last day the
// text named ("On Monday they met. Last year ... The next day ..." is the Tuesday), else
// the last date it named.
std::optional<DateRange> story_anchor(const Fields& fields, const ResolutionContext& context) {
  const auto unit = parse_unit(field(fields, Key::Unit));
  const bool time_of_day_only = !unit && (has(fields, Key::Hour) || has(fields, Key::Part));
  const bool days = time_of_day_only || (unit && granularity_of(*unit) == Granularity::Day);
  const auto& last_day = context.story_of[static_cast<std::size_t>(Granularity::Day)];
  return days && last_day ? last_day : context.story;
}

std::optional<DateRange> resolve_period(const Fields& fields, const ResolutionContext& context, Resolution& result) {
  if (field(fields, Key::Anchor) == "story-unit") return same_unit_as_story(fields, context, result);
  const auto story_date = story_anchor(fields, context);
  const bool story = field(fields, Key::Anchor) == "story" && story_date;
  const DateRange anchor = story ? *story_date : DateRange::day(context.published);
  result.anchor = story ? "story date " + timex_value(anchor) : "publication date " + iso_day(context.published);
  if (has(fields, Key::Unit) && has(fields, Key::Shift))
    return shifted(fields, anchor, field(fields, Key::Granularity) == "anchor");
  if (auto period = absolute(fields, context.published)) return period;
  const auto found = candidates(fields, anchor.first);
  if (!found.empty()) {
    // "will meet on Monday" cannot be a past Monday; past-tense cues are less reliable
    // (reported speech), so they only weigh in nearest().
    if (field(fields, Key::Direction) == "nearest" && context.tense != Direction::Future)
      return nearest(found, anchor.first, context);
    return pick(found, anchor.first, side_of(fields, context));
  }
  // Only a time of day ("at 3 p.m."): the anchor's day.
  if (has(fields, Key::Hour) || has(fields, Key::Part)) return DateRange::day(anchor.first);
  return std::nullopt;
}

std::optional<Resolution> resolve_single(const Fields& fields, const ResolutionContext& context) {
  Resolution result;
  result.type = parse_timex_type(field(fields, Key::Type)).value_or(TimexType::Date);
  result.mod = field(fields, Key::Mod);
  const bool period_fields = has(fields, Key::Unit) && has(fields, Key::Shift);
  if (has(fields, Key::Value) && !period_fields) {
    result.value = field(fields, Key::Value);
    if (result.value.find('$') != std::string::npos) return std::nullopt;
    result.interval = range_of_timex_value(result.value, result.mod);
    return result;
  }
  if (has(fields, Key::Amount) && !period_fields) return resolve_duration(fields, result);
  auto period = resolve_period(fields, context, result);
  if (!period) return std::nullopt;
  // "the week of March 6": the week that holds the day named.
  if (field(fields, Key::Granularity) == "week" && period->granularity == Granularity::Day)
    period = DateRange::iso_week(period->first);
  const auto time = time_of_day(fields);
  if (!time) return std::nullopt;
  const bool weekend = field(fields, Key::Unit) == "weekend";
  if (!time->empty()) {
    if (period->granularity != Granularity::Day) return std::nullopt;
    result.type = TimexType::Time;
    result.value = timex_value(*period) + *time;
  } else {
    result.value = timex_value(*period, weekend);
  }
  result.interval = range_of_timex_value(result.value, result.mod);
  return result;
}

constexpr std::string_view range_mark = "..";

// "day=16..17": the fields of a range's two ends; fields without ".." belong to both.
std::optional<std::pair<Fields, Fields>> range_ends(const Fields& fields) {
  std::pair<Fields, Fields> ends{fields, fields};
  bool range = false;
  for (std::size_t k = 0; k < key_count; ++k) {
    const auto at = fields[k].find(range_mark);
    if (at == std::string::npos) continue;
    range = true;
    ends.first[k] = fields[k].substr(0, at);
    ends.second[k] = fields[k].substr(at + range_mark.size());
  }
  if (!range) return std::nullopt;
  return ends;
}

// "from 16 to 17 September", "between March and May": TIMEX3 has no value for a span, so
// the value is the first end's (TimeML annotates the ends apart, the first one first),
// while the days cover the whole range, as the timeline should show it.
std::optional<Resolution> resolve_range(const std::pair<Fields, Fields>& ends, const ResolutionContext& context) {
  auto from = resolve_single(ends.first, context);
  const auto to = resolve_single(ends.second, context);
  if (!from || !to || !from->interval || !to->interval || to->interval->last < from->interval->first) return from;
  from->interval = DateRange::span(*from->interval, *to->interval);
  return from;
}

}  // namespace

std::optional<Resolution> resolve(const Fields& fields, const ResolutionContext& context) {
  if (const auto ends = range_ends(fields)) return resolve_range(*ends, context);
  return resolve_single(fields, context);
}

bool valid_constant(Key key, std::string_view value) {
  static constexpr std::array mods{"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE",
                                   "ON_OR_AFTER", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "LESS_THAN", "MORE_THAN"};
  switch (key) {
    case Key::Type: return parse_timex_type(value).has_value();
    case Key::Unit: return parse_unit(value).has_value();
    case Key::Direction: return value == "before" || value == "after" || value == "tense" || value == "nearest" || value == "past";
    case Key::Anchor: return value == "dct" || value == "story" || value == "story-unit";
    case Key::Granularity: return value == "anchor" || value == "week";
    case Key::Event: return value == "before" || value == "after";
    case Key::Meridiem: return value == "am" || value == "pm";
    case Key::Season: return parse_season(value).has_value();
    case Key::Part: return value == "MO" || value == "AF" || value == "EV" || value == "NI" || value == "DT";
    case Key::Mod:
      for (const auto* mod : mods)
        if (value == mod) return true;
      return false;
    default: return true;
  }
}

}  // namespace annals::temporal
