// Resolution of a rule's fields into a TIMEX3 value. Three ways to a date:
//   shift:   "unit=year shift=-1"  -> the period `shift` units from the anchor's;
//   absolute: "year=1996 month=3"  -> that period;
//   nearest: "month=7 direction=before" -> the closest such period on one side of the anchor.
// Explicit fields then refine the period (a month within a shifted year, a time of day).
// Impossible calendar dates give nullopt: no rule can emit February 30.
#include "resolver.hpp"

#include "calendar.hpp"
#include "civil_date.hpp"
#include "duration.hpp"
#include "match_fields.hpp"

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
// Years whose values are four plain digits, and whose ISO weeks' years are too.
constexpr int first_plain_year = 1, last_plain_year = 9998;

int full_year(long written, sys_days published, bool two_digits) {
  if (!two_digits) return static_cast<int>(written);
  const int now = static_cast<int>(civil_date(published).year());
  int year = now / 100 * 100 + static_cast<int>(written);
  if (year > now + two_digit_year_slack) year -= 100;
  return year;
}

// "month=11 weekday=4 week=4" (Thanksgiving): the week-th such weekday of the month,
// counted from `day` when given ("the Tuesday after the first Monday" = from the 2nd);
// week=-1 is the last one.
std::optional<DateRange> nth_weekday_of(const FieldValues& fields, date::year_month month, long weekday, long nth) {
  if (weekday < 1 || weekday > days_per_week) return std::nullopt;
  const auto from = fields.number(Key::Day).value_or(1);
  if (from < 1 || from > 31) return std::nullopt;
  const auto day = nth_weekday(month, date::weekday{static_cast<unsigned>(weekday % days_per_week)},
                               static_cast<int>(nth), static_cast<unsigned>(from));
  if (!day) return std::nullopt;
  return DateRange::day(*day);
}

// The period inside `year` that the month/day/week/quarter/season/half fields name.
std::optional<DateRange> within_year(const FieldValues& fields, int year_number) {
  const date::year y{year_number};
  if (const auto offset = fields.easter_offset()) return DateRange::day(easter_sunday(y) + date::days{*offset});
  if (const auto month = fields.number(Key::Month)) {
    if (*month < 1 || *month > 12) return std::nullopt;
    const auto ym = y / date::month{static_cast<unsigned>(*month)};
    const auto weekday = fields.number(Key::Weekday), nth = fields.number(Key::Week);
    if (weekday && nth) return nth_weekday_of(fields, ym, *weekday, *nth);
    if (const auto day = fields.number(Key::Day)) {
      const year_month_day ymd{ym / date::day{static_cast<unsigned>(std::clamp(*day, 0L, 99L))}};
      if (!ymd.ok()) return std::nullopt;
      return DateRange::day(sys_days{ymd});
    }
    return DateRange::month(ym);
  }
  if (const auto quarter = fields.number(Key::Quarter)) {
    if (*quarter < 1 || *quarter > 4) return std::nullopt;
    return DateRange::quarter(y, static_cast<int>(*quarter));
  }
  if (const auto half = fields.number(Key::Half)) {
    if (*half < 1 || *half > 2) return std::nullopt;
    return DateRange::half(y, static_cast<int>(*half));
  }
  if (const auto season = fields.season()) return DateRange::season(y, *season);
  if (const auto week = fields.number(Key::Week)) {
    const auto value = std::to_string(year_number) + "-W" + (*week < 10 ? "0" : "") + std::to_string(*week);
    return range_of_timex_value(value);
  }
  return DateRange::year(y);
}

bool names_part_of_year(const FieldValues& fields) {
  return fields.has(Key::Month) || fields.easter_offset() || fields.has(Key::Quarter) || fields.has(Key::Half) ||
         fields.has(Key::Season) || fields.has(Key::Week);
}

// At most three candidates: the period before, at and after the anchor's. Kept in place,
// not in a vector: most expressions without a year build one.
class Candidates {
 public:
  void push_back(const DateRange& range) { ranges_[count_++] = range; }
  bool empty() const { return count_ == 0; }
  const DateRange* begin() const { return ranges_.data(); }
  const DateRange* end() const { return ranges_.data() + count_; }

 private:
  std::array<DateRange, 2 * nearest_window + 1> ranges_{};
  std::size_t count_ = 0;
};

