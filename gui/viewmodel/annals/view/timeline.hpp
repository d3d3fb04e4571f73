// The events as the viewer holds them: one compact record per event, names interned,
// loaded once from the store. Full details (quotes, rules) are fetched per selected event,
// so a million events fit in a few hundred megabytes.
#pragma once

#include "annals/event.hpp"
#include "annals/text_hash.hpp"
#include "annals/view/small_vector.hpp"
#include "annals/view/time_mapping.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals::view {

using NameId = std::uint32_t;
using EventIndex = std::uint32_t;

// How a date's edge is known beyond its range: TIMEX3 mods APPROX, BEFORE, AFTER, ...
enum class Bound : std::uint8_t { Exact, About, Before, After };
Bound bound_of_mod(std::string_view mod);

// Strings shown many times (actors, places, types) are stored once.
class NameTable {
 public:
  NameId intern(std::string_view name);
  const std::string& name(NameId id) const { return names_.at(id); }
  std::optional<NameId> find(std::string_view name) const;
  std::size_t size() const { return names_.size(); }

 private:
  // Looked up by string_view; the loader interns a few million short names.
  std::vector<std::string> names_;
  std::unordered_map<std::string, NameId, TextHash, std::equal_to<>> ids_;
};

// An event's lists hold one or two values (a million events' lists would otherwise be three
// million heap blocks); longer ones move to the heap.
using NameList = SmallVector<NameId, 2>;
using DocumentList = SmallVector<DocumentId, 1>;

struct ViewEvent {
  EventId id = 0;
  DayCoord first = 0;
  DayCoord end = 1;  // exclusive: a day event spans [day, day + 1)
  Granularity granularity = Granularity::Day;
  Portion portion = Portion::Whole;
  Bound bound = Bound::Exact;
  bool edited = false;
  NameId type = 0;
  std::uint16_t importance = 0;  // sources + actors: what keeps a label when space is short
  std::string title;
  std::string value;             // TIMEX3 value, for the table
  NameList actors;
  NameList places;
  DocumentList documents;
  // Quotes are not held: a million events' quotes cost seconds to load and ~100 MB; search
  // asks the store (Store::events_quoting) and the details panel reads one event's sources.
};

// Event id -> record index. Store ids are dense rowids, so a plain array indexed by id
// serves a million lookups from memory in order; ids far beyond the count (a foreign or
// hand-made database) fall back to a hash map.
class IdIndex {
 public:
  void set(EventId id, EventIndex index);
  void erase(EventId id);
  std::optional<EventIndex> find(EventId id) const;
  void reserve(std::size_t events);
  void clear();

 private:
  static constexpr EventIndex absent = UINT32_MAX;
  std::vector<EventIndex> dense_;
  std::size_t writes_ = 0;
  std::unordered_map<EventId, EventIndex> sparse_;
};

// Orders records by start, end, id: sorts small keys, then moves each record once.
void sort_by_date(std::vector<ViewEvent>& records);

class Timeline {
 public:
  static Timeline from_events(const std::vector<Event>& events);
  // Takes records built elsewhere (the fast loader) whose names are in `names`; ids must
  // be unique. Records already in date order (the loader places them so) are not sorted.
  static Timeline from_records(std::vector<ViewEvent> records, NameTable names);

  EventIndex add(const Event& event);
  // Appends a record built elsewhere (the fast loader); its id must be new.
  EventIndex add_record(ViewEvent record);
  ViewEvent* record_of(EventId id);
  // Replaces the record of an event already present (after an edit); adds it otherwise.
  EventIndex upsert(const Event& event);
  void remove(EventId id);
  void reserve(std::size_t events);
  // Orders the records by start, end, id (the loader reads them in storage order).
  void sort_by_date();

  const std::vector<ViewEvent>& events() const { return events_; }
  const ViewEvent& at(EventIndex index) const { return events_.at(index); }
  std::optional<EventIndex> index_of(EventId id) const;

  // How many leading records are known to be in date order (all of them after a load or
  // a sort; an edit or removal in place, or an append, may end the run): readers ordering
  // records by date can skip checking that run.
  std::size_t sorted_prefix() const { return sorted_prefix_; }

  const NameTable& names() const { return names_; }
  NameTable& names() { return names_; }

  // The span of all events, or nullopt when there are none.
  std::optional<TimeWindow> extent() const;

 private:
  ViewEvent record(const Event& event);
  std::vector<ViewEvent> events_;
  IdIndex by_id_;
  NameTable names_;
  std::size_t sorted_prefix_ = 0;
};

}  // namespace annals::view
