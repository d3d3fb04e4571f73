// `annals import export.json`: a JSON export given to import is recognised by its content
// and loaded as a timeline (not as JSON-lines articles), so export -> import into a new
// database -> export gives the same events; a rerun adds nothing; a malformed export is
// named with its line.
#include "cli_fixture.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace annals::cli_test;
using nlohmann::json;

namespace {

Run import(const TempDir& dir, const std::filesystem::path& db, const std::filesystem::path& file,
           const std::string& options = "") {
  return run(dir, "import " + options + " --db " + quoted(db.string()) + " " + quoted(file.string()));
}

std::string export_json(const TempDir& dir, const std::filesystem::path& db) {
  const auto result = run(dir, "export --db " + quoted(db.string()) + " --format json");
  INFO(result.err);
  REQUIRE(result.status == 0);
  return result.out;
}

json without_ids(json timeline) {
  for (auto& event : timeline["events"]) event.erase("id");
  return timeline;
}

}  // namespace

TEST_CASE("annals import of a JSON export loads the timeline: export, import, export gives the same events") {
  TempDir dir;
  const auto original = dir / "original.db";
  const auto reference = run(dir, "import --db " + quoted(original.string()) + " --published 2023-09-19 " +
                                      quoted(reference_article.string()));
  REQUIRE(reference.status == 0);
  const auto first = export_json(dir, original);
  REQUIRE_FALSE(json::parse(first)["events"].empty());
  write_file(dir / "timeline.json", first);

  const auto loaded = import(dir, dir / "copy.db", dir / "timeline.json", "--json");
  INFO(loaded.err);
  REQUIRE(loaded.status == 0);
  const auto summary = json::parse(loaded.out);
  REQUIRE(summary["timelines"].size() == 1);
  CHECK(summary["timelines"][0]["documents_added"] == 1);
  CHECK(summary["timelines"][0]["events_added"] == json::parse(first)["events"].size());
  CHECK(summary["imported"] == 0);  // nothing was read as an article
  CHECK(summary["failed"] == 0);

  const auto second = export_json(dir, dir / "copy.db");
  CHECK(without_ids(json::parse(second)) == without_ids(json::parse(first)));

  // The copy's export loaded once more gives exactly the copy's export, ids included.
  write_file(dir / "copy.json", second);
  REQUIRE(import(dir, dir / "third.db", dir / "copy.json").status == 0);
  CHECK(export_json(dir, dir / "third.db") == second);

  // A rerun adds nothing.
  const auto again = import(dir, dir / "copy.db", dir / "timeline.json", "--json");
  REQUIRE(again.status == 0);
  CHECK(json::parse(again.out)["timelines"][0]["documents_duplicate"] == 1);
  CHECK(json::parse(again.out)["timelines"][0]["events_added"] == 0);
  CHECK(export_json(dir, dir / "copy.db") == second);
}

TEST_CASE("an export is told from JSON lines by its content, whatever the file is called") {
  TempDir dir;
  const auto db = dir / "news.db";
  write_file(dir / "articles.json", R"({"id": 1, "published": "2023-09-19", "text": "Wang Yi visited Moscow on Monday."})" "\n");
  write_file(dir / "export.data", "\xEF\xBB\xBF  {\n  \"documents\": [], \"events\": []}\n");
  const auto result = run(dir, "import --json --db " + quoted(db.string()) + " " +
                                   quoted((dir / "articles.json").string()) + " " + quoted((dir / "export.data").string()));
  INFO(result.err);
  REQUIRE(result.status == 0);
  const auto summary = json::parse(result.out);
  CHECK(summary["imported"] == 1);
  REQUIRE(summary["timelines"].size() == 1);
  CHECK(summary["timelines"][0]["source"].get<std::string>().ends_with("export.data"));
  CHECK(summary["files"] == 2);
}

TEST_CASE("a malformed export given to import is named with its line or field and stores nothing") {
  struct Case {
    const char* text;
    const char* expected;
  };
  // Through the command line: a truncated file, and an event without its title.
  for (const Case& c : {Case{"{\"events\": [\n{\"id\": 1,\n", "bad.json:3: malformed JSON"},
                        Case{"{\"documents\": [], \"events\": [{\"id\": 1}]}", "bad.json: events[0].title: missing"}}) {
    CAPTURE(c.text);
    TempDir dir;
    write_file(dir / "bad.json", c.text);
    const auto result = import(dir, dir / "news.db", dir / "bad.json");
    CHECK(result.status == 1);
    CHECK(result.err.find((dir / "bad.json").string()) != std::string::npos);
    CHECK(result.err.find(c.expected) != std::string::npos);
    CHECK(dump(dir / "news.db").find("== events\n== event_actors") != std::string::npos);
  }
}
