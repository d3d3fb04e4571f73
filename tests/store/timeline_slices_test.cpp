// Store::visit_timeline in slices, as the viewer's loader reads it on several connections:
// the slices together visit every live event, actor, place and source exactly once, a
// source moved by a merge comes with its own row's slice, and tombstones stay out.
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <stdexcept>

using namespace annals;

namespace {

struct Visited {
  std::vector<EventId> events;
  std::map<EventId, std::vector<std::string>> actors;
  std::map<EventId, std::size_t> places;
  std::map<EventId, std::size_t> sources;
};

void visit_slice(const Store& store, std::size_t part, std::size_t parts, Visited& out) {
  Store::TimelineVisitor visitor;
  visitor.part = part;
  visitor.parts = parts;
  visitor.event = [&](const Event& event) { out.events.push_back(event.id); };
  visitor.actor = [&](EventId id, std::string_view name) { out.actors[id].emplace_back(name); };
  visitor.place = [&](EventId id, std::string_view) { ++out.places[id]; };
  visitor.source_document = [&](EventId id, DocumentId) { ++out.sources[id]; };
  store.visit_timeline(visitor);
}

}  // namespace

TEST_CASE("visit_timeline slices visit each live row once, whatever the number of slices") {
  test::TempDir dir;
  auto store = Store::open(dir / "slices.db");
  std::vector<EventId> ids;
  for (int i = 0; i < 7; ++i) {
    auto event = test::talks();
    event.title += " " + std::to_string(i);
    event.actors = {"Actor " + std::to_string(i), "Wang Yi"};
    event.sources.at(0).quote += " " + std::to_string(i);  // distinct, so a merge keeps both
    ids.push_back(store.insert_event(event));
  }
  store.merge_events(ids[0], ids[6]);  // the last event's source now belongs to the first
  store.delete_event(ids[3]);
  const auto live = store.events();
  REQUIRE(live.size() == 5);

  for (const std::size_t parts : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{9}}) {
    CAPTURE(parts);
    Visited visited;
    for (std::size_t part = 0; part < parts; ++part) visit_slice(store, part, parts, visited);
    std::sort(visited.events.begin(), visited.events.end());
    std::vector<EventId> expected;
    for (const Event& event : live) expected.push_back(event.id);
    std::sort(expected.begin(), expected.end());
    CHECK(visited.events == expected);
    for (const Event& event : live) {
      CHECK(visited.actors[event.id] == event.actors);
      CHECK(visited.places[event.id] == event.places.size());
      CHECK(visited.sources[event.id] == event.sources.size());
    }
    CHECK(visited.actors.count(ids[3]) == 0);
    CHECK(visited.sources.count(ids[6]) == 0);
    CHECK(visited.sources[ids[0]] == 2);
  }

  Store::TimelineVisitor wrong;
  wrong.parts = 2;
  wrong.part = 2;
  CHECK_THROWS_AS(store.visit_timeline(wrong), std::invalid_argument);
}

TEST_CASE("event_ids_by_date orders by start day, end day and id, tombstones included") {
  test::TempDir dir;
  auto store = Store::open(dir / "order.db");
  struct Row {
    DateRange when;
    bool deleted;
  };
  const std::vector<Row> rows = {
      {DateRange::day(test::day(2023, 9, 18)), false},
      {DateRange::month(date::year{2023} / 3), false},
      {DateRange::day(test::day(2023, 3, 1)), true},
      {DateRange::day(test::day(2023, 9, 18)), false},
      {DateRange::year(date::year{1999}), false},
  };
  std::vector<EventId> ids;
  for (const Row& row : rows) {
    auto event = test::talks();
    event.when.range = row.when;
    ids.push_back(store.insert_event(event));
    if (row.deleted) store.delete_event(ids.back());
  }
  // 1999; 2023-03-01 (a day, ends first); March 2023; the two days of September by id.
  CHECK(store.event_ids_by_date() == std::vector<EventId>{ids[4], ids[2], ids[1], ids[0], ids[3]});
}
