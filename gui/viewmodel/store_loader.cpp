// Loading the store into the viewer's compact records through Store::visit_timeline
// (see store_loader.hpp): no SQL here, the store owns its schema. Given two connections,
// the events and their children (actors, places, source documents) are read on two
// threads, since the machine has two cores and the window is idle while loading.
#include "annals/view/store_loader.hpp"

#include <algorithm>
#include <cstdint>
#include <future>

namespace annals::view {

namespace {

ViewEvent record_of_event(const Event& stored, Timeline& timeline) {
  ViewEvent event;
  event.id = stored.id;
  event.title = stored.title;
  event.type = timeline.names().intern(stored.type);
  event.value = stored.when.value;
  event.bound = bound_of_mod(stored.when.mod);
  event.first = to_coord(stored.when.range.first);
  event.end = to_coord(stored.when.range.last) + 1;
  event.granularity = stored.when.range.granularity;
  event.portion = stored.when.range.portion;
  event.edited = stored.edited_by_analyst;
  return event;
}

// The children of the events, read apart from them: one group per run of rows of one
// event (actors and places come grouped by event; a merged event's sources may not).
struct ChildRows {
  template <typename Value>
  struct Group {
    EventId event = 0;
    std::vector<Value> values;
    std::size_t rows = 0;
  };
  NameTable names;  // the actors' and places' own table, merged into the timeline's later
  std::vector<Group<NameId>> actors;
  std::vector<Group<NameId>> places;
  std::vector<Group<DocumentId>> documents;

  template <typename Value>
  static Group<Value>& group_of(std::vector<Group<Value>>& groups, EventId id) {
    if (groups.empty() || groups.back().event != id) groups.push_back({id, {}, 0});
    ++groups.back().rows;
    return groups.back();
  }
};

ChildRows read_children(const Store& store) {
  ChildRows rows;
  Store::TimelineVisitor visitor;
  visitor.expect = [&](std::size_t at_most) {  // about one group per event: grow once
    rows.actors.reserve(at_most);
    rows.places.reserve(at_most);
    rows.documents.reserve(at_most);
  };
  visitor.actor = [&](EventId id, std::string_view name) {
    ChildRows::group_of(rows.actors, id).values.push_back(rows.names.intern(name));
  };
  visitor.place = [&](EventId id, std::string_view name) {
    ChildRows::group_of(rows.places, id).values.push_back(rows.names.intern(name));
  };
  visitor.source = [&](EventId id, DocumentId document, std::string_view /*quote: searched in the store*/) {
    auto& documents = ChildRows::group_of(rows.documents, id).values;
    if (document != 0 && (documents.empty() || documents.back() != document)) documents.push_back(document);
  };
  store.visit_timeline(visitor);
  return rows;
}

// Importance counts actors and sources, as Timeline::add does.
void weigh(ViewEvent& event, std::size_t rows) {
  event.importance = static_cast<std::uint16_t>(std::min<std::size_t>(event.importance + rows, UINT16_MAX));
}

// Hands each group's values to its event, appending when an event has several groups.
template <typename Value>
void attach(Timeline& timeline, std::vector<ChildRows::Group<Value>>& groups,
            std::vector<Value> ViewEvent::*member, bool weighs) {
  for (auto& group : groups) {
    ViewEvent* event = timeline.record_of(group.event);
    if (!event) continue;  // deleted, or added by an import after the events were read
    auto& values = event->*member;
    if (values.empty()) values = std::move(group.values);
    else values.insert(values.end(), group.values.begin(), group.values.end());
    if (weighs) weigh(*event, group.rows);
  }
}

// Translates name ids from the children's table into the timeline's.
void rename(std::vector<ChildRows::Group<NameId>>& groups, const std::vector<NameId>& names) {
  for (auto& group : groups)
    for (NameId& id : group.values) id = names[id];
}

void attach_children(Timeline& timeline, ChildRows rows) {
  std::vector<NameId> names;
  names.reserve(rows.names.size());
  for (NameId id = 0; id < rows.names.size(); ++id) names.push_back(timeline.names().intern(rows.names.name(id)));
  rename(rows.actors, names);
  rename(rows.places, names);
  attach(timeline, rows.actors, &ViewEvent::actors, true);
  attach(timeline, rows.places, &ViewEvent::places, false);
  attach(timeline, rows.documents, &ViewEvent::documents, true);
}

void read_events(const Store& store, Timeline& timeline) {
  Store::TimelineVisitor visitor;
  visitor.expect = [&](std::size_t at_most) { timeline.reserve(at_most); };
  visitor.event = [&](const Event& event) { timeline.add_record(record_of_event(event, timeline)); };
  store.visit_timeline(visitor);
}

}  // namespace

Timeline load_timeline(const Store& store) {
  Timeline timeline;
  read_events(store, timeline);
  attach_children(timeline, read_children(store));
  timeline.sort_by_date();
  return timeline;
}

Timeline load_timeline(const Store& events, const Store& children) {
  auto reading_children = std::async(std::launch::async, [&children] { return read_children(children); });
  Timeline timeline;
  read_events(events, timeline);
  attach_children(timeline, reading_children.get());
  timeline.sort_by_date();
  return timeline;
}

std::vector<DocumentDate> load_document_dates(const Store& store) {
  std::vector<DocumentDate> dates;
  for (const auto& header : store.document_headers())
    dates.push_back({header.id, header.title, to_coord(header.published)});
  return dates;
}

}  // namespace annals::view
