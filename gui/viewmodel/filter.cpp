// Filter matching. Runs over all events only when the filter changes, never per frame.
#include "annals/view/filter.hpp"

#include "annals/ascii_case.hpp"

#include <algorithm>

namespace annals::view {

namespace {

template <typename Set, typename Values>
bool any_in(const Set& wanted, const Values& values) {
  if (wanted.empty()) return true;
  return std::any_of(values.begin(), values.end(), [&](const auto& v) { return wanted.count(v) > 0; });
}

bool text_matches(const Timeline& timeline, const ViewEvent& event, std::string_view needle,
                  const std::vector<EventId>& quoted) {
  if (needle.empty()) return true;
  if (contains_folded(event.title, needle) || std::binary_search(quoted.begin(), quoted.end(), event.id))
    return true;
  const auto named = [&](NameId id) { return contains_folded(timeline.names().name(id), needle); };
  return std::any_of(event.actors.begin(), event.actors.end(), named) ||
         std::any_of(event.places.begin(), event.places.end(), named);
}

}  // namespace

std::string fold_case(std::string_view text) { return ascii_lower(text); }

bool contains_folded(std::string_view haystack, std::string_view folded_needle) {
  const auto found = std::search(haystack.begin(), haystack.end(), folded_needle.begin(),
                                 folded_needle.end(),
                                 [](char a, char b) { return ascii_lower(a) == b; });
  return found != haystack.end() || folded_needle.empty();
}

bool Filter::empty() const {
  return text.empty() && !window && types.empty() && actors.empty() && places.empty() &&
         documents.empty() && precisions.empty();
}

bool Filter::matches(const Timeline& timeline, const ViewEvent& event) const {
  return matches_folded(timeline, event, fold_case(text));
}

bool Filter::matches_folded(const Timeline& timeline, const ViewEvent& event,
                            std::string_view folded_text) const {
  if (window && (event.end <= window->first || event.first >= window->end)) return false;
  if (!types.empty() && types.count(event.type) == 0) return false;
  if (!precisions.empty() && precisions.count(event.granularity) == 0) return false;
  if (!any_in(actors, event.actors) || !any_in(places, event.places) ||
      !any_in(documents, event.documents))
    return false;
  return text_matches(timeline, event, folded_text, quoted);
}

std::vector<EventIndex> filtered(const Timeline& timeline, const Filter& filter) {
  std::vector<EventIndex> out;
  const auto& events = timeline.events();
  out.reserve(events.size());
  const bool all = filter.empty();
  const std::string needle = fold_case(filter.text);
  for (std::size_t i = 0; i < events.size(); ++i)
    if (all || filter.matches_folded(timeline, events[i], needle))
      out.push_back(static_cast<EventIndex>(i));
  return out;
}

}  // namespace annals::view
