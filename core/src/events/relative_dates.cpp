// Resolving event-relative dates against the document's own dated happenings.
// The best match is the candidate known most precisely; among equals, the one told
// first, since articles tend to state a date before leaning on it.
#include "relative_dates.hpp"

#include <date/iso_week.h>

#include <algorithm>
#include <set>

namespace annals::events {

namespace {

using date::sys_days;

std::string two_digits(unsigned value) {
  constexpr unsigned ten = 10;
  return std::string(value < ten ? "0" : "") + std::to_string(value);
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// What the words naming the other happening say about it.
struct Description {
  std::set<std::string> types;
  std::vector<std::string> places;  // canonical
  std::vector<std::string> actors;  // canonical
};

Description describe(std::string_view text, const EventRelative& relative,
                     const EventExtractor::Lexicons& lexicons) {
  Description description;
  const auto tokens = tokenize(text, {relative.event_begin, relative.event_end});
  for (const auto& hit : lexicons.triggers.find(tokens)) description.types.insert(hit.trigger->type);
  DocumentMemory no_memory;  // only full names count inside the few words
  for (const auto& mention : lexicons.gazetteer.find(tokens, no_memory)) {
    const auto& entity = lexicons.gazetteer.entity(mention.entity, no_memory);
    const bool place = entity.kind == EntityKind::City || entity.kind == EntityKind::Country;
    (place ? description.places : description.actors).push_back(entity.name);
  }
  return description;
}

bool fits(const Candidate& candidate, const Description& description, const std::string& subject,
          const EventExtractor::Lexicons& lexicons) {
  const auto& event = candidate.event;
  if (!description.types.empty() &&
      std::none_of(description.types.begin(), description.types.end(),
                   [&](const std::string& type) { return lexicons.triggers.compatible(type, event.type); }))
    return false;
  for (const auto& place : description.places)
    if (!contains(event.places, place) && !contains(event.actors, place)) return false;
  for (const auto& actor : description.actors)
    if (!contains(event.actors, actor)) return false;
  return subject.empty() || contains(event.actors, subject);
}

}  // namespace

std::optional<DateRange> shift_range(const DateRange& range, int amount, Granularity unit) {
  constexpr int days_per_week = 7;
  constexpr int months_per_year = 12;
  switch (unit) {
    case Granularity::Day:
    case Granularity::Week: {
      const date::days offset{unit == Granularity::Week ? amount * days_per_week : amount};
      if (range.granularity == Granularity::Day) return DateRange::day(range.first + offset);
      auto moved = range;
      moved.first += offset;
      moved.last += offset;
      return moved;
    }
    case Granularity::Month:
    case Granularity::Year: {
      const date::months offset{unit == Granularity::Year ? amount * months_per_year : amount};
      const date::year_month_day first{range.first};
      const auto month = date::year_month{first.year(), first.month()} + offset;
      if (range.granularity == Granularity::Month) return DateRange::month(month);
      if (range.granularity == Granularity::Year && unit == Granularity::Year) return DateRange::year(month.year());
      if (range.granularity != Granularity::Day) return std::nullopt;
      const auto day = std::min(first.day(), (month / date::last).day());  // clamp on purpose
      return DateRange::day(sys_days{month / day});
    }
    default:
      return std::nullopt;
  }
}

std::string timex_value_of(const DateRange& range) {
  const date::year_month_day first{range.first};
  const auto year = std::to_string(static_cast<int>(first.year()));
  switch (range.granularity) {
    case Granularity::Day: return format_iso(range.first);
    case Granularity::Month: return year + "-" + two_digits(static_cast<unsigned>(first.month()));
    case Granularity::Year: return year;
    case Granularity::Week: {
      const iso_week::year_weeknum_weekday week{range.first};
      return std::to_string(static_cast<int>(week.year())) + "-W" + two_digits(static_cast<unsigned>(week.weeknum()));
    }
    default: return {};
  }
}

std::optional<RelativeDating> date_relative(std::string_view text, const Timex& timex,
                                            const std::string& subject,
                                            const std::vector<Candidate>& dated,
                                            const EventExtractor::Lexicons& lexicons) {
  if (!timex.event_relative) return std::nullopt;
  const auto& relative = *timex.event_relative;
  const auto description = describe(text, relative, lexicons);
  const Candidate* best = nullptr;
  for (const auto& candidate : dated) {
    if (candidate.aspect != Aspect::Whole || !fits(candidate, description, subject, lexicons)) continue;
    if (!best || candidate.event.when.range.days() < best->event.when.range.days()) best = &candidate;
  }
  if (!best) return std::nullopt;
  const auto range = shift_range(best->event.when.range, relative.before ? -relative.amount : relative.amount,
                                 relative.unit);
  if (!range) return std::nullopt;
  auto value = timex_value_of(*range);
  if (value.empty()) return std::nullopt;
  const auto plural = relative.amount == 1 ? "" : "s";
  auto anchor = std::to_string(relative.amount) + " " + std::string(to_string(relative.unit)) + plural +
                (relative.before ? " before " : " after ") + "\xE2\x80\x9C" + best->event.title +
                "\xE2\x80\x9D (" + best->event.when.value + ")";
  return RelativeDating{std::move(value), *range, std::move(anchor)};
}

}  // namespace annals::events
