// The store's file handling: a fresh database gets the current schema in WAL mode, an
// older one is migrated with its data, and foreign, damaged or newer files are refused
// with a message naming the file, never a crash.
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <fstream>
#include <functional>

using namespace annals;

namespace {

long long pragma(sqlite3* db, const std::string& name) {
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, ("PRAGMA " + name).c_str(), -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  const auto value = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  return value;
}

std::string pragma_text(sqlite3* db, const std::string& name) {
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, ("PRAGMA " + name).c_str(), -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  std::string value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  sqlite3_finalize(statement);
  return value;
}

// Runs SQL on a file through a plain connection, as another program would.
void run_sql(const std::filesystem::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  INFO((error ? error : ""));
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE(code == SQLITE_OK);
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The version 1 schema exactly as Annals wrote it, with one document and one event.
const char* version_1_file = R"sql(
CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL, url TEXT,
  published INTEGER NOT NULL, published_origin TEXT NOT NULL, text TEXT NOT NULL, content_hash TEXT NOT NULL);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE UNIQUE INDEX documents_by_url ON documents(url) WHERE url IS NOT NULL;
CREATE TABLE mentions (id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  value TEXT NOT NULL, mod TEXT NOT NULL, interval_first INTEGER, interval_last INTEGER,
  interval_granularity TEXT, interval_portion TEXT, rule TEXT NOT NULL, anchor TEXT NOT NULL);
CREATE INDEX mentions_by_document ON mentions(document, span_begin);
CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, type TEXT NOT NULL, when_value TEXT NOT NULL,
  when_mod TEXT NOT NULL, when_first INTEGER NOT NULL, when_last INTEGER NOT NULL,
  when_granularity TEXT NOT NULL, when_portion TEXT NOT NULL, edited INTEGER NOT NULL DEFAULT 0);
CREATE INDEX events_by_start ON events(when_first, when_last);
CREATE INDEX events_by_end ON events(when_last);
CREATE INDEX events_by_type ON events(type, when_first);
CREATE TABLE event_actors (event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (event, position)) WITHOUT ROWID;
CREATE INDEX event_actors_by_name ON event_actors(name);
CREATE TABLE event_places (event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (event, position)) WITHOUT ROWID;
CREATE INDEX event_places_by_name ON event_places(name);
CREATE TABLE event_sources (id INTEGER PRIMARY KEY, event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  document INTEGER REFERENCES documents(id) ON DELETE CASCADE, quote TEXT NOT NULL, expression TEXT NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL, rule TEXT NOT NULL, anchor TEXT NOT NULL);
CREATE INDEX event_sources_by_event ON event_sources(event);
CREATE INDEX event_sources_by_document ON event_sources(document);
INSERT INTO documents VALUES (1, 'Old', 'old.txt', NULL, 19619, 'command-line', 'Wang Yi met Lavrov on Monday.', '0');
INSERT INTO mentions VALUES (1, 1, 19, 28, 'on Monday', 'DATE', '2023-09-18', '', 19618, 19618, 'day', 'whole', 'weekday', 'published');
INSERT INTO events VALUES (1, 'Wang Yi holds talks with Lavrov', 'meeting', '2023-09-18', '', 19618, 19618, 'day', 'whole', 1);
INSERT INTO event_actors VALUES (1, 0, 'Wang Yi'), (1, 1, 'Sergei Lavrov');
INSERT INTO event_sources VALUES (1, 1, 1, 'Wang Yi met Lavrov on Monday.', 'on Monday', 19, 28, 'weekday', 'published');
PRAGMA application_id = 1095650892;
PRAGMA user_version = 1;
)sql";

}  // namespace

TEST_CASE("a new database gets the current schema, WAL mode and foreign keys") {
  test::TempDir dir;
  auto store = Store::open(dir / "new.db");
  CHECK(pragma(store.handle(), "user_version") == Store::schema_version);
  CHECK(pragma_text(store.handle(), "journal_mode") == "wal");
  CHECK(pragma(store.handle(), "foreign_keys") == 1);
  CHECK(store.events().empty());
  CHECK(store.documents().empty());
}

