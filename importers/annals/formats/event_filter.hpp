// The export filters: --from/--to (events whose days overlap the range), --actor and
// --type (any of the given), --query (words anywhere in the event). Applied before any
// export format, so every format sees the same selection.
#pragma once

#include "annals/event.hpp"

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace annals::formats {

struct EventFilter {
  std::optional<date::sys_days> from;  // inclusive
  std::optional<date::sys_days> to;    // inclusive
  std::vector<std::string> actors;     // case-insensitive substring of an actor
  std::vector<std::string> types;      // exact event type
  std::string query;                   // case-insensitive substring of title, actors, places, quotes

  bool active() const;
  bool matches(const Event& event) const;
};

std::vector<Event> filter_events(std::vector<Event> events, const EventFilter& filter);

}  // namespace annals::formats
