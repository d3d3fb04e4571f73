// Opening the store and storing documents: duplicate detection, URL replacement that
// keeps analyst edits, and the cross-document merge, each document in one transaction.
#include "annals/store/store.hpp"

#include "columns.hpp"
#include "document_rows.hpp"
#include "event_rows.hpp"
#include "merge.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

#include <sqlite3.h>

#include <unordered_map>
#include <utility>

namespace annals {

namespace {

constexpr int busy_timeout_ms = 5000;  // an import and a viewer share the file

sqlite3* open_connection(const std::filesystem::path& path, OpenMode mode) {
  std::error_code error;
  if (mode == OpenMode::MustExist && !std::filesystem::exists(path, error))
    throw StoreError(path.string() + ": no such database");
  schema::check_file_header(path);
  sqlite3* db = nullptr;
  // NOMUTEX: a connection is used by one thread at a time (statement_cache.cpp relies on
  // it too), so SQLite's per-call lock on it is pure cost (3% of an import's instructions).
  const int code = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
  if (code != SQLITE_OK) {
    const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    sqlite3_close(db);
    throw StoreError(path.string() + ": cannot open database: " + message);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sql::keep_statements(db);
  return db;
}

// Sources extracted from `document` learn its id.
std::vector<Event> with_document(std::vector<Event> events, DocumentId document) {
  for (auto& event : events)
    for (auto& source : event.sources)
      if (source.document == 0) source.document = document;
  return events;
}

// A known URL came back with new content: its mentions and the events only it reported
// go, except events an analyst edited, which keep their words as they were.
void detach_document(sqlite3* db, DocumentId document) {
  document_rows::delete_mentions(db, document);
  sql::Statement reported(db,
                          "SELECT DISTINCT event FROM event_sources JOIN events ON events.id = event "
                          "WHERE document = ?1 AND edited = 0");
  reported.bind(1, document);
  std::vector<EventId> events;
  while (reported.step()) events.push_back(reported.integer(0));
  sql::Statement drop_source(db, "DELETE FROM event_sources WHERE event = ?1 AND document = ?2");
  sql::Statement drop_orphan(db,
                             "DELETE FROM events WHERE id = ?1 AND NOT EXISTS "
                             "(SELECT 1 FROM event_sources WHERE event = ?1)");
  for (const EventId event : events) {
    drop_source.bind(1, event).bind(2, document).run();
    drop_orphan.bind(1, event).run();
  }
}

// Cached statements must be finalized first, or SQLite refuses to close.
void close_connection(sqlite3* db) {
  if (!db) return;
  sql::release_statements(db);
  sqlite3_close(db);
}

}  // namespace

Store::Store(sqlite3* db) : db_(db) {}

Store::~Store() { close_connection(db_); }

Store::Store(Store&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Store& Store::operator=(Store&& other) noexcept {
  if (this != &other) {
    close_connection(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

void Store::configure_for_single_thread_connections() {
  sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

Store Store::open(const std::filesystem::path& path, OpenMode mode) {
  Store store(open_connection(path, mode));
  schema::prepare(store.db_, path);
  // Only now that the file is known to be ours may its journal mode change.
  sql::exec(store.db_, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON");
  return store;
}

StoreOutcome Store::add_document(const Document& document, const std::vector<Timex>& mentions,
                                 const std::vector<Event>& events) {
  sql::Transaction transaction(db_);
  StoreOutcome outcome;
  const auto hash = columns::content_hash(document.text);
  if (const auto existing = document_rows::find_by_content(db_, document.text, hash)) {
    outcome.document = *existing;
    outcome.duplicate = true;
    return outcome;  // nothing written; the transaction rolls back
  }
  const auto known = document.url.empty() ? std::nullopt : document_rows::find_by_url(db_, document.url);
  if (known) {
    document_rows::update(db_, *known, document, hash);
    detach_document(db_, *known);
    outcome.document = *known;
    outcome.replaced = true;
  } else {
    outcome.document = document_rows::insert(db_, document, hash);
  }
  document_rows::insert_mentions(db_, outcome.document, mentions);
  for (const auto& event : with_document(events, outcome.document)) {
    if (merge::add_or_merge(db_, event, false) == merge::Stored::Merged) ++outcome.events_merged;
    else ++outcome.events_added;
  }
  transaction.commit();
  return outcome;
}

TimelineOutcome Store::add_timeline(const std::vector<Document>& documents, const std::vector<Event>& events) {
  sql::Transaction transaction(db_);
  TimelineOutcome outcome;
  std::unordered_map<DocumentId, DocumentId> stored_as;
  for (const auto& document : documents) {
    if (const auto existing = document_rows::find_by_content(db_, document.text)) {
      stored_as[document.id] = *existing;
      ++outcome.documents_duplicate;
    } else {
      stored_as[document.id] = document_rows::insert(db_, document);
      ++outcome.documents_added;
    }
  }
  for (auto event : events) {
    for (auto& source : event.sources) {
      if (source.document == 0) continue;
      const auto found = stored_as.find(source.document);
      if (found == stored_as.end())
        throw StoreError("event '" + event.title + "' cites document " + std::to_string(source.document) +
                         ", which is not in the timeline");
      source.document = found->second;
    }
    if (merge::add_or_merge(db_, event, event.edited_by_analyst) == merge::Stored::Merged) ++outcome.events_merged;
    else ++outcome.events_added;
  }
  transaction.commit();
  return outcome;
}

std::vector<Document> Store::documents() const { return document_rows::read(db_, "1"); }

std::optional<Document> Store::document(DocumentId id) const {
  auto found = document_rows::read(db_, "id = ?1", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<Timex> Store::mentions(DocumentId document) const {
  return document_rows::read_mentions(db_, document);
}

std::vector<Event> Store::events() const { return event_rows::read(db_, "1"); }

std::vector<Event> Store::events_between(date::sys_days first, date::sys_days last) const {
  return event_rows::read(db_, "id IN (SELECT id FROM event_days WHERE first <= :last AND last >= :first)",
                          [&](sql::Statement& statement) {
                            statement.bind(statement.index_of(":first"), columns::day_number(first))
                                .bind(statement.index_of(":last"), columns::day_number(last));
                          });
}

std::size_t Store::event_count() const {
  return static_cast<std::size_t>(sql::single_integer(db_, "SELECT count(*) FROM events WHERE deleted = 0"));
}

std::optional<Event> Store::event(EventId id) const {
  auto found = event_rows::read(db_, "id = :id", [id](sql::Statement& statement) {
    statement.bind(statement.index_of(":id"), id);
  });
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

long long Store::data_version() const { return sql::single_integer(db_, "PRAGMA data_version"); }

void Store::interrupt() const { sqlite3_interrupt(db_); }

bool Store::interrupted() const { return sqlite3_errcode(db_) == SQLITE_INTERRUPT; }

sqlite3* Store::handle() const { return db_; }

}  // namespace annals
