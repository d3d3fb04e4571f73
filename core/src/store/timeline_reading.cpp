// Bulk reading for the viewer: one prepared statement per table, each a plain scan in
// storage order inside one read snapshot, so a million events load in about a second.
// Rows are read as views into SQLite's own buffers and handed on through one reused
// Event, so there is no allocation per row beyond what the caller keeps. Children are
// not filtered by a join against the events table (a B-tree probe per row): the events
// scan notes the few tombstones, and their children are skipped by a binary search.
#include "annals/store/store.hpp"

#include "annals/ascii_case.hpp"

#include "columns.hpp"
#include "sqlite.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>
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
  Scan& bind(int index, std::int64_t value) {
    sql::check(db_, sqlite3_bind_int64(statement_, index, value), "binding a slice bound");
    return *this;
  }
  void reset() { sqlite3_reset(statement_); }
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

// Inclusive row-id bounds of one slice of a table.
struct RowSlice {
  std::int64_t first = std::numeric_limits<std::int64_t>::min();
  std::int64_t last = std::numeric_limits<std::int64_t>::max();
  bool contains(std::int64_t id) const { return id >= first && id <= last; }
};

// Slice `part` of `parts` of the ids 1..largest; the outer slices are open-ended so that
// no row is missed whatever its id.
RowSlice slice_of(std::int64_t largest, std::size_t part, std::size_t parts) {
  RowSlice slice;
  const auto bound = [&](std::size_t k) {
    return static_cast<std::int64_t>(static_cast<std::size_t>(std::max<std::int64_t>(largest, 0)) * k / parts);
  };
  if (part > 0) slice.first = bound(part) + 1;
  if (part + 1 < parts) slice.last = bound(part + 1);
  return slice;
}

std::int64_t largest_id(sqlite3* db, const char* table) {
  // The largest rowid costs one B-tree descent (count(*) is a scan).
  return sql::single_integer(db, std::string("SELECT coalesce(max(id), 0) FROM ") + table);
}

// Visits the live events of a slice in storage order; returns the ids of its tombstones, sorted.
std::vector<EventId> visit_events(sqlite3* db, RowSlice slice, const std::function<void(const Event&)>& visit) {
  std::vector<EventId> deleted;
  if (!visit) {
    // Only the tombstones are wanted: read one column, not the whole row's text.
    Scan scan(db, "SELECT id FROM events WHERE deleted != 0 AND id BETWEEN ?1 AND ?2");
    scan.bind(1, slice.first).bind(2, slice.last);
    while (scan.step()) deleted.push_back(scan.integer(0));
    return deleted;
  }
  // Storage order: reading through the start-date index probes the table once per row
  // (seconds for a million events); the caller sorts a million small keys in a fraction.
  Scan scan(db,
            "SELECT id, title, type, when_value, when_mod, when_first, when_last, "
            "when_granularity, when_portion, edited, deleted FROM events WHERE id BETWEEN ?1 AND ?2");
  scan.bind(1, slice.first).bind(2, slice.last);
  WordCache<Granularity, granularity_words> granularity;
  WordCache<Portion, portion_words> portion;
  Event event;  // reused: assign() keeps the strings' capacity
  while (scan.step()) {
    event.id = scan.integer(0);
    if (scan.integer(10) != 0) {
      deleted.push_back(event.id);
      continue;
    }
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

// Whether an event is live: its slice's tombstones answer for it, other events are asked
// of the table (only a merged event's sources cross slices, so this is rare).
class Liveness {
 public:
  Liveness(sqlite3* db, RowSlice slice, std::vector<EventId> deleted)
      : slice_(slice), deleted_(std::move(deleted)), probe_(db, "SELECT deleted FROM events WHERE id = ?1") {}

  bool live(EventId id) {
    if (slice_.contains(id)) return deleted_.empty() || !std::binary_search(deleted_.begin(), deleted_.end(), id);
    probe_.reset();
    probe_.bind(1, id);
    return probe_.step() && probe_.integer(0) == 0;
  }

 private:
  RowSlice slice_;
  std::vector<EventId> deleted_;
  Scan probe_;
};

void visit_names(sqlite3* db, const char* sql, RowSlice slice, Liveness& events,
                 const std::function<void(EventId, std::string_view)>& visit) {
  if (!visit) return;
  Scan scan(db, sql);
  scan.bind(1, slice.first).bind(2, slice.last);
  while (scan.step())
    if (events.live(scan.integer(0))) visit(scan.integer(0), scan.text(1));
}

void visit_sources(sqlite3* db, RowSlice slice, Liveness& events, const Store::TimelineVisitor& visitor) {
  if (!visitor.source && !visitor.source_document) return;
  // Rowid order: an event's sources in the order they were stored (a merge appends
  // sources later, so an event's sources need not be adjacent).
  Scan scan(db, visitor.source ? "SELECT event, document, quote FROM event_sources WHERE id BETWEEN ?1 AND ?2"
                               : "SELECT event, document FROM event_sources WHERE id BETWEEN ?1 AND ?2");
  scan.bind(1, slice.first).bind(2, slice.last);
  while (scan.step()) {
    if (!events.live(scan.integer(0))) continue;
    if (visitor.source) visitor.source(scan.integer(0), scan.integer(1), scan.text(2));
    if (visitor.source_document) visitor.source_document(scan.integer(0), scan.integer(1));
  }
}

}  // namespace

void Store::visit_timeline(const TimelineVisitor& visitor) const {
  if (visitor.parts == 0 || visitor.part >= visitor.parts)
    throw std::invalid_argument("visit_timeline: slice " + std::to_string(visitor.part) + " of " +
                                std::to_string(visitor.parts));
  ReadSnapshot snapshot(db_);
  const std::int64_t largest = largest_id(db_, "events");
  const RowSlice events = slice_of(largest, visitor.part, visitor.parts);
  if (visitor.expect) {
    const std::int64_t first = std::max<std::int64_t>(events.first, 1);
    const std::int64_t last = std::min(events.last, largest);
    visitor.expect(static_cast<std::size_t>(std::max<std::int64_t>(last - first + 1, 0)));
  }
  Liveness live(db_, events, visit_events(db_, events, visitor.event));
  // Primary-key order of these WITHOUT ROWID tables (asked for: a covering index by name
  // would otherwise be chosen): grouped by event, in list order.
  visit_names(db_, "SELECT event, name FROM event_actors WHERE event BETWEEN ?1 AND ?2 ORDER BY event, position",
              events, live, visitor.actor);
  visit_names(db_, "SELECT event, name FROM event_places WHERE event BETWEEN ?1 AND ?2 ORDER BY event, position",
              events, live, visitor.place);
  visit_sources(db_, slice_of(largest_id(db_, "event_sources"), visitor.part, visitor.parts), live, visitor);
}

std::vector<EventId> Store::event_ids_by_date() const {
  std::vector<EventId> ids;
  ids.reserve(static_cast<std::size_t>(std::max<std::int64_t>(largest_id(db_, "events"), 0)));
  // A covering scan of events_by_start (when_first, when_last, then the rowid).
  Scan scan(db_, "SELECT id FROM events ORDER BY when_first, when_last, id");
  while (scan.step()) ids.push_back(scan.integer(0));
  return ids;
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
  // SQLite's lower() folds ASCII only, as ascii_lower (and the viewer's own search) does.
  const std::string needle = ascii_lower(text);
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
