// `annals synth`: the same seed gives the same database, documents hold their share of the
// events (the last one the remainder), and a second run appends. Events are written many
// documents per transaction, so the last, partial batch must be written too.
#include "cli_fixture.hpp"

#include <doctest/doctest.h>

using namespace annals::cli_test;

namespace {

std::string single(const std::filesystem::path& db_path, const char* sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_exec(
        db, sql,
        [](void* into, int columns, char** values, char**) {
          auto& text = *static_cast<std::string*>(into);
          for (int i = 0; i < columns; ++i) text += std::string(values[i] ? values[i] : "NULL") + (i + 1 < columns ? "," : ";");
          return 0;
        },
        &out, nullptr);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace

TEST_CASE("annals synth is reproducible, splits events over documents and appends") {
  TempDir dir;
  const auto first = dir / "first.db";
  const auto second = dir / "second.db";
  for (const auto& db : {first, second})
    REQUIRE(run(dir, "synth --db " + quoted(db.string()) + " --events 1200 --per-document 500 --seed 7").status == 0);
  CHECK(dump(first) == dump(second));
  CHECK(single(first, "SELECT count(*) FROM events") == "1200;");
  CHECK(single(first, "SELECT document, count(*) FROM event_sources GROUP BY document ORDER BY document") ==
        "1,500;2,500;3,200;");
  CHECK(single(first, "SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM event_actors)") == "0;");

  const Run again = run(dir, "synth --db " + quoted(first.string()) + " --events 700 --per-document 500 --seed 8");
  REQUIRE(again.status == 0);
  CHECK(again.out.find("the database holds 1900") != std::string::npos);
  CHECK(single(first, "SELECT count(*) FROM documents") == "5;");
}
