// Bulk reading for the viewer: one prepared statement per table, each a plain scan in
// storage order inside one read snapshot, so a million events load in about a second.
// Rows are read as views into SQLite's own buffers and handed on through one reused
// Event, so there is no allocation per row beyond what the caller keeps. Children are
// not filtered by a join against the events table (a B-tree probe per row): the events
// scan notes the few tombstones, and their children are skipped by a binary search.
#include "annals/store/store.hpp"

#include "columns.hpp"
#include "sqlite.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
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

// A prepared scan whose text columns are read as views (valid until the next step), which
// sql::Statement cannot offer since it copies into std::string.
class Scan {
 public:
  Scan(sqlite3* db, const char* sql) : db_(db) {
    sql::check(db_, sqlite3_prepare_v2(db_, sql, -1, &statement_, nullptr), sql);
  }
  ~Scan() { sqlite3_finalize(statement_); }
  Scan(const Scan&) = delete;
  Scan& operator=(const Scan&) = delete;

  bool step() {
    const int code = sqlite3_step(statement_);
    if (code == SQLITE_ROW) return true;
    sql::check(db_, code, "reading the timeline");
    return false;
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
  std::string_view text(int column) const {
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    if (!bytes) return {};
    return {bytes, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

// Granularity and portion words repeat on every row: parse each distinct word once.
template <typename Value, std::size_t Size>
class WordCache {
 public:
  template <typename Parse>
  Value operator()(std::string_view word, Parse parse) {
    for (std::size_t i = 0; i < used_; ++i)
      if (words_[i] == word) return values_[i];
    const Value value = parse(word);
    if (used_ < Size) {
      words_[used_] = std::string(word);
      values_[used_++] = value;
    }
    return value;
  }

 private:
  std::array<std::string, Size> words_{};
  std::array<Value, Size> values_{};
  std::size_t used_ = 0;
};

constexpr std::size_t granularity_words = 16;
constexpr std::size_t portion_words = 8;

// Visits the live events in storage order; returns the ids of tombstones, sorted.
std::vector<EventId> visit_events(sqlite3* db, const std::function<void(const Event&)>& visit) {
  std::vector<EventId> deleted;
  // Storage order: reading through the start-date index probes the table once per row
  // (seconds for a million events); the caller sorts a million small keys in a fraction.
  Scan scan(db,
            "SELECT id, title, type, when_value, when_mod, when_first, when_last, "
            "when_granularity, when_portion, edited, deleted FROM events");
  WordCache<Granularity, granularity_words> granularity;
  WordCache<Portion, portion_words> portion;
  Event event;  // reused: assign() keeps the strings' capacity
  while (scan.step()) {
    event.id = scan.integer(0);
    if (scan.integer(10) != 0) {
      deleted.push_back(event.id);
      continue;
    }
    if (!visit) continue;
    event.title.assign(scan.text(1));
    event.type.assign(scan.text(2));
    event.when.value.assign(scan.text(3));
    event.when.mod.assign(scan.text(4));
    event.when.range.first = columns::day_from_number(scan.integer(5));
    event.when.range.last = columns::day_from_number(scan.integer(6));
    event.when.range.granularity = granularity(scan.text(7), columns::granularity);
    event.when.range.portion = portion(scan.text(8), columns::portion);
    event.edited_by_analyst = scan.integer(9) != 0;
    visit(event);
  }
  std::sort(deleted.begin(), deleted.end());
  return deleted;
}

bool is_deleted(const std::vector<EventId>& deleted, EventId id) {
  return !deleted.empty() && std::binary_search(deleted.begin(), deleted.end(), id);
}

void visit_names(sqlite3* db, const char* sql, const std::vector<EventId>& deleted,
                 const std::function<void(EventId, std::string_view)>& visit) {
  if (!visit) return;
  Scan scan(db, sql);
  while (scan.step())
    if (!is_deleted(deleted, scan.integer(0))) visit(scan.integer(0), scan.text(1));
}

}  // namespace

void Store::visit_timeline(const TimelineVisitor& visitor) const {
  ReadSnapshot snapshot(db_);
  // The largest rowid bounds the count and costs one B-tree descent (count(*) is a scan).
  if (visitor.expect)
    visitor.expect(static_cast<std::size_t>(sql::single_integer(db_, "SELECT coalesce(max(id), 0) FROM events")));
  const auto deleted = visit_events(db_, visitor.event);
  // Primary-key order of these WITHOUT ROWID tables (asked for: a covering index by name
  // would otherwise be chosen): grouped by event, in list order.
  visit_names(db_, "SELECT event, name FROM event_actors ORDER BY event, position", deleted, visitor.actor);
  visit_names(db_, "SELECT event, name FROM event_places ORDER BY event, position", deleted, visitor.place);
  if (!visitor.source) return;
  // Rowid order: an event's sources in the order they were stored (a merge appends
  // sources later, so an event's sources need not be adjacent).
  Scan sources(db_, "SELECT event, document, quote FROM event_sources");
  while (sources.step())
    if (!is_deleted(deleted, sources.integer(0)))
      visitor.source(sources.integer(0), sources.integer(1), sources.text(2));
}

std::vector<Store::DocumentHeader> Store::document_headers() const {
  std::vector<DocumentHeader> headers;
  sql::Statement statement(db_, "SELECT id, title, published FROM documents ORDER BY published, id");
  while (statement.step())
    headers.push_back({statement.integer(0), statement.text(1),
                       columns::day_from_number(statement.integer(2))});
  return headers;
}

std::vector<EventId> Store::events_quoting(std::string_view text) const {
  // SQLite's lower() folds ASCII only, as the viewer's own search does.
  std::string needle(text);
  std::transform(needle.begin(), needle.end(), needle.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  // One scan of the sources in storage order; the event is looked up only for a match
  // (ordering by event would read the sources through an index, a probe per row).
  sql::Statement statement(db_,
                           "SELECT s.event FROM event_sources s JOIN events e ON e.id = s.event "
                           "WHERE instr(lower(s.quote), ?1) > 0 AND e.deleted = 0");
  statement.bind(1, needle);
  std::vector<EventId> ids;
  while (statement.step()) ids.push_back(statement.integer(0));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace annals
