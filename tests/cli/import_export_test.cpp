// The command line end to end on real files: the reference article imported, listed and
// exported as JSON whose dates, quotes and code-point offsets check out; a rerun adds
// nothing; standard input works.
#include "cli_fixture.hpp"

#include "annals/formats/input_file.hpp"
#include "annals/formats/json_export.hpp"
#include "annals/store/store.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace annals::cli_test;
using nlohmann::json;

namespace {

std::string import_reference(const TempDir& dir, const std::filesystem::path& db) {
  const auto result =
      run(dir, "import --db " + quoted(db.string()) + " --published 2023-09-19 " + quoted(reference_article.string()));
  INFO(result.err);
  REQUIRE(result.status == 0);
  return result.out;
}

const json* event_with_expression(const json& events, const std::string& expression) {
  for (const auto& event : events)
    for (const auto& source : event["sources"])
      if (source["expression"] == expression) return &event;
  return nullptr;
}

// The text of `document` between two code-point offsets.
std::string by_code_points(const std::string& text, std::size_t begin, std::size_t end) {
  std::size_t byte = 0, first = 0, count = 0;
  for (; byte < text.size() && count < end; ++byte) {
    if ((static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;
    if (count == begin) first = byte;
    ++count;
  }
  while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
  return text.substr(first, byte - first);
}

}  // namespace

TEST_CASE("the reference article imports and exports as JSON with dated, quoted events") {
  TempDir dir;
  const auto db = dir / "news.db";
  import_reference(dir, db);
  const auto out = dir / "timeline.json";
  const auto exported = run(dir, "export --db " + quoted(db.string()) + " --format json -o " + quoted(out.string()));
  INFO(exported.err);
  REQUIRE(exported.status == 0);
  const auto timeline = json::parse(read_file(out));
  REQUIRE(timeline["documents"].size() == 1);
  const auto& document = timeline["documents"][0];
  CHECK(document["published"] == "2023-09-19");
  const std::string text = document["text"];
  const auto& events = timeline["events"];
  REQUIRE(events.size() >= 5);

  std::string previous_start;
  for (const auto& event : events) {
    CAPTURE(event.dump());
    CHECK(event["when"]["start"] <= event["when"]["end"]);
    CHECK(previous_start <= event["when"]["start"]);  // ordered by start date
    previous_start = event["when"]["start"];
    REQUIRE_FALSE(event["sources"].empty());
    for (const auto& source : event["sources"]) {
      const auto begin = source["offset"][0].get<std::size_t>();
      const auto end = source["offset"][1].get<std::size_t>();
      CHECK(by_code_points(text, begin, end) == source["expression"].get<std::string>());
      CHECK(text.find(source["quote"].get<std::string>()) != std::string::npos);
    }
  }
  struct Expected {
    const char* expression;
    const char* start;
    const char* end;
    const char* granularity;
  };
  for (const auto& e : {Expected{"last March", "2023-03-01", "2023-03-31", "month"},
                        Expected{"December last year", "2022-12-01", "2022-12-31", "month"},
                        Expected{"next month", "2023-10-01", "2023-10-31", "month"}}) {
    CAPTURE(e.expression);
    const auto* event = event_with_expression(events, e.expression);
    REQUIRE(event != nullptr);
    CHECK((*event)["when"]["start"] == e.start);
    CHECK((*event)["when"]["end"] == e.end);
    CHECK((*event)["when"]["granularity"] == e.granularity);
  }
}

TEST_CASE("importing the same article again adds nothing") {
  TempDir dir;
  const auto db = dir / "news.db";
  import_reference(dir, db);
  const auto before = dump(db);
  const auto again = import_reference(dir, db);
  CHECK(again.find("already imported") != std::string::npos);
  CHECK(dump(db) == before);
}

TEST_CASE("list prints dates with their precision") {
  TempDir dir;
  const auto db = dir / "news.db";
  import_reference(dir, db);
  const auto listed = run(dir, "list --db " + quoted(db.string()));
  REQUIRE(listed.status == 0);
  CHECK(listed.out.find("2023-03 (month)") != std::string::npos);
  CHECK(listed.out.find("2022-12 (month)") != std::string::npos);
  CHECK(listed.out.find("actors: ") != std::string::npos);
}

TEST_CASE("standard input is imported as '-'") {
  TempDir dir;
  const auto db = dir / "news.db";
  const auto input = dir / "in.txt";
  write_file(input, "Wang Yi met Sergey Lavrov in Moscow on Monday.\n");
  const auto result = run(dir, "import --db " + quoted(db.string()) + " --published 2023-09-19 -", input.string());
  INFO(result.err);
  REQUIRE(result.status == 0);
  const auto exported = run(dir, "export --db " + quoted(db.string()));
  REQUIRE(exported.status == 0);
  const auto timeline = json::parse(exported.out);
  REQUIRE(timeline["documents"].size() == 1);
  CHECK(timeline["documents"][0]["source"] == "-");
}

TEST_CASE("the JSON export round-trips: export, store in a new database, export again") {
  TempDir dir;
  const auto db = dir / "news.db";
  import_reference(dir, db);
  const auto first = run(dir, "export --db " + quoted(db.string()));
  REQUIRE(first.status == 0);

  const auto timeline = annals::formats::read_timeline_json("first.json", first.out);
  REQUIRE_FALSE(timeline.events.empty());
  for (const auto& event : timeline.events)
    for (const auto& source : event.sources)  // offsets came back as bytes into the text
      CHECK(timeline.documents.front().text.substr(source.begin, source.end - source.begin) == source.expression);
  {
    auto copy = annals::Store::open(dir / "copy.db");
    const auto outcome = copy.add_timeline(timeline.documents, timeline.events);
    CHECK(outcome.documents_added == 1);
    CHECK(outcome.events_added == timeline.events.size());
    // Storing it again adds nothing.
    const auto again = copy.add_timeline(timeline.documents, timeline.events);
    CHECK(again.documents_duplicate == 1);
    CHECK(again.events_added == 0);
  }
  const auto second = run(dir, "export --db " + quoted((dir / "copy.db").string()));
  REQUIRE(second.status == 0);
  // Ids are the new database's own; everything else is identical.
  auto without_ids = [](json timeline_json) {
    for (auto& event : timeline_json["events"]) event.erase("id");
    return timeline_json;
  };
  CHECK(without_ids(json::parse(second.out)) == without_ids(json::parse(first.out)));
}

TEST_CASE("a malformed export is refused naming the file and the line or field") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const std::vector<Case> cases{
      {"{\n\"events\": [\n,]}", "bad.json:3: malformed JSON"},
      {"{\"events\": [], \"documents\": {}}", "bad.json: documents: expected an array"},
      {R"({"documents": [], "events": [{"id": 1, "title": "t", "type": "visit", "actors": [], "places": [],
          "when": {"value": "2023-03", "start": "2023-03-01", "end": "2023-02-30", "granularity": "month"},
          "sources": []}]})",
       "bad.json: events[0].when.end: expected a date"},
      {R"({"documents": [], "events": [{"id": 1, "title": "t", "type": "visit", "actors": [], "places": [],
          "when": {"value": "2023-03", "start": "2023-03-01", "end": "2023-03-31", "granularity": "month"},
          "sources": [{"document": 7, "quote": "q", "expression": "e", "offset": [0, 1]}]}]})",
       "bad.json: events[0].sources[0].document: not among the documents"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK_THROWS_WITH_AS(annals::formats::read_timeline_json("bad.json", c.text), doctest::Contains(c.expected),
                         annals::formats::InputError);
  }
}
