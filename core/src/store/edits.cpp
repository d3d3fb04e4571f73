// Analyst edits: each saved at once in its own transaction and marked edited, which is
// what protects it from later re-imports (see detach_document and merge_into).
#include "annals/store/store.hpp"

#include "event_rows.hpp"
#include "sqlite.hpp"

namespace annals {

namespace {

void require_event(sqlite3* db, EventId id) {
  sql::Statement statement(db, "SELECT 1 FROM events WHERE id = ?1 AND deleted = 0");
  statement.bind(1, id);
  if (!statement.step()) throw StoreError("no event " + std::to_string(id) + " in the database");
}

}  // namespace

void Store::update_event(const Event& event) {
  sql::Transaction transaction(db_);
  require_event(db_, event.id);
  event_rows::replace(db_, event, event_rows::Edited::Yes);
  transaction.commit();
}

EventId Store::insert_event(const Event& event) {
  sql::Transaction transaction(db_);
  const EventId id = event_rows::insert(db_, event, event_rows::Edited::Yes);
  transaction.commit();
  return id;
}

void Store::insert_generated_events(const std::vector<Event>& events) {
  sql::Transaction transaction(db_);
  for (const Event& event : events) event_rows::insert(db_, event, event_rows::Edited::No);
  transaction.commit();
}

void Store::delete_event(EventId id) {
  sql::Transaction transaction(db_);
  require_event(db_, id);
  // A tombstone, not a DELETE: a re-import that reports the same happening merges into it
  // and it stays deleted.
  sql::Statement statement(db_, "UPDATE events SET deleted = 1, edited = 1 WHERE id = ?1");
  statement.bind(1, id).run();
  transaction.commit();
}

}  // namespace annals
