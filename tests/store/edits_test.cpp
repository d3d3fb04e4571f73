// Analyst edits against a real file: each is saved at once, marked edited, survives a
// reopen and a re-import; date windows and the live-refresh counter.
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;

TEST_CASE("update, insert and delete are saved at once and marked edited") {
  test::TempDir dir;
  const auto path = dir / "a.db";
  EventId inserted = 0;
  {
    auto store = Store::open(path);
    store.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {test::talks(), test::warrant()});
    auto talks = store.events()[1];
    talks.title = "Talks in Moscow";
    talks.when = When{"2023-09", "", DateRange::month(date::year{2023} / date::September)};
    talks.actors = {"Wang Yi"};
    store.update_event(talks);
    auto manual = test::event("Xi visits Moscow", "visit", {"Xi Jinping"}, "2023-03-20",
                              DateRange::day(test::day(2023, 3, 20)));
    manual.sources.clear();
    inserted = store.insert_event(manual);
    store.delete_event(store.events()[0].id);  // the warrant (2023-03-01..31) sorts first
  }
  auto store = Store::open(path);
  const auto events = store.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].id == inserted);
  CHECK(events[0].edited_by_analyst);
  CHECK(events[0].sources.empty());
  CHECK(events[1].title == "Talks in Moscow");
  CHECK(events[1].when.range.granularity == Granularity::Month);
  CHECK(events[1].actors == std::vector<std::string>{"Wang Yi"});
  CHECK(events[1].edited_by_analyst);
  CHECK(store.event_count() == 2);
}

TEST_CASE("generated events are stored unmerged and not marked edited") {
  test::TempDir dir;
  const auto path = dir / "a.db";
  {
    auto store = Store::open(path);
    store.insert_generated_events({test::talks(), test::talks(), test::warrant()});
  }
  auto store = Store::open(path);
  const auto events = store.events();
  REQUIRE(events.size() == 3);  // the two identical talks stay two: no merge
  for (const auto& event : events) CHECK_FALSE(event.edited_by_analyst);
}

TEST_CASE("editing an event that does not exist is an error") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  auto ghost = test::talks();
  ghost.id = 42;
  CHECK_THROWS_AS(store.update_event(ghost), StoreError);
  CHECK_THROWS_AS(store.delete_event(42), StoreError);
  CHECK(store.events().empty());
}

TEST_CASE("an event the analyst deleted stays deleted when another article reports it") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  store.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {test::talks()});
  store.delete_event(store.events()[0].id);
  const auto again = store.add_document(test::article("Lavrov and Wang Yi met."), {}, {test::talks()});
  CHECK(again.events_merged == 1);
  CHECK(store.events().empty());
}

TEST_CASE("events_between returns the events overlapping a window, by start date") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  store.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {test::talks(), test::warrant()});
  struct Case {
    date::sys_days first, last;
    std::vector<std::string> types;
  };
  const std::vector<Case> cases{
      {test::day(2023, 1, 1), test::day(2023, 12, 31), {"warrant", "meeting"}},
      {test::day(2023, 3, 31), test::day(2023, 3, 31), {"warrant"}},
      {test::day(2023, 9, 18), test::day(2023, 9, 18), {"meeting"}},
      {test::day(2023, 4, 1), test::day(2023, 9, 17), {}},
  };
  for (const auto& c : cases) {
    CAPTURE(format_iso(c.first));
    std::vector<std::string> types;
    for (const auto& event : store.events_between(c.first, c.last)) types.push_back(event.type);
    CHECK(types == c.types);
  }
}

TEST_CASE("data_version changes when another connection commits") {
  test::TempDir dir;
  auto viewer = Store::open(dir / "a.db");
  auto importer = Store::open(dir / "a.db");
  const auto before = viewer.data_version();
  CHECK(viewer.data_version() == before);
  importer.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {test::talks()});
  CHECK(viewer.data_version() != before);
  CHECK(viewer.events().size() == 1);  // and sees the committed data
}

TEST_CASE("visit_timeline streams live events by date, then their children; headers skip texts") {
  test::TempDir dir;
  auto store = Store::open(dir / "a.db");
  store.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {test::talks(), test::warrant()});
  const auto stored = store.events();  // the warrant (March) sorts before the talks (September)
  REQUIRE(stored.size() == 2);
  store.delete_event(stored[0].id);

  std::vector<EventId> events, with_actor, with_source;
  std::vector<std::string> actors;
  Store::TimelineVisitor visitor;
  visitor.event = [&](const Event& event) {
    CHECK(event.actors.empty());
    events.push_back(event.id);
  };
  visitor.actor = [&](EventId id, std::string_view name) {
    with_actor.push_back(id);
    actors.emplace_back(name);
  };
  visitor.source = [&](EventId id, DocumentId document, std::string_view quote) {
    with_source.push_back(id);
    CHECK(document != 0);
    CHECK_FALSE(quote.empty());
  };
  store.visit_timeline(visitor);
  CHECK(events == std::vector<EventId>{stored[1].id});  // the deleted warrant is not visited
  CHECK(actors == stored[1].actors);
  for (const auto id : with_actor) CHECK(id == stored[1].id);
  CHECK(with_source.size() == stored[1].sources.size());

  const auto headers = store.document_headers();
  REQUIRE(headers.size() == 1);
  CHECK(headers[0].title == "Wang Yi in Moscow");
  CHECK(headers[0].published == test::day(2023, 9, 19));
}