TEST_CASE("reopening a database keeps its contents") {
  test::TempDir dir;
  {
    auto store = Store::open(dir / "a.db");
    store.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {test::talks()});
  }
  auto store = Store::open(dir / "a.db", OpenMode::MustExist);
  REQUIRE(store.events().size() == 1);
  CHECK(store.events()[0].title == "Wang Yi holds talks with Lavrov");
}

TEST_CASE("a version 1 database is migrated and keeps its data") {
  test::TempDir dir;
  const auto path = dir / "old.db";
  run_sql(path, version_1_file);
  auto store = Store::open(path);
  CHECK(pragma(store.handle(), "user_version") == Store::schema_version);
  const auto events = store.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].edited_by_analyst);
  CHECK(events[0].actors == std::vector<std::string>{"Wang Yi", "Sergei Lavrov"});
  CHECK(events[0].when.range == DateRange::day(test::day(2023, 9, 18)));
  REQUIRE(events[0].sources.size() == 1);
  CHECK(events[0].sources[0].document == 1);
  const auto mentions = store.mentions(1);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].value == "2023-09-18");
  CHECK_FALSE(mentions[0].event_relative.has_value());
  // Version 3 indexed the old event's days.
  CHECK(store.events_between(test::day(2023, 9, 18), test::day(2023, 9, 18)).size() == 1);
  CHECK(store.events_between(test::day(2023, 9, 19), test::day(2023, 12, 31)).empty());
  // The migrated schema accepts what version 2 added: a tombstone.
  store.delete_event(events[0].id);
  CHECK(store.events().empty());
}

TEST_CASE("files that are not Annals databases are refused with a message naming them") {
  struct Case {
    const char* name;
    std::function<void(const std::filesystem::path&)> make;
    const char* expected;
  };
  const std::vector<Case> cases{
      {"text.db", [](const auto& p) { write_file(p, "Title: not a database\n"); }, "not an SQLite database"},
      {"binary.db", [](const auto& p) { write_file(p, std::string("\x7f" "ELF\0\0\0\x01garbage", 16)); },
       "not an SQLite database"},
      {"foreign.db", [](const auto& p) { run_sql(p, "CREATE TABLE invoices (id INTEGER, total REAL);"); },
       "another program"},
      {"foreign-versioned.db",
       [](const auto& p) { run_sql(p, "CREATE TABLE t (x); PRAGMA user_version = 1;"); }, "another program"},
      {"newer.db",
       [](const auto& p) {
         run_sql(p, "CREATE TABLE documents (id); PRAGMA application_id = 1095650892; PRAGMA user_version = 99;");
       },
       "newer Annals"},
      {"truncated.db",
       [](const auto& p) {
         run_sql(p, "CREATE TABLE t (x); INSERT INTO t VALUES (randomblob(100000));");
         std::filesystem::resize_file(p, 1000);
       },
       ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    test::TempDir dir;
    const auto path = dir / c.name;
    c.make(path);
    const auto size_before = std::filesystem::file_size(path);
    try {
      auto store = Store::open(path);
      FAIL("opened a file that is not an Annals database");
    } catch (const StoreError& error) {
      const std::string message = error.what();
      CHECK(message.find(path.string()) != std::string::npos);
      CHECK(message.find(c.expected) != std::string::npos);
    }
    CHECK(std::filesystem::file_size(path) == size_before);
  }
}

TEST_CASE("an empty file becomes a database; a missing one is refused when it must exist") {
  test::TempDir dir;
  write_file(dir / "empty.db", "");
  CHECK(Store::open(dir / "empty.db").events().empty());
  CHECK_THROWS_AS(Store::open(dir / "missing.db", OpenMode::MustExist), StoreError);
  CHECK_FALSE(std::filesystem::exists(dir / "missing.db"));
  CHECK_THROWS_AS(Store::open(dir / ""), StoreError);  // a directory
}
