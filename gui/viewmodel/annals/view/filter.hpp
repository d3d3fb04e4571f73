// What the analyst asked to see: a search text matched against title, actors, places and
// quotes (case-insensitive), plus filters by date window, type, actor, place, document and
// precision. An empty filter shows everything.
#pragma once

#include "annals/view/timeline.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace annals::view {

struct Filter {
  std::string text;
  std::optional<TimeWindow> window;    // events overlapping it
  std::set<NameId> types;              // empty: any
  std::set<NameId> actors;             // empty: any; otherwise the event has one of them
  std::set<NameId> places;
  std::set<DocumentId> documents;
  std::set<Granularity> precisions;
  // Events whose source quotes contain `text`, sorted; the timeline does not hold quotes, so
  // whoever owns the store fills this (Store::events_quoting) when `text` changes.
  std::vector<EventId> quoted;

  bool empty() const;
  bool matches(const Timeline& timeline, const ViewEvent& event) const;
  // The same with the search text already passed through fold_case (done once per filter).
  bool matches_folded(const Timeline& timeline, const ViewEvent& event,
                      std::string_view folded_text) const;
};

// ASCII case folding: names and titles in the corpus are mostly Latin script; other
// scripts match case-sensitively, which is still correct for them.
std::string fold_case(std::string_view text);
bool contains_folded(std::string_view haystack, std::string_view folded_needle);

// Indices of the events that pass `filter`, in timeline order.
std::vector<EventIndex> filtered(const Timeline& timeline, const Filter& filter);

}  // namespace annals::view