// Candidate periods around `anchor` for fields that give no year ("July", "the 18th", "Friday").
Candidates candidates(const FieldValues& fields, sys_days anchor) {
  Candidates found;
  const year_month_day ymd = civil_date(anchor);
  if (fields.unit() == Unit::Weekend) {
    for (long k = -nearest_window; k <= nearest_window; ++k) {
      const auto week = DateRange::iso_week(anchor + date::weeks{k});
      found.push_back({week.first + date::days{saturday_offset}, week.last, Granularity::Week});
    }
  } else if (names_part_of_year(fields)) {
    for (long k = -nearest_window; k <= nearest_window; ++k)
      if (auto range = within_year(fields, static_cast<int>(ymd.year()) + static_cast<int>(k))) found.push_back(*range);
  } else if (const auto weekday = fields.number(Key::Weekday)) {
    if (*weekday < 1 || *weekday > days_per_week) return found;
    const date::weekday wanted{static_cast<unsigned>(*weekday % days_per_week)};
    const auto same_week = anchor + (wanted - date::weekday{anchor});  // on or after anchor
    for (long k = -nearest_window; k <= nearest_window; ++k) found.push_back(DateRange::day(same_week + date::weeks{k}));
  } else if (const auto day = fields.number(Key::Day)) {
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

std::optional<DateRange> pick(const Candidates& found, sys_days anchor, Side side) {
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
std::optional<DateRange> nearest(const Candidates& found, sys_days anchor, const ResolutionContext& context) {
  const auto way = context.tense().value_or(context.prefer);
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

Side side_of(const FieldValues& fields, const ResolutionContext& context) {
  switch (fields.direction()) {
    case DirectionWord::Before: return Side::Before;
    case DirectionWord::After: return Side::After;
    case DirectionWord::Past: return Side::PastInclusive;
    default: break;
  }
  const auto way = context.tense().value_or(context.prefer);
  return way == Direction::Past ? Side::PastInclusive : Side::FutureInclusive;
}

// A day inside a shifted week or a month inside a shifted year: refine by explicit fields.
std::optional<DateRange> refine(const DateRange& period, const FieldValues& fields) {
  const int year = static_cast<int>(civil_date(period.first).year());
  if (period.granularity == Granularity::Year && names_part_of_year(fields)) return within_year(fields, year);
  if (period.granularity == Granularity::Week) {
    if (const auto weekday = fields.number(Key::Weekday)) {
      if (*weekday < 1 || *weekday > days_per_week) return std::nullopt;
      return DateRange::day(period.first + date::days{*weekday - 1});
    }
  }
  if (period.granularity == Granularity::Month) {
    if (const auto day = fields.number(Key::Day)) {
      const auto ymd = civil_date(period.first);
      const year_month_day wanted{ymd.year() / ymd.month() / date::day{static_cast<unsigned>(std::clamp(*day, 0L, 99L))}};
      if (!wanted.ok()) return std::nullopt;
      return DateRange::day(sys_days{wanted});
    }
  }
  return period;
}

// "The next day" after "in March" cannot name a day: a count of units finer than the date
// the story last spoke of keeps that date's precision (March), not a day it never named.
bool finer_than_anchor(Unit unit, const DateRange& anchor) { return granularity_of(unit) < anchor.granularity; }

std::optional<DateRange> shifted(const FieldValues& fields, const DateRange& anchor, bool keep_granularity) {
  const auto unit = fields.unit();
  const auto count = fields.number(Key::Shift);
  if (!unit || !count) return std::nullopt;
  if (finer_than_anchor(*unit, anchor)) {
    // Shifted from the anchor's middle: "the previous day" after "in March" is still March.
    const auto middle = anchor.first + (anchor.last - anchor.first) / 2;
    return period_containing(shift_day(middle, *unit, *count), unit_of(anchor.granularity));
  }
  if (keep_granularity && anchor.granularity != Granularity::Day)
    return period_containing(shift_day(anchor.first, *unit, *count), unit_of(anchor.granularity));
  return refine(shift_period(period_containing(anchor.first, *unit), *unit, *count), fields);
}

std::optional<DateRange> absolute(const FieldValues& fields, sys_days published) {
  if (const auto year = fields.number(Key::Year)) {
    const bool two_digits = fields.text(Key::Year).size() <= 2;
    return within_year(fields, full_year(*year, published, two_digits));
  }
  if (const auto decade = fields.number(Key::Decade)) {
    const bool two_digits = fields.text(Key::Decade).size() <= 2;  // "the '90s"
    return DateRange::decade(two_digits ? full_year(*decade, published, true) : static_cast<int>(*decade));
  }
  if (const auto century = fields.number(Key::Century)) return DateRange::century(static_cast<int>((*century - 1) * 100));
  return std::nullopt;
}

// "T15:00", "TMO": the time of day, or empty when the fields name none (nullopt: invalid).
std::optional<ValueText> time_of_day(const FieldValues& fields) {
  ValueText time;
  if (fields.has(Key::Part)) return time.text("T").text(fields.text(Key::Part));
  auto hour = fields.number(Key::Hour);
  if (!hour) return time;
  const auto minute = fields.number(Key::Minute).value_or(0);
  const auto meridiem = fields.meridiem();
  if (fields.has(Key::Meridiem) && (*hour < 1 || *hour > 12)) return std::nullopt;
  if (meridiem == MeridiemWord::Pm && *hour < 12) *hour += 12;
  if (meridiem == MeridiemWord::Am && *hour == 12) *hour = 0;
  if (*hour > 24 || minute > 59 || minute < 0) return std::nullopt;
  const auto two = [&](long n) { time.text(n < 10 ? "0" : "").number(n, 0); };
  time.text("T");
  two(*hour);
  time.text(":");
  two(minute);
  return time;
}

std::optional<Resolution> resolve_duration(const FieldValues& fields, Resolution result) {
  const auto unit = fields.unit();
  const auto& amount = fields.amount();
  if (!unit || !amount) return std::nullopt;
  auto value = duration_value(*unit, *amount);
  if (!value) return std::nullopt;
  result.value = ValueText(*value);
  return result;
}

// "the 1988 period" (year=1988): the period the story speaks of, moved into the year named.
DateRange in_named_year(const DateRange& period, const FieldValues& fields, sys_days published) {
  const auto year = fields.number(Key::Year);
  if (!year) return period;
  const int named = full_year(*year, published, fields.text(Key::Year).size() <= 2);
  const long years = named - static_cast<int>(civil_date(period.first).year());
  return period_containing(shift_day(period.first, Unit::Year, years), unit_of(period.granularity));
}

// "the quarter": the quarter the text last spoke of, else (direction=before) the last
// whole one before publication, else the current one.
std::optional<DateRange> same_unit_as_story(const FieldValues& fields, const ResolutionContext& context, Resolution& result) {
  const auto unit = fields.unit();
  const auto count = fields.number(Key::Shift);
  if (!unit || !count) return std::nullopt;
  const auto& story = context.story_of[static_cast<std::size_t>(granularity_of(*unit))];
  if (story) {
    result.anchor = ResolvedAgainst::story_date(*story);
    return in_named_year(shift_period(*story, *unit, *count), fields, context.published);
  }
  result.anchor = ResolvedAgainst::publication();
  const long back = fields.direction() == DirectionWord::Before ? -1 : 0;
  return in_named_year(shift_period(period_containing(context.published, *unit), *unit, *count + back), fields,
                       context.published);
}

// The story date a count of days (or a bare time of day) starts from is the last day the
// text named ("On Monday they met. Last year ... The next day ..." is the Tuesday), else
// the last date it named.
std::optional<DateRange> story_anchor(const FieldValues& fields, const ResolutionContext& context) {
  const auto unit = fields.unit();
  const bool time_of_day_only = !unit && (fields.has(Key::Hour) || fields.has(Key::Part));
  const bool days = time_of_day_only || (unit && granularity_of(*unit) == Granularity::Day);
  const auto& last_day = context.story_of[static_cast<std::size_t>(Granularity::Day)];
  return days && last_day ? last_day : context.story;
}

std::optional<DateRange> resolve_period(const FieldValues& fields, const ResolutionContext& context, Resolution& result) {
  if (fields.anchor() == AnchorWord::StoryUnit) return same_unit_as_story(fields, context, result);
  const auto story_date = story_anchor(fields, context);
  const bool story = fields.anchor() == AnchorWord::Story && story_date;
  const DateRange anchor = story ? *story_date : DateRange::day(context.published);
  result.anchor = story ? ResolvedAgainst::story_date(anchor) : ResolvedAgainst::publication();
  if (fields.has(Key::Unit) && fields.has(Key::Shift))
    return shifted(fields, anchor, fields.granularity() == GranularityWord::Anchor);
  if (auto period = absolute(fields, context.published)) return period;
  const auto found = candidates(fields, anchor.first);
  if (!found.empty()) {
    // "will meet on Monday" cannot be a past Monday; past-tense cues are less reliable
    // (reported speech), so they only weigh in nearest().
    if (fields.direction() == DirectionWord::Nearest && context.tense() != Direction::Future)
      return nearest(found, anchor.first, context);
    return pick(found, anchor.first, side_of(fields, context));
  }
  // Only a time of day ("at 3 p.m."): the anchor's day.
  if (fields.has(Key::Hour) || fields.has(Key::Part)) return DateRange::day(anchor.first);
  return std::nullopt;
}

// The days of a value written from `period`: the period itself when it is the whole
// calendar period that its value names (reading the value back gives the same days);
// else (a weekend, a decade counted from 1995, years outside 1-9998) the value read back.
// Seasons are read back too: range_of_timex_value takes "1994-WI" for a week and gives
// no days, and the output stays as it was until that is fixed there.
std::optional<DateRange> days_of_value(std::string_view value, const DateRange& period, bool weekend) {
  const int year = static_cast<int>(civil_date(period.first).year());
  if (!weekend && period.granularity != Granularity::Season && year >= first_plain_year && year <= last_plain_year &&
      is_calendar_period(period))
    return period;
  return range_of_timex_value(value);
}

// The value's days (`whole`, as range_of_timex_value gives them) and its interval, which
// the mod narrows.
void set_interval(Resolution& result, std::optional<DateRange> whole) {
  result.whole = whole;
  if (!result.whole) return;
  const auto portion = result.mod == "START" ? Portion::Early
                       : result.mod == "MID" ? Portion::Mid
                       : result.mod == "END" ? Portion::Late : Portion::Whole;
  result.interval = result.whole->narrowed_to(portion);
}

std::optional<Resolution> resolve_single(const FieldValues& fields, const ResolutionContext& context) {
  Resolution result;
  result.type = fields.type().value_or(TimexType::Date);
  result.mod = fields.text(Key::Mod);
  const bool period_fields = fields.has(Key::Unit) && fields.has(Key::Shift);
  if (fields.has(Key::Value) && !period_fields) {
    result.value = ValueText(fields.text(Key::Value));
    if (result.value.view().find('$') != std::string_view::npos) return std::nullopt;
    set_interval(result, range_of_timex_value(result.value.view()));
    return result;
  }
  if (fields.has(Key::Amount) && !period_fields) return resolve_duration(fields, result);
  auto period = resolve_period(fields, context, result);
  if (!period) return std::nullopt;
  // "the week of March 6": the week that holds the day named.
  if (fields.granularity() == GranularityWord::Week && period->granularity == Granularity::Day)
    period = DateRange::iso_week(period->first);
  const auto time = time_of_day(fields);
  if (!time) return std::nullopt;
  const bool weekend = fields.unit() == Unit::Weekend;
  if (!time->empty()) {
    if (period->granularity != Granularity::Day) return std::nullopt;
    result.type = TimexType::Time;
    result.value = timex_value(*period).text(time->view());
  } else {
    result.value = timex_value(*period, weekend);
  }
  set_interval(result, days_of_value(result.value.view(), *period, weekend));
  return result;
}

// "from 16 to 17 September", "between March and May": TIMEX3 has no value for a span, so
// the value is the first end's (TimeML annotates the ends apart, the first one first),
// while the days cover the whole range, as the timeline should show it.
std::optional<Resolution> resolve_range(const FieldValues& first, const FieldValues& second,
                                        const ResolutionContext& context) {
  auto from = resolve_single(first, context);
  const auto to = resolve_single(second, context);
  if (!from || !to || !from->interval || !to->interval || to->interval->last < from->interval->first) return from;
  from->interval = DateRange::span(*from->interval, *to->interval);
  return from;
}

}  // namespace

std::optional<Resolution> resolve(const FieldValues& fields, const ResolutionContext& context) {
  thread_local FieldValues from, to;  // reused: a range is rare, its ends are big
  if (fields.split_range(from, to)) return resolve_range(from, to, context);
  return resolve_single(fields, context);
}

const std::string& ResolutionContext::publication_anchor() const {
  if (publication_anchor_.empty())  // written whole, then copied once: one allocation per text
    publication_anchor_ = ValueText("publication date ").text(timex_value(DateRange::day(published)).view()).view();
  return publication_anchor_;
}

void write_anchor(const ResolvedAgainst& anchor, const ResolutionContext& context, std::string& out) {
  switch (anchor.kind) {
    case ResolvedAgainst::Kind::Nothing: out.clear(); break;
    case ResolvedAgainst::Kind::Publication: out = context.publication_anchor(); break;
    case ResolvedAgainst::Kind::Story: out = ValueText("story date ").text(timex_value(anchor.story).view()).view(); break;
  }
}

bool valid_constant(Key key, std::string_view value) { return accepts(key, value); }

}  // namespace annals::temporal
