// Merging two events into one and splitting one into two: the analyst's corrections of
// what extraction decided was one happening. Both are edits like any other (saved at
// once, marked edited, so re-imports leave them alone), and restore_event is how undo
// brings back the events as they were, under their own ids.
#include "annals/store/store.hpp"

#include "event_rows.hpp"
#include "sqlite.hpp"

#include <algorithm>
#include <set>

namespace annals {

namespace {

Event live_event(const Store& store, EventId id) {
  auto event = store.event(id);
  if (!event) throw StoreError("no event " + std::to_string(id) + " in the database");
  return *std::move(event);
}

void add_missing(std::vector<std::string>& names, const std::vector<std::string>& more) {
  for (const auto& name : more)
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

bool same_source(const Source& a, const Source& b) {
  return a.document == b.document && a.begin == b.begin && a.end == b.end && a.quote == b.quote;
}

void mark_deleted(sqlite3* db, EventId id, bool deleted) {
  sql::Statement statement(db, "UPDATE events SET deleted = ?1, edited = 1 WHERE id = ?2");
  statement.bind(1, static_cast<std::int64_t>(deleted)).bind(2, id).run();
}

}  // namespace

void Store::merge_events(EventId into, EventId from) {
  if (into == from) throw StoreError("cannot merge event " + std::to_string(into) + " into itself");
  sql::Transaction transaction(db_);
  Event target = live_event(*this, into);
  const Event merged = live_event(*this, from);
  add_missing(target.actors, merged.actors);
  add_missing(target.places, merged.places);
  for (const Source& source : merged.sources)
    if (std::none_of(target.sources.begin(), target.sources.end(),
                     [&](const Source& known) { return same_source(known, source); }))
      target.sources.push_back(source);
  event_rows::replace(db_, target, event_rows::Edited::Yes);
  mark_deleted(db_, from, true);
  transaction.commit();
}

EventId Store::split_event(EventId id, const std::vector<std::size_t>& source_indices) {
  sql::Transaction transaction(db_);
  Event original = live_event(*this, id);
  const std::set<std::size_t> moving(source_indices.begin(), source_indices.end());
  if (moving.empty() || moving.size() >= original.sources.size() ||
      *moving.rbegin() >= original.sources.size())
    throw StoreError("event " + std::to_string(id) + " has " + std::to_string(original.sources.size()) +
                     " sources: a split moves some of them, not none or all");
  Event part = original;
  part.id = 0;
  part.sources.clear();
  std::vector<Source> kept;
  for (std::size_t i = 0; i < original.sources.size(); ++i)
    (moving.count(i) ? part.sources : kept).push_back(original.sources[i]);
  original.sources = std::move(kept);
  event_rows::replace(db_, original, event_rows::Edited::Yes);
  const EventId added = event_rows::insert(db_, part, event_rows::Edited::Yes);
  transaction.commit();
  return added;
}

EventId Store::restore_event(const Event& event) {
  sql::Transaction transaction(db_);
  const bool present = [&] {
    sql::Statement exists(db_, "SELECT 1 FROM events WHERE id = ?1");
    exists.bind(1, event.id);
    return exists.step();
  }();
  EventId id = event.id;
  if (event.id != 0 && present) {
    event_rows::replace(db_, event, event_rows::Edited::Yes);
    mark_deleted(db_, event.id, false);
  } else {
    id = event_rows::insert(db_, event, event_rows::Edited::Yes);
  }
  transaction.commit();
  return id;
}

}  // namespace annals
