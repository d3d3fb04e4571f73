// The SQLite store: documents, the temporal expressions found in them (mentions) and
// the events, with provenance. It creates and migrates its schema, runs in WAL mode so a
// viewer can read while an import writes, and writes each document fully or not at all
// (its own transaction, or a savepoint inside a WriteBatch's group commit).
#pragma once

#include "annals/document.hpp"
#include "annals/event.hpp"
#include "annals/timex.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct sqlite3;

namespace annals {

// A database that cannot be opened, is not an Annals database, or failed a statement.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What storing one document did.
struct StoreOutcome {
  DocumentId document = 0;
  bool duplicate = false;   // the same content (or URL and content) was already stored
  bool replaced = false;    // a known URL with new content: old mentions/events replaced
  std::size_t events_added = 0;
  std::size_t events_merged = 0;  // reported by this document, merged into existing events
};

// Whether Store::open may create a missing database file (import) or must find one (list, export).
enum class OpenMode { CreateIfMissing, MustExist };

// What storing a whole exported timeline did (Store::add_timeline).
struct TimelineOutcome {
  std::size_t documents_added = 0;
  std::size_t documents_duplicate = 0;
  std::size_t events_added = 0;
  std::size_t events_merged = 0;
};

class Store {
 public:
  // Process-wide SQLite settings for a program whose connections each stay on one thread
  // (the viewer): no connection locks and no memory statistics, a global lock taken on
  // every allocation. Call before SQLite is first used (before any open).
  static void configure_for_single_thread_connections();

  // Opens or creates the database at `path`, migrating older schemas. Throws StoreError.
  static Store open(const std::filesystem::path& path, OpenMode mode = OpenMode::CreateIfMissing);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Version 2 added relative-to-event mention columns and analyst tombstones; version 3
  // an R*Tree index over event days.
  static constexpr int schema_version = 3;

  // Stores a document with its mentions and events fully or not at all: one transaction,
  // or a savepoint when a WriteBatch is open (then durable only at the batch's commit).
  StoreOutcome add_document(const Document& document, const std::vector<Timex>& mentions,
                            const std::vector<Event>& events);

  // Stores a timeline exported from another database (the JSON round trip) in one
  // transaction: documents by content (known ones are not stored twice), events as they
  // are (edited flag included) unless the same happening is already stored, in which case
  // their sources are merged. Source::document refers to the ids of `documents`.
  TimelineOutcome add_timeline(const std::vector<Document>& documents, const std::vector<Event>& events);

  std::vector<Document> documents() const;
  std::optional<Document> document(DocumentId id) const;
  std::vector<Timex> mentions(DocumentId document) const;
  std::vector<Event> events() const;  // ordered by start date
  // Events whose days overlap [first, last] (inclusive), ordered by start date.
  std::vector<Event> events_between(date::sys_days first, date::sys_days last) const;
  std::size_t event_count() const;
  std::optional<Event> event(EventId id) const;

  // Analyst edits: saved at once and marked edited; a re-import never overwrites them.
  void update_event(const Event& event);
  EventId insert_event(const Event& event);
  void delete_event(EventId id);
  // Merging and splitting (event_surgery.cpp), one transaction each, both results marked
  // edited. merge_events: `into` gains the actors, places and sources of `from` that it
  // lacks, keeps its own title and date; `from` becomes a tombstone (deleted, so a
  // re-import of it stays folded away). split_event: the sources at `source_indices`
  // (positions in Event::sources, a non-empty proper subset) move to a new event with the
  // same title, type, date, actors and places; returns its id.
  void merge_events(EventId into, EventId from);
  EventId split_event(EventId id, const std::vector<std::size_t>& source_indices);
  // Undo of a deletion, merge or split: writes `event` back under its id, live again
  // even if it was deleted, marked edited; inserts it anew if its row is gone. Returns the id.
  EventId restore_event(const Event& event);

