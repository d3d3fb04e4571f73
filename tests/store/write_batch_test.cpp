// Group commit: inside a WriteBatch each document is still all or nothing (a failing one
// rolls back alone and the batch goes on), and nothing of the batch is in the database
// for another connection, or after the store closes, until the batch commits.
#include "annals/store/store.hpp"
#include "annals/store/write_batch.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <optional>

using namespace annals;

namespace {

// A plain reader, as a viewer reads while an import writes (Store::open would wait for
// the writer: it checks the schema in a write transaction).
long long documents_seen_by_another_connection(const std::filesystem::path& path) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  const auto n = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return n;
}

std::string numbered(int i) { return "Report " + std::to_string(i) + ": Wang Yi met Lavrov on Monday."; }

const std::vector<Timex> no_mentions;

}  // namespace

TEST_CASE("documents of a batch are stored only when it commits") {
  struct Case {
    std::string name;
    bool commit;
    long long expected_after_close;
  };
  for (const auto& c : {Case{"committed", true, 3}, Case{"dropped without commit", false, 0}}) {
    CAPTURE(c.name);
    test::TempDir dir;
    const auto path = dir / "a.db";
    {
      auto store = Store::open(path);
      std::optional<WriteBatch> batch(std::in_place, store);
      for (int i = 0; i < 3; ++i) CHECK_FALSE(store.add_document(test::article(numbered(i)), no_mentions, {test::talks()}).duplicate);
      CHECK(store.documents().size() == 3);  // the batch's own connection sees them
      CHECK(documents_seen_by_another_connection(path) == 0);
      // A duplicate inside the batch is found as if it were committed.
      CHECK(store.add_document(test::article(numbered(1)), no_mentions, {}).duplicate);
      if (c.commit) batch->commit();
      batch.reset();
    }
    CHECK(documents_seen_by_another_connection(path) == c.expected_after_close);
  }
}

TEST_CASE("a document failing inside a batch rolls back alone") {
  test::TempDir dir;
  const auto path = dir / "a.db";
  auto store = Store::open(path);
  WriteBatch batch(store);
  CHECK(store.add_document(test::article(numbered(0)), no_mentions, {test::talks()}).events_added == 1);
  REQUIRE(sqlite3_exec(store.handle(),
                       "CREATE TEMP TRIGGER fail_sources BEFORE INSERT ON event_sources "
                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  CHECK_THROWS_WITH_AS(store.add_document(test::article(numbered(1)), no_mentions, {test::warrant()}),
                       doctest::Contains("injected failure"), StoreError);
  CHECK(batch.intact());
  REQUIRE(sqlite3_exec(store.handle(), "DROP TRIGGER fail_sources", nullptr, nullptr, nullptr) == SQLITE_OK);
  CHECK(store.add_document(test::article(numbered(2)), no_mentions, {test::talks()}).events_merged == 1);
  batch.commit();
  const auto stored = Store::open(path, OpenMode::MustExist);
  REQUIRE(stored.documents().size() == 2);
  CHECK(stored.documents()[1].text == numbered(2));
  const auto events = stored.events();
  REQUIRE(events.size() == 1);  // the warrant of the failed document is not there
  CHECK(events[0].sources.size() == 2);
}
