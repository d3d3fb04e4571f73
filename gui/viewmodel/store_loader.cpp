// Loading the store into the viewer's compact records through Store::visit_timeline
// (see store_loader.hpp): no SQL here, the store owns its schema. Given two connections,
// the store is read in two slices by row id on two threads (each its events, actors,
// places and source documents, sorted by date), then the sorted halves are merged: the
// machine has two cores, the window is idle while loading, and halves balance the work.
#include "annals/view/store_loader.hpp"

#include <algorithm>
#include <cstdint>
#include <future>
#include <iterator>
#include <optional>

#include <sys/mman.h>

namespace annals::view {

namespace {

ViewEvent record_of_event(const Event& stored, NameTable& names) {
  ViewEvent event;
  event.id = stored.id;
  event.title = stored.title;
  event.type = names.intern(stored.type);
  event.value = stored.when.value;
  event.bound = bound_of_mod(stored.when.mod);
  event.first = to_coord(stored.when.range.first);
  event.end = to_coord(stored.when.range.last) + 1;
  event.granularity = stored.when.range.granularity;
  event.portion = stored.when.range.portion;
  event.edited = stored.edited_by_analyst;
  return event;
}

// Asks the kernel for 2 MiB pages under a large array not yet touched: the loader fills
// two arrays of ~150 MB each at a million events, ~75,000 faults of 4 KiB pages, and then
// writes one of them at random (each record to its date-order place). Transparent huge
// pages are opt-in (madvise) on this machine; where they are off this changes nothing.
template <typename Value>
void prefer_huge_pages(const std::vector<Value>& values) {
  constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
  const auto from = reinterpret_cast<std::uintptr_t>(values.data());
  const auto to = from + values.capacity() * sizeof(Value);
  const auto first = (from + huge_page - 1) & ~(huge_page - 1);
  const auto last = to & ~(huge_page - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);  // advice only
}

// Importance counts actors and sources, as Timeline::add does.
void weigh(ViewEvent& event) {
  if (event.importance < UINT16_MAX) ++event.importance;
}

// One slice of the store (see Store::TimelineVisitor::part), read on its own connection
// and thread into records sorted by date, with names interned in the slice's own table.
struct Slice {
  static constexpr EventIndex absent = UINT32_MAX;
  std::vector<ViewEvent> records;
  NameTable names;
  std::vector<EventIndex> index;  // event id - base -> record; ids come ascending
  EventId base = 0;
  std::vector<std::pair<EventId, DocumentId>> foreign;  // sources of events read elsewhere

  void add(ViewEvent record) {
    if (records.empty()) base = record.id;
    const auto offset = static_cast<std::size_t>(record.id - base);
    if (offset >= index.size()) index.resize(offset + 1, absent);
    index[offset] = static_cast<EventIndex>(records.size());
    records.push_back(std::move(record));
  }
  ViewEvent* find(EventId id) {
    if (records.empty() || id < base) return nullptr;
    const auto offset = static_cast<std::size_t>(id - base);
    if (offset >= index.size() || index[offset] == absent) return nullptr;
    return &records[index[offset]];
  }
};

// Children come grouped by event (actors, places) or nearly so (sources): the last
// event found is kept, so most rows cost no lookup.
class LastEvent {
 public:
  explicit LastEvent(Slice& slice) : slice_(slice) {}
  ViewEvent* operator()(EventId id) {
    if (id != id_) {
      id_ = id;
      event_ = slice_.find(id);
    }
    return event_;
  }

