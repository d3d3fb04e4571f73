// Loading the store into the viewer's compact records through Store::visit_timeline
// (see store_loader.hpp): no SQL here, the store owns its schema. Given two connections,
// the store is read in two slices by row id on two threads (each its events, actors,
// places and source documents, sorted by date), then the sorted halves are merged: the
// machine has two cores, the window is idle while loading, and halves balance the work.
#include "annals/view/store_loader.hpp"

#include <algorithm>
#include <cstdint>
#include <future>

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
    slice.index.reserve(at_most);
  };
  visitor.event = [&](const Event& event) { slice.add(record_of_event(event, slice.names)); };
  const auto name_into = [&](std::vector<NameId> ViewEvent::*member, bool weighs) {
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
  sort_by_date(slice.records);
  return slice;
}

// Re-interns a slice's names into the timeline's table (type, actors, places).
void rename(Slice& slice, NameTable& names) {
  std::vector<NameId> ids;
  ids.reserve(slice.names.size());
  for (NameId id = 0; id < slice.names.size(); ++id) ids.push_back(names.intern(slice.names.name(id)));
  for (ViewEvent& event : slice.records) {
    event.type = ids[event.type];
    for (NameId& id : event.actors) id = ids[id];
    for (NameId& id : event.places) id = ids[id];
  }
}

Timeline merge(std::vector<Slice> slices) {
  NameTable names = std::move(slices.front().names);
  std::vector<std::vector<ViewEvent>> parts;
  for (std::size_t i = 0; i < slices.size(); ++i) {
    if (i > 0) rename(slices[i], names);
    parts.push_back(std::move(slices[i].records));
  }
  Timeline timeline = Timeline::from_sorted_parts(std::move(parts), std::move(names));
  for (const Slice& slice : slices)
    for (const auto& [id, document] : slice.foreign)
      if (ViewEvent* event = timeline.record_of(id)) add_document(*event, document);
  return timeline;
}

}  // namespace

Timeline load_timeline(const Store& store) {
  std::vector<Slice> slices;
  slices.push_back(read_slice(store, 0, 1));
  return merge(std::move(slices));
}

Timeline load_timeline(const Store& first, const Store& second) {
  constexpr std::size_t halves = 2;
  auto reading = std::async(std::launch::async, [&second] { return read_slice(second, 1, halves); });
  std::vector<Slice> slices;
  slices.push_back(read_slice(first, 0, halves));
  slices.push_back(reading.get());
  return merge(std::move(slices));
}

std::vector<DocumentDate> load_document_dates(const Store& store) {
  std::vector<DocumentDate> dates;
  for (const auto& header : store.document_headers())
    dates.push_back({header.id, header.title, to_coord(header.published)});
  return dates;
}

}  // namespace annals::view
