// The store's prepared-statement cache: importing many documents prepares each statement
// once (the number of statements on the connection stops growing), and closing the store
// finalizes them, so the connection really closes (another one may then leave WAL mode,
// which SQLite allows only to the last connection).
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

using namespace annals;

namespace {

std::size_t prepared_statements(const Store& store) {
  std::size_t count = 0;
  for (auto* statement = sqlite3_next_stmt(store.handle(), nullptr); statement;
       statement = sqlite3_next_stmt(store.handle(), statement))
    ++count;
  return count;
}

// Stores `n` distinct documents, each reporting the talks (merged after the first) and one
// event of its own.
void store_documents(Store& store, int first, int n) {
  for (int i = first; i < first + n; ++i) {
    auto own = test::warrant();
    own.title = "Warrant number " + std::to_string(i);
    own.actors = {"Actor " + std::to_string(i)};
    store.add_document(test::article("Report " + std::to_string(i) + ": Wang Yi met Lavrov on Monday."),
                       {test::mention(0, "Monday", "2023-09-18", DateRange::day(test::day(2023, 9, 18)))},
                       {test::talks(), own});
  }
}

std::string journal_mode(const std::filesystem::path& path, const char* pragma) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  std::string mode = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return mode;
}

}  // namespace

TEST_CASE("storing many documents prepares each statement once") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  store_documents(store, 0, 3);
  const auto after_three = prepared_statements(store);
  CHECK(after_three > 0);  // statements are kept between documents
  store_documents(store, 3, 40);
  CHECK(prepared_statements(store) == after_three);
  CHECK(store.event_count() == 1 + 43);  // the talks merged, every warrant its own
  const auto events = store.events();
  const auto talks = std::find_if(events.begin(), events.end(),
                                  [](const Event& e) { return e.type == "meeting"; });
  REQUIRE(talks != events.end());
  CHECK(talks->sources.size() == 43);
}

TEST_CASE("closing the store finalizes its cached statements and closes the file") {
  test::TempDir dir;
  {
    auto store = Store::open(dir / "a.db");
    store_documents(store, 0, 5);
    CHECK(store.events().size() == 6);
  }
  CHECK(journal_mode(dir / "a.db", "PRAGMA journal_mode = DELETE") == "delete");
  auto reopened = Store::open(dir / "a.db");
  CHECK(reopened.documents().size() == 5);
}
