// What changed since a reader last looked, so a viewer refreshes a few events instead of
// reloading a million (2.6 s). The schema keeps no change log (a trigger per row would
// tax every import, and a schema version bump would lock older builds out of shared
// files), so changes are found from what the rows already tell: ids above the mark are
// new, source row ids above the mark on older events are merges, and analyst edits carry
// the `edited` flag. Everything is read in one snapshot, on the caller's connection.
#include "annals/store/store.hpp"

#include "sqlite.hpp"

#include <sqlite3.h>

#include <algorithm>

namespace annals {

namespace {

// A deferred transaction: one consistent snapshot for several reads, taking no write lock
// (sql::Transaction is BEGIN IMMEDIATE, which would wait for a running import).
class ReadSnapshot {
 public:
  explicit ReadSnapshot(sqlite3* db) : db_(db) { sql::exec(db_, "BEGIN"); }
  ~ReadSnapshot() { sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr); }  // read only: nothing to lose
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  sqlite3* db_;
};

std::vector<EventId> ids_of(sqlite3* db, std::string_view query, std::int64_t first, std::int64_t second) {
  std::vector<EventId> ids;
  sql::Statement statement(db, query);
  statement.bind(1, first);
  if (statement.index_of("?2") != 0) statement.bind(2, second);
  while (statement.step()) ids.push_back(statement.integer(0));
  return ids;
}

Store::ChangeMark read_mark(sqlite3* db) {
  Store::ChangeMark mark;
  mark.last_event = sql::single_integer(db, "SELECT coalesce(max(id), 0) FROM events");
  mark.last_source_row = sql::single_integer(db, "SELECT coalesce(max(id), 0) FROM event_sources");
  return mark;
}

}  // namespace

Store::ChangeMark Store::change_mark() const {
  const ReadSnapshot snapshot(db_);
  return read_mark(db_);
}

Store::ChangedEvents Store::changes_since(const ChangeMark& mark) const {
  const ReadSnapshot snapshot(db_);  // the new mark matches the ids listed
  ChangedEvents changes;
  changes.mark = read_mark(db_);
  // Events above the mark: a rowid range, cheap however large the table.
  changes.ids = ids_of(db_, "SELECT id FROM events WHERE id > ?1 AND id <= ?2", mark.last_event,
                       changes.mark.last_event);
  // Older events given new sources (an import merged a report into them).
  const auto merged = ids_of(db_, "SELECT DISTINCT event FROM event_sources WHERE id > ?1 AND event <= ?2",
                             mark.last_source_row, mark.last_event);
  // Analyst edits (this viewer's or another's), tombstones included.
  const auto edited = ids_of(db_, "SELECT id FROM events WHERE edited = 1 AND id <= ?1", mark.last_event, 0);
  changes.ids.insert(changes.ids.end(), merged.begin(), merged.end());
  changes.ids.insert(changes.ids.end(), edited.begin(), edited.end());
  std::sort(changes.ids.begin(), changes.ids.end());
  changes.ids.erase(std::unique(changes.ids.begin(), changes.ids.end()), changes.ids.end());
  changes.live_up_to_mark = static_cast<std::size_t>(
      ids_of(db_, "SELECT count(*) FROM events WHERE id <= ?1 AND deleted = 0", mark.last_event, 0).front());
  return changes;
}

}  // namespace annals
