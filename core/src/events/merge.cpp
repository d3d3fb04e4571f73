// Deciding when two reports tell one happening, and folding them together: the merged
// event keeps every source, the most complete title and the most precise date.
#include "merge.hpp"

#include "annals/events/extractor.hpp"

#include <algorithm>

namespace annals::events {

namespace {

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(),
                     [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

void add_missing(std::vector<std::string>& into, const std::vector<std::string>& from) {
  for (const auto& name : from)
    if (std::find(into.begin(), into.end(), name) == into.end()) into.push_back(name);
}

// Who and where agree: shared actors, and shared places when both name places.
bool same_participants(const Event& a, const Event& b) {
  if (!a.places.empty() && !b.places.empty() && !share_any(a.places, b.places)) return false;
  if (!a.actors.empty() && !b.actors.empty()) return share_any(a.actors, b.actors);
  if (!a.places.empty() && !b.places.empty()) return true;
  return a.title == b.title;
}

bool next_to(const DateRange& a, const DateRange& b) {
  constexpr date::days adjacent{1};
  return a.last + adjacent >= b.first && b.last + adjacent >= a.first;
}

struct Merged {
  Candidate best;  // supplies title and date
  Event event;     // accumulates sources, actors, places
  bool has_whole = false;
};

void absorb(Merged& merged, const Candidate& candidate) {
  auto& event = merged.event;
  event.sources.insert(event.sources.end(), candidate.event.sources.begin(), candidate.event.sources.end());
  add_missing(event.actors, candidate.event.actors);
  add_missing(event.places, candidate.event.places);
  const bool whole = candidate.aspect == Aspect::Whole;
  if (candidate.event.title.empty()) return;  // it only adds a source
  if (whole && !merged.has_whole) {
    merged.best = candidate;
    merged.has_whole = true;
    return;
  }
  if (whole != merged.has_whole) return;
  if (candidate.title_rank < merged.best.title_rank) {
    merged.best.event.title = candidate.event.title;
    merged.best.title_rank = candidate.title_rank;
  }
  if (candidate.event.when.range.days() < merged.best.event.when.range.days())
    merged.best.event.when = candidate.event.when;
}

}  // namespace

bool same_happening_by(const Event& a, const Event& b, const TypeCompatibility& compatible) {
  return compatible(a.type, b.type) && a.when.range.overlaps(b.when.range) && same_participants(a, b);
}

std::vector<Event> merge_candidates(std::vector<Candidate> candidates, const TriggerLexicon& triggers) {
  const TypeCompatibility compatible = [&](std::string_view a, std::string_view b) {
    return triggers.compatible(a, b);
  };
  // Named tellings first, so an anonymous one can join a happening named later in the text.
  std::stable_partition(candidates.begin(), candidates.end(),
                        [](const Candidate& c) { return !c.event.title.empty(); });
  std::vector<Merged> merged;
  for (auto& candidate : candidates) {
    const bool anonymous = candidate.event.title.empty();
    const auto matches = [&](const Merged& m) {
      if (anonymous)
        return compatible(m.event.type, candidate.event.type) && m.event.when.range.overlaps(candidate.event.when.range);
      if (same_happening_by(m.event, candidate.event, compatible)) return true;
      const bool partial = candidate.aspect != Aspect::Whole || m.best.aspect != Aspect::Whole;
      return partial && compatible(m.event.type, candidate.event.type) &&
             next_to(m.event.when.range, candidate.event.when.range) &&
             same_participants(m.event, candidate.event);
    };
    const auto found = std::find_if(merged.begin(), merged.end(), matches);
    if (found == merged.end() && anonymous) continue;
    if (found == merged.end()) {
      merged.push_back({candidate, candidate.event, candidate.aspect == Aspect::Whole});
      continue;
    }
    absorb(*found, candidate);
    found->event.when = found->best.event.when;
  }
  std::vector<Event> events;
  for (auto& m : merged) {
    m.event.title = m.best.event.title;
    m.event.type = m.best.event.type;
    m.event.when = m.best.event.when;
    events.push_back(std::move(m.event));
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.when.range.first < b.when.range.first;
  });
  return events;
}

}  // namespace annals::events

namespace annals {

bool same_happening(const Event& a, const Event& b) {
  return events::same_happening_by(a, b, [](std::string_view x, std::string_view y) { return x == y; });
}

}  // namespace annals
