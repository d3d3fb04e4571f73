// Finding the event a test expects among extracted events, by type and actors, with a
// message listing every event when it is missing.
#pragma once

#include "annals/event.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace annals::test {

inline bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

inline std::string describe(const std::vector<Event>& events) {
  std::ostringstream out;
  for (const auto& event : events) {
    out << "\n  " << event.when.value << " " << event.type << ": " << event.title << " [";
    for (const auto& actor : event.actors) out << actor << ";";
    out << "] @";
    for (const auto& place : event.places) out << place << ";";
  }
  return out.str();
}

// Whether the event starts in one of the years [first, last].
inline bool starts_within_years(const Event& event, int first, int last) {
  const auto year = static_cast<int>(date::year_month_day{event.when.range.first}.year());
  return first <= year && year <= last;
}

// Events of `type` whose actors include all of `actors`.
inline std::vector<const Event*> find_events(const std::vector<Event>& events, const std::string& type,
                                             const std::vector<std::string>& actors) {
  std::vector<const Event*> found;
  for (const auto& event : events)
    if (event.type == type &&
        std::all_of(actors.begin(), actors.end(), [&](const std::string& a) { return has(event.actors, a); }))
      found.push_back(&event);
  return found;
}

inline const Event& the_event(const std::vector<Event>& events, const std::string& type,
                              const std::vector<std::string>& actors) {
  const auto found = find_events(events, type, actors);
  INFO("events:" << describe(events));
  REQUIRE_MESSAGE(found.size() == 1, "expected one '" << type << "' event with " << actors.size()
                                                       << " given actors, found " << found.size());
  return *found.front();
}

}  // namespace annals::test