 private:
  Slice& slice_;
  EventId id_ = 0;
  ViewEvent* event_ = nullptr;
};

void add_document(ViewEvent& event, DocumentId document) {
  weigh(event);
  if (document != 0 && std::find(event.documents.begin(), event.documents.end(), document) == event.documents.end())
    event.documents.push_back(document);
}

Slice read_slice(const Store& store, std::size_t part, std::size_t parts) {
  Slice slice;
  LastEvent event_of(slice);  // records are reserved up front, so pointers stay valid
  Store::TimelineVisitor visitor;
  visitor.part = part;
  visitor.parts = parts;
  visitor.expect = [&](std::size_t at_most) {
    slice.records.reserve(at_most);
    prefer_huge_pages(slice.records);
    slice.index.reserve(at_most);
  };
  visitor.event = [&](const Event& event) { slice.add(record_of_event(event, slice.names)); };
  const auto name_into = [&](NameList ViewEvent::*member, bool weighs) {
    return [&slice, &event_of, member, weighs](EventId id, std::string_view name) {
      ViewEvent* event = event_of(id);
      if (!event) return;  // deleted, or added by an import after the events were read
      (event->*member).push_back(slice.names.intern(name));
      if (weighs) weigh(*event);
    };
  };
  visitor.actor = name_into(&ViewEvent::actors, true);
  visitor.place = name_into(&ViewEvent::places, false);
  visitor.source_document = [&](EventId id, DocumentId document) {
    if (ViewEvent* event = event_of(id)) add_document(*event, document);
    else slice.foreign.emplace_back(id, document);
  };
  store.visit_timeline(visitor);
  return slice;
}

// Where each event goes in date order (Store::event_ids_by_date), by id: the records are
// moved there once instead of being sorted and merged (moving a million records around
// was a fifth of the load). Nullopt when ids are too sparse for an array indexed by id.
class Placement {
 public:
  static std::optional<Placement> of(const std::vector<EventId>& order) {
    constexpr std::size_t spread = 4;  // as IdIndex: at most a few slots per event
    constexpr std::size_t always_dense = 4096;
    EventId largest = 0;
    for (EventId id : order) {
      if (id <= 0) return std::nullopt;
      largest = std::max(largest, id);
    }
    if (static_cast<std::size_t>(largest) > spread * order.size() + always_dense) return std::nullopt;
    Placement placement;
    placement.position_.assign(static_cast<std::size_t>(largest) + 1, absent);
    for (std::size_t i = 0; i < order.size(); ++i) placement.position_[static_cast<std::size_t>(order[i])] = static_cast<EventIndex>(i);
    placement.size_ = order.size();
    return placement;
  }
  std::size_t size() const { return size_; }
  std::optional<EventIndex> at(EventId id) const {
    if (id <= 0 || static_cast<std::size_t>(id) >= position_.size()) return std::nullopt;
    const EventIndex at = position_[static_cast<std::size_t>(id)];
    if (at == absent) return std::nullopt;
    return at;
  }

