#include "schema.hpp"

#include "annals/store/store.hpp"
#include "sqlite.hpp"

#include <array>
#include <fstream>
#include <mutex>
#include <set>
#include <string>

namespace annals::schema {

namespace {

// Dates are whole days since 1970-01-01 (negative before), so range queries are integer
// comparisons on indexed columns. Offsets are bytes into the UTF-8 document text.
constexpr const char* version_1 = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT,
  published INTEGER NOT NULL,
  published_origin TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE UNIQUE INDEX documents_by_url ON documents(url) WHERE url IS NOT NULL;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  mod TEXT NOT NULL,
  interval_first INTEGER,
  interval_last INTEGER,
  interval_granularity TEXT,
  interval_portion TEXT,
  rule TEXT NOT NULL,
  anchor TEXT NOT NULL
);
CREATE INDEX mentions_by_document ON mentions(document, span_begin);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  when_value TEXT NOT NULL,
  when_mod TEXT NOT NULL,
  when_first INTEGER NOT NULL,
  when_last INTEGER NOT NULL,
  when_granularity TEXT NOT NULL,
  when_portion TEXT NOT NULL,
  edited INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_by_start ON events(when_first, when_last);
CREATE INDEX events_by_end ON events(when_last);
CREATE INDEX events_by_type ON events(type, when_first);

CREATE TABLE event_actors (
  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (event, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_name ON event_actors(name);

CREATE TABLE event_places (
  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (event, position)
) WITHOUT ROWID;
CREATE INDEX event_places_by_name ON event_places(name);

CREATE TABLE event_sources (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  document INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  quote TEXT NOT NULL,
  expression TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  anchor TEXT NOT NULL
);
CREATE INDEX event_sources_by_event ON event_sources(event);
CREATE INDEX event_sources_by_document ON event_sources(document);
)sql";

// Version 2: mentions dated relative to another happening ("a day before going to
// Russia") keep that relation; analyst deletions become tombstones so a re-import of
// the same happening stays deleted; a readable view for people using the sqlite3 shell.
constexpr const char* version_2 = R"sql(
ALTER TABLE mentions ADD COLUMN relative_amount INTEGER;
ALTER TABLE mentions ADD COLUMN relative_unit TEXT;
ALTER TABLE mentions ADD COLUMN relative_before INTEGER;
ALTER TABLE mentions ADD COLUMN relative_event_begin INTEGER;
ALTER TABLE mentions ADD COLUMN relative_event_end INTEGER;
ALTER TABLE events ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
CREATE VIEW timeline AS
  SELECT id, date(when_first * 86400, 'unixepoch') AS start, date(when_last * 86400, 'unixepoch') AS end,
         when_granularity AS granularity, when_value AS value, title, type, edited
  FROM events WHERE deleted = 0 ORDER BY when_first, when_last, id;
)sql";

// Version 3: an R*Tree over each event's days, kept by triggers, so "events overlapping
// these days" (merge candidates, the viewer's date windows) is logarithmic instead of a
// scan of every event that starts earlier.
constexpr const char* version_3 = R"sql(
CREATE VIRTUAL TABLE event_days USING rtree_i32(id, first, last);
INSERT INTO event_days SELECT id, when_first, when_last FROM events;
CREATE TRIGGER event_days_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_days VALUES (new.id, new.when_first, new.when_last);
END;
CREATE TRIGGER event_days_update AFTER UPDATE OF when_first, when_last ON events BEGIN
  UPDATE event_days SET first = new.when_first, last = new.when_last WHERE id = new.id;
END;
CREATE TRIGGER event_days_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_days WHERE id = old.id;
END;
)sql";

constexpr std::array migrations{version_1, version_2, version_3};
static_assert(migrations.size() == Store::schema_version);

constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};

std::string where(const std::filesystem::path& path) { return path.string() + ": "; }

void migrate(sqlite3* db, std::int64_t from) {
  for (auto version = from + 1; version <= Store::schema_version; ++version) {
    sql::exec(db, migrations.at(static_cast<std::size_t>(version - 1)));
    sql::exec(db, "PRAGMA user_version = " + std::to_string(version));
  }
  sql::exec(db, "PRAGMA application_id = " + std::to_string(application_id));
}

// A new or empty file is SQLite's to initialise; anything else must start with its magic.
void verify_header(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return;  // a new database
  if (!std::filesystem::is_regular_file(path, error))
    throw StoreError(where(path) + "not a database file (it is a directory or device)");
  if (std::filesystem::file_size(path, error) == 0) return;
  std::ifstream in(path, std::ios::binary);
  std::string header(sqlite_magic.size(), '\0');
  in.read(header.data(), static_cast<std::streamsize>(header.size()));
  if (!in || header != sqlite_magic)
    throw StoreError(where(path) + "not an SQLite database (a damaged file or another kind of file)");
}

}  // namespace

void check_file_header(const std::filesystem::path& path) {
  // Closing any descriptor of a file drops every POSIX lock the process holds on it,
  // including the shared lock SQLite keeps in WAL mode; without it a writer in another
  // process that closes thinks it is the last, and deletes the WAL under this process's
  // open connections (which then never see another commit). So a file is checked once per
  // process, before any connection to it exists; a file this process creates (new or
  // empty at its first open) counts as checked too, since its later opens would otherwise
  // read it while the first connection holds its locks.
  static std::mutex verified_mutex;
  static std::set<std::filesystem::path> verified;
  std::error_code unresolved;
  const auto canonical = std::filesystem::weakly_canonical(path, unresolved);
  std::lock_guard lock(verified_mutex);
  if (!unresolved && verified.count(canonical)) return;
  verify_header(path);
  if (!unresolved) verified.insert(canonical);
}

void prepare(sqlite3* db, const std::filesystem::path& path) {
  try {
    sql::Transaction transaction(db);
    const auto version = sql::single_integer(db, "PRAGMA user_version");
    const auto id = sql::single_integer(db, "PRAGMA application_id");
    const auto objects = sql::single_integer(
        db, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    if (version > Store::schema_version)
      throw StoreError(where(path) + "written by a newer Annals (schema version " +
                       std::to_string(version) + "; this program knows up to " +
                       std::to_string(Store::schema_version) + "); upgrade Annals to open it");
    if ((version == 0 && objects > 0) || (version > 0 && id != application_id))
      throw StoreError(where(path) + "an SQLite database of another program, not an Annals database");
    if (version < Store::schema_version) migrate(db, version);
    transaction.commit();
  } catch (const StoreError& error) {
    const std::string message = error.what();
    if (message.starts_with(where(path))) throw;
    throw StoreError(where(path) + "cannot be opened as an Annals database (" + message + ")");
  }
}

}  // namespace annals::schema
