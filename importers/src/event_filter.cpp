// Case folding is ASCII-only, like the rest of the importers' comparisons: names in other
// scripts still match exactly.
#include "annals/formats/event_filter.hpp"

#include "strings.hpp"

#include <algorithm>

namespace annals::formats {

namespace {

bool contains_folded(const std::string& haystack, const std::string& folded_needle) {
  return strings::lower(haystack).find(folded_needle) != std::string::npos;
}

bool any_contains(const std::vector<std::string>& texts, const std::string& folded_needle) {
  return std::any_of(texts.begin(), texts.end(),
                     [&](const std::string& text) { return contains_folded(text, folded_needle); });
}

bool mentions(const Event& event, const std::string& folded) {
  if (contains_folded(event.title, folded) || any_contains(event.actors, folded) ||
      any_contains(event.places, folded))
    return true;
  return std::any_of(event.sources.begin(), event.sources.end(),
                     [&](const Source& source) { return contains_folded(source.quote, folded); });
}

}  // namespace

bool EventFilter::active() const {
  return from || to || !actors.empty() || !types.empty() || !query.empty();
}

bool EventFilter::matches(const Event& event) const {
  if (from && event.when.range.last < *from) return false;
  if (to && event.when.range.first > *to) return false;
  if (!types.empty() && std::find(types.begin(), types.end(), event.type) == types.end()) return false;
  if (!actors.empty() && std::none_of(actors.begin(), actors.end(), [&](const std::string& actor) {
        return any_contains(event.actors, strings::lower(actor));
      }))
    return false;
  return query.empty() || mentions(event, strings::lower(query));
}

std::vector<Event> filter_events(std::vector<Event> events, const EventFilter& filter) {
  std::erase_if(events, [&](const Event& event) { return !filter.matches(event); });
  return events;
}

}  // namespace annals::formats