 private:
  static constexpr EventIndex absent = UINT32_MAX;
  std::vector<EventIndex> position_;
  std::size_t size_ = 0;
};

// A slice's name ids in the timeline's table.
std::vector<NameId> renaming(const NameTable& from, NameTable& into) {
  std::vector<NameId> ids;
  ids.reserve(from.size());
  for (NameId id = 0; id < from.size(); ++id) ids.push_back(into.intern(from.name(id)));
  return ids;
}

void rename(ViewEvent& event, const std::vector<NameId>& ids) {
  event.type = ids[event.type];
  for (NameId& id : event.actors) id = ids[id];
  for (NameId& id : event.places) id = ids[id];
}

// Moves a slice's records to their places (renaming them); events the placement does not
// know (stored between the two reads) are left in `strays`.
void scatter(Slice& slice, const std::vector<NameId>* ids, const Placement& placement,
             std::vector<ViewEvent>& placed, std::vector<ViewEvent>& strays) {
  for (ViewEvent& record : slice.records) {
    if (ids) rename(record, *ids);
    if (const auto at = placement.at(record.id)) placed[*at] = std::move(record);
    else strays.push_back(std::move(record));
  }
  slice.records = {};
}

// The records of all slices, in date order when a placement is given. Slices after the
// first are moved on their own threads (the records are disjoint).
std::vector<ViewEvent> place(std::vector<Slice>& slices, const std::vector<std::vector<NameId>>& renamings,
                             const std::optional<Placement>& placement, std::vector<ViewEvent> placed) {
  std::vector<std::vector<ViewEvent>> strays(slices.size());
  std::size_t records = 0;
  for (const Slice& slice : slices) records += slice.records.size();
  const auto move_slice = [&](std::size_t i) {
    const auto* ids = i > 0 ? &renamings[i] : nullptr;
    if (placement) scatter(slices[i], ids, *placement, placed, strays[i]);
    else scatter(slices[i], ids, Placement{}, placed, strays[i]);  // all stray: sorted later
  };
  std::vector<std::future<void>> moving;
  for (std::size_t i = 1; i < slices.size(); ++i) moving.push_back(std::async(std::launch::async, move_slice, i));
  move_slice(0);
  for (auto& done : moving) done.get();
  // Tombstones are in the order but have no record: their places stay empty (id 0). With
  // none (every place filled), the pass over a million records is spared.
  std::size_t stray_count = 0;
  for (const auto& some : strays) stray_count += some.size();
  if (records - stray_count < placed.size())
    std::erase_if(placed, [](const ViewEvent& event) { return event.id == 0; });
  for (auto& some : strays) std::move(some.begin(), some.end(), std::back_inserter(placed));
  return placed;  // Timeline::from_records sorts it when strays or a date edited between the reads disorder it
}

Timeline assemble(std::vector<Slice> slices, const std::optional<Placement>& placement,
                  std::vector<ViewEvent> placed) {
  NameTable names = std::move(slices.front().names);
  std::vector<std::vector<NameId>> renamings(slices.size());
  for (std::size_t i = 1; i < slices.size(); ++i) renamings[i] = renaming(slices[i].names, names);
  Timeline timeline = Timeline::from_records(place(slices, renamings, placement, std::move(placed)), std::move(names));
  for (const Slice& slice : slices)
    for (const auto& [id, document] : slice.foreign)
      if (ViewEvent* event = timeline.record_of(id)) add_document(*event, document);
  return timeline;
}

// Empty records for every place in the date order: allocated (and its pages touched)
// while the other thread reads.
std::vector<ViewEvent> places_for(const std::optional<Placement>& placement) {
  const std::size_t count = placement ? placement->size() : 0;
  std::vector<ViewEvent> places;
  places.reserve(count);
  prefer_huge_pages(places);
  places.resize(count);
  return places;
}

}  // namespace

Timeline load_timeline(const Store& store) {
  const auto placement = Placement::of(store.event_ids_by_date());
  auto placed = places_for(placement);
  std::vector<Slice> slices;
  slices.push_back(read_slice(store, 0, 1));
  return assemble(std::move(slices), placement, std::move(placed));
}

Timeline load_timeline(const Store& first, const Store& second) {
  constexpr std::size_t halves = 2;
  // This thread finds the date order and reads the first half; the other reads the second
  // half and then allocates the places (page faults for ~170 MB at a million events), so
  // both threads carry about the same work.
  std::promise<std::optional<Placement>> placing;
  auto placement_ready = placing.get_future().share();
  struct SecondHalf {
    Slice slice;
    std::vector<ViewEvent> placed;
  };
  auto reading = std::async(std::launch::async, [&second, placement_ready] {
    SecondHalf half{read_slice(second, 1, halves), {}};
    half.placed = places_for(placement_ready.get());
    return half;
  });
  std::optional<Placement> placement;
  std::vector<Slice> slices;
  try {
    placement = Placement::of(first.event_ids_by_date());
    placing.set_value(placement);
    slices.push_back(read_slice(first, 0, halves));
  } catch (...) {
    // The other thread must not wait for a placement forever (nor this one for it).
    try {
      placing.set_exception(std::current_exception());
    } catch (const std::future_error&) {  // already set: the placement was found
    }
    throw;
  }
  SecondHalf half = reading.get();
  slices.push_back(std::move(half.slice));
  return assemble(std::move(slices), placement, std::move(half.placed));
}

std::vector<DocumentDate> load_document_dates(const Store& store) {
  std::vector<DocumentDate> dates;
  for (const auto& header : store.document_headers())
    dates.push_back({header.id, header.title, to_coord(header.published)});
  return dates;
}

}  // namespace annals::view
