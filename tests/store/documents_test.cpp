// Storing documents: what goes in comes back out, a document is stored fully or not at
// all, duplicates write nothing, a changed URL replaces its events but keeps analyst
// edits, and a happening reported twice becomes one event with two sources.
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

using namespace annals;

namespace {

long long count(const Store& store, const std::string& table) {
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(store.handle(), ("SELECT count(*) FROM " + table).c_str(), -1, &statement,
                             nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
  const auto n = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  return n;
}

const char* const text = "Wang Yi met Lavrov on Monday. The ICC issued a warrant last March.";

}  // namespace

TEST_CASE("a stored document comes back with its mentions and events") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  auto relative = test::mention(0, "a day before", "2023-09-17", DateRange::day(test::day(2023, 9, 17)));
  relative.event_relative = EventRelative{1, Granularity::Day, true, 20, 36};
  const std::vector<Timex> mentions{
      test::mention(19, "on Monday", "2023-09-18", DateRange::day(test::day(2023, 9, 18))),
      test::mention(56, "last March", "2023-03", DateRange::month(date::year{2023} / date::March)), relative};
  auto document = test::article(text, "https://example.org/wang");
  document.published_origin = DateOrigin::Metadata;
  const auto outcome = store.add_document(document, mentions, {test::talks(), test::warrant()});
  CHECK_FALSE(outcome.duplicate);
  CHECK(outcome.events_added == 2);

  const auto stored = store.document(outcome.document);
  REQUIRE(stored);
  CHECK(stored->text == text);
  CHECK(stored->url == "https://example.org/wang");
  CHECK(stored->published == test::day(2023, 9, 19));
  CHECK(stored->published_origin == DateOrigin::Metadata);

  const auto back = store.mentions(outcome.document);
  REQUIRE(back.size() == 3);
  CHECK(back[0].text == "a day before");
  REQUIRE(back[0].event_relative);
  CHECK(back[0].event_relative->event_end == 36);
  CHECK(back[2].interval == DateRange::month(date::year{2023} / date::March));
  CHECK(back[2].rule == "test-rule");

  const auto events = store.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].type == "warrant");  // March comes before September
  CHECK(events[1].actors == std::vector<std::string>{"Wang Yi", "Sergei Lavrov"});
  CHECK(events[1].places == std::vector<std::string>{"Moscow"});
  REQUIRE(events[1].sources.size() == 1);
  CHECK(events[1].sources[0].document == outcome.document);
  CHECK(events[1].sources[0].quote == "Wang Yi met Lavrov on Monday.");
  CHECK_FALSE(events[1].edited_by_analyst);
}

TEST_CASE("a failure in the middle of storing a document leaves nothing behind") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  // Sources are written after the document, its mentions and the event rows.
  REQUIRE(sqlite3_exec(store.handle(),
                       "CREATE TEMP TRIGGER fail_sources BEFORE INSERT ON event_sources "
                       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  const std::vector<Timex> mentions{test::mention(19, "on Monday", "2023-09-18", DateRange::day(test::day(2023, 9, 18)))};
  CHECK_THROWS_WITH_AS(store.add_document(test::article(text), mentions, {test::talks()}),
                       doctest::Contains("injected failure"), StoreError);
  for (const char* table : {"documents", "mentions", "events", "event_actors", "event_places", "event_sources"}) {
    CAPTURE(table);
    CHECK(count(store, table) == 0);
  }
  // The connection is still usable and a retry succeeds.
  REQUIRE(sqlite3_exec(store.handle(), "DROP TRIGGER fail_sources", nullptr, nullptr, nullptr) == SQLITE_OK);
  CHECK(store.add_document(test::article(text), mentions, {test::talks()}).events_added == 1);
  CHECK(count(store, "event_sources") == 1);
}

TEST_CASE("the same content twice is stored once") {
  struct Case {
    const char* name;
    std::string first_url, second_url;
  };
  const std::vector<Case> cases{{"no URLs", "", ""},
                                {"same URL", "https://a.example/1", "https://a.example/1"},
                                {"another URL", "https://a.example/1", "https://b.example/2"}};
  for (const auto& c : cases) {
    CAPTURE(c.name);
    test::TempDir dir;
    auto store = Store::open(dir / "a.db");
    const auto first = store.add_document(test::article(text, c.first_url), {}, {test::talks()});
    const auto version = count(store, "events") + count(store, "documents") + count(store, "event_sources");
    const auto second = store.add_document(test::article(text, c.second_url), {}, {test::talks()});
    CHECK(second.duplicate);
    CHECK(second.document == first.document);
    CHECK(second.events_added == 0);
    CHECK(count(store, "events") + count(store, "documents") + count(store, "event_sources") == version);
  }
}

TEST_CASE("a known URL with new content replaces its events but keeps analyst edits") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  const std::string url = "https://example.org/wang";
  const auto first = store.add_document(test::article(text, url), {}, {test::talks(), test::warrant()});
  auto edited = store.events()[0];  // the warrant
  REQUIRE(edited.type == "warrant");
  edited.title = "ICC warrant (checked by analyst)";
  store.update_event(edited);

  auto summit = test::event("Belt and Road Forum", "summit", {"China"}, "2023-10",
                            DateRange::month(date::year{2023} / date::October));
  const auto second = store.add_document(test::article("Updated: the forum is in October.", url), {}, {summit});
  CHECK(second.replaced);
  CHECK(second.document == first.document);
  CHECK(count(store, "documents") == 1);
  CHECK(store.document(first.document)->text == "Updated: the forum is in October.");

  const auto events = store.events();
  REQUIRE(events.size() == 2);  // the talks are gone, the edited warrant stays
  CHECK(events[0].title == "ICC warrant (checked by analyst)");
  CHECK(events[0].edited_by_analyst);
  CHECK(events[1].title == "Belt and Road Forum");
}

TEST_CASE("the same happening from two articles is one event with two sources") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  store.add_document(test::article(text), {}, {test::talks()});
  auto again = test::talks();
  again.title = "Lavrov receives Wang Yi";
  again.actors.push_back("Russia");
  again.sources[0].quote = "Lavrov received Wang on Monday.";
  const auto second = store.add_document(test::article("Lavrov received Wang on Monday."), {}, {again, test::warrant()});
  CHECK(second.events_merged == 1);
  CHECK(second.events_added == 1);
  const auto events = store.events();
  REQUIRE(events.size() == 2);
  const auto& merged = events[1];
  CHECK(merged.title == "Wang Yi holds talks with Lavrov");  // the first report names it
  REQUIRE(merged.sources.size() == 2);
  CHECK(merged.sources[0].document != merged.sources[1].document);
  CHECK(merged.sources[1].quote == "Lavrov received Wang on Monday.");
  CHECK(merged.actors == std::vector<std::string>{"Wang Yi", "Sergei Lavrov", "Russia"});
}

TEST_CASE("events of another type or another time are not merged") {
  struct Case {
    const char* name;
    std::string type;
    DateRange range;
  };
  const std::vector<Case> cases{{"other type", "visit", DateRange::day(test::day(2023, 9, 18))},
                                {"other day", "meeting", DateRange::day(test::day(2023, 9, 20))}};
  for (const auto& c : cases) {
    CAPTURE(c.name);
    test::TempDir dir;
    auto store = Store::open(dir / "a.db");
    store.add_document(test::article(text), {}, {test::talks()});
    auto other = test::talks();
    other.type = c.type;
    other.when.range = c.range;
    CHECK(store.add_document(test::article("Another article."), {}, {other}).events_added == 1);
    CHECK(store.events().size() == 2);
  }
}
