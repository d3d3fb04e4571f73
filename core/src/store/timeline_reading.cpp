// Bulk reading for the viewer: four flat, ordered scans in one read snapshot, so a
// million events load without a per-event query or a full Event per row.
#include "annals/store/store.hpp"

#include "columns.hpp"
#include "event_rows.hpp"
#include "sqlite.hpp"

#include <sqlite3.h>

#include <string>

namespace annals {

namespace {

// A deferred BEGIN ... COMMIT: the scans see one snapshot while an import writes (WAL).
class ReadSnapshot {
 public:
  explicit ReadSnapshot(sqlite3* db) : db_(db) { sql::exec(db_, "BEGIN"); }
  ~ReadSnapshot() { sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr); }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  sqlite3* db_;
};

// Hands (event id, name) of `table` to `visit`, grouped by event in list order.
void visit_names(sqlite3* db, const char* table,
                 const std::function<void(EventId, std::string_view)>& visit) {
  if (!visit) return;
  sql::Statement statement(db, std::string("SELECT n.event, n.name FROM ") + table +
                                   " n JOIN events e ON e.id = n.event WHERE e.deleted = 0"
                                   " ORDER BY n.event, n.position");
  while (statement.step()) visit(statement.integer(0), statement.text(1));
}

}  // namespace

void Store::visit_timeline(const TimelineVisitor& visitor) const {
  ReadSnapshot snapshot(db_);
  if (visitor.event) {
    sql::Statement events(db_, std::string("SELECT ") + std::string(event_rows::event_columns) +
                                   " FROM events WHERE deleted = 0 ORDER BY when_first, when_last, id");
    while (events.step()) visitor.event(event_rows::event_of_row(events));
  }
  visit_names(db_, "event_actors", visitor.actor);
  visit_names(db_, "event_places", visitor.place);
  if (visitor.source) {
    sql::Statement sources(db_,
                           "SELECT s.event, s.document, s.quote FROM event_sources s JOIN events e "
                           "ON e.id = s.event WHERE e.deleted = 0 ORDER BY s.event, s.id");
    while (sources.step())
      visitor.source(sources.integer(0), sources.optional_integer(1).value_or(0), sources.text(2));
  }
}

std::vector<Store::DocumentHeader> Store::document_headers() const {
  std::vector<DocumentHeader> headers;
  sql::Statement statement(db_, "SELECT id, title, published FROM documents ORDER BY published, id");
  while (statement.step())
    headers.push_back({statement.integer(0), statement.text(1),
                       columns::day_from_number(statement.integer(2))});
  return headers;
}

}  // namespace annals