  // Exact undo of a merge or split (event_snapshot.cpp): the rows of one event as stored
  // (its row with the edited and deleted flags, its actors and places, its sources with
  // their row ids). restore_events writes each snapshot in `wanted` back as it was, in one
  // transaction, removing the event when its snapshot is empty, so split + undo leaves the
  // file as it was. It refuses (StoreError, nothing written) when an event no longer
  // matches its snapshot in `expected` (changed since, by another process), rather than
  // overwrite that change.
  struct EventSnapshot {
    using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
    struct Row {
      std::string table;
      std::vector<Value> values;
      bool operator==(const Row&) const = default;
    };
    EventId id = 0;
    std::vector<Row> rows;  // the events row first; empty when there is no such event
    bool tombstone = false;
    bool exists() const { return !rows.empty(); }
    bool live() const { return exists() && !tombstone; }
    bool operator==(const EventSnapshot&) const = default;
  };
  EventSnapshot snapshot_event(EventId id) const;
  void restore_events(const std::vector<EventSnapshot>& expected, const std::vector<EventSnapshot>& wanted);

  // Generated events (`annals synth`, benchmarks): stored as they are, in one transaction,
  // neither merged nor marked edited, so they behave like imported events.
  void insert_generated_events(const std::vector<Event>& events);

  // Bulk reading for a timeline of millions of events: flat passes over the tables in one
  // read snapshot, without assembling full Events. `event` gets each live event (actors,
  // places and sources left empty) in storage order (sort them yourself: reading in date
  // order costs seconds more); then the children: actors and places grouped by event in
  // list order, sources in the order they were stored.
  struct TimelineVisitor {
    std::function<void(std::size_t at_most)> expect;  // before the events: a bound on their number
    std::function<void(const Event&)> event;
    std::function<void(EventId, std::string_view name)> actor;
    std::function<void(EventId, std::string_view name)> place;
    std::function<void(EventId, DocumentId, std::string_view quote)> source;
    // A source's document without its quote (which is then not read at all).
    std::function<void(EventId, DocumentId)> source_document;
    // Slice `part` of `parts` (by row id), so that several connections on several threads
    // can share one load: the events whose id falls in the slice with their actors and
    // places, and the sources whose own row id does (a merged event's sources may come in
    // another slice than the event). `expect` then bounds the slice's events.
    std::size_t part = 0;
    std::size_t parts = 1;
  };
  void visit_timeline(const TimelineVisitor& visitor) const;
  // The ids of all events ordered by start day, end day and id, read from the start-date
  // index alone (so tombstones are included): a loader can place its records by it
  // instead of sorting them.
  std::vector<EventId> event_ids_by_date() const;

  // Every document's id, title and publication day, without its (possibly large) text.
  struct DocumentHeader {
    DocumentId id = 0;
    std::string title;
    date::sys_days published{};
  };
  std::vector<DocumentHeader> document_headers() const;

  // Ids of the live events with a source quote containing `text`, ASCII case-insensitive,
  // sorted: the viewer searches quotes here instead of holding every quote in memory.
  std::vector<EventId> events_quoting(std::string_view text) const;

  // Live refresh without reloading (change_feed.cpp). A mark notes how far a reader has
  // seen: the highest event id and source row id. changes_since lists the events that may
  // differ from what the reader holds: events above the mark (an import's new events),
  // older events that gained source rows (an import merging into them), and events an
  // analyst edited (edits, merges, splits, deletions set `edited`; few, so all are
  // listed). Re-read each with event(): absent means deleted. `live_up_to_mark` counts
  // the live events at or below the old mark, so a reader can tell when rows vanished
  // otherwise (a re-imported URL dropping events) and reload.
  struct ChangeMark {
    EventId last_event = 0;
    std::int64_t last_source_row = 0;
  };
  struct ChangedEvents {
    std::vector<EventId> ids;  // sorted, distinct
    ChangeMark mark;           // where the next call starts
    std::size_t live_up_to_mark = 0;
  };
  ChangeMark change_mark() const;
  ChangedEvents changes_since(const ChangeMark& mark) const;

  // A counter that changes whenever another connection commits (for live refresh).
  long long data_version() const;

  // Stops the statement running on this connection; safe to call from another thread (a
  // search that a newer one made stale). The statement then fails with a StoreError and
  // `interrupted()` says why.
  void interrupt() const;
  bool interrupted() const;

  sqlite3* handle() const;  // for the few callers that need raw SQL (tests, migrations)

 private:
  explicit Store(sqlite3* db);
  sqlite3* db_ = nullptr;
};

}  // namespace annals
