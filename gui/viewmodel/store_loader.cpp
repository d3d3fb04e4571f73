// Loading the store into the viewer's compact records through Store::visit_timeline
// (see store_loader.hpp): no SQL here, the store owns its schema.
#include "annals/view/store_loader.hpp"

#include <cstdint>

namespace annals::view {

namespace {

// Importance counts actors and sources, as Timeline::add does.
void weigh(ViewEvent& event) {
  if (event.importance < UINT16_MAX) ++event.importance;
}

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

// Children arrive grouped by event: remember the last lookup.
class RecordCursor {
 public:
  explicit RecordCursor(Timeline& timeline) : timeline_(timeline) {}
  ViewEvent* operator()(EventId id) {
    if (id != id_ || !record_) {
      id_ = id;
      record_ = timeline_.record_of(id);
    }
    return record_;
  }

 private:
  Timeline& timeline_;
  EventId id_ = 0;
  ViewEvent* record_ = nullptr;
};

}  // namespace

Timeline load_timeline(const Store& store) {
  Timeline timeline;
  RecordCursor record(timeline);
  Store::TimelineVisitor visitor;
  visitor.expect = [&](std::size_t at_most) { timeline.reserve(at_most); };
  visitor.event = [&](const Event& event) { timeline.add_record(record_of_event(event, timeline)); };
  visitor.actor = [&](EventId id, std::string_view name) {
    if (auto* event = record(id)) {
      event->actors.push_back(timeline.names().intern(name));
      weigh(*event);
    }
  };
  visitor.place = [&](EventId id, std::string_view name) {
    if (auto* event = record(id)) event->places.push_back(timeline.names().intern(name));
  };
  visitor.source = [&](EventId id, DocumentId document, std::string_view quote) {
    auto* event = record(id);
    if (!event) return;
    if (document != 0 && (event->documents.empty() || event->documents.back() != document))
      event->documents.push_back(document);
    if (!event->quotes.empty()) event->quotes += '\n';
    event->quotes += quote;
    weigh(*event);
  };
  store.visit_timeline(visitor);
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
