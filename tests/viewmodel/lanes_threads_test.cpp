// Lanes built on several threads (the loader builds the first lanes so) are the same as
// lanes built on one: same lanes in the same order, same tracks, counts and item order,
// for every grouping; and the timeline's sorted prefix, which lets the table skip its
// date-order check, shrinks when an edit or removal may have disordered records.
#include "annals/view/lanes.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace annals;
using namespace annals::view;

namespace {

// Events spread over days and precisions, with zero, one or two actors and a few types:
// enough that lanes first met in the second half, and lanes in both halves, occur.
Timeline spread(int count) {
  const std::vector<std::string> actors{"Wang Yi", "Sergey Lavrov", "Antony Blinken", "Olaf Scholz"};
  std::vector<Event> events;
  for (int i = 0; i < count; ++i) {
    const auto first = viewtest::day(2020, 1, 1) + date::days{i * 7 % 400};
    const DateRange range = i % 5 == 0 ? DateRange::month(date::year_month_day{first}.year() /
                                                          date::year_month_day{first}.month())
                                       : DateRange::day(first);
    std::vector<std::string> names;
    if (i % 3 != 0) names.push_back(actors[static_cast<std::size_t>(i) % actors.size()]);
    if (i % 4 == 1) names.push_back(actors[static_cast<std::size_t>(i + 1) % actors.size()]);
    if (i > count / 2 && i % 7 == 0) names.push_back("Late Arrival");  // a lane met only in the second half
    events.push_back(viewtest::event(i + 1, "event " + std::to_string(i), range, names,
                                     i % 2 ? "meeting" : "statement"));
  }
  Timeline timeline = Timeline::from_events(events);
  timeline.sort_by_date();
  return timeline;
}

void check_same(const std::vector<Lane>& one, const std::vector<Lane>& many) {
  REQUIRE(one.size() == many.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CAPTURE(one[i].name);
    CHECK(one[i].name == many[i].name);
    CHECK(one[i].count == many[i].count);
    CHECK(one[i].summary.items == many[i].summary.items);
    CHECK(one[i].summary.starts == many[i].summary.starts);
    for (std::size_t t = 0; t < granularity_count; ++t) {
      CHECK(one[i].tracks[t].items == many[i].tracks[t].items);
      CHECK(one[i].tracks[t].max_length == many[i].tracks[t].max_length);
    }
  }
}

}  // namespace

TEST_CASE("lanes built on several threads equal lanes built on one") {
  const Timeline timeline = spread(301);
  const auto visible = filtered(timeline, {});
  const struct {
    LaneKind kind;
    std::size_t threads;
  } cases[] = {{LaneKind::All, 2}, {LaneKind::Actor, 2}, {LaneKind::Actor, 3}, {LaneKind::Type, 2},
               {LaneKind::Place, 2}, {LaneKind::Actor, 1}, {LaneKind::Actor, 1000}};
  for (const auto& c : cases) {
    CAPTURE(to_string(c.kind));
    CAPTURE(c.threads);
    const auto one = build_lanes(timeline, visible, c.kind);
    const auto many = build_lanes(timeline, visible, c.kind, c.threads);
    check_same(one, many);
    if (c.kind == LaneKind::Actor) CHECK(std::any_of(many.begin(), many.end(), [](const Lane& lane) {
      return lane.name == "Late Arrival" && lane.count > 0;
    }));
  }
  // No events: no lanes, whatever the threads.
  CHECK(build_lanes(timeline, {}, LaneKind::Actor, 2).empty());
}

TEST_CASE("the sorted prefix covers a sorted timeline and shrinks at edits in place") {
  Timeline timeline = spread(20);
  CHECK(timeline.sorted_prefix() == timeline.events().size());
  const EventIndex appended = timeline.add(viewtest::event(100, "early", DateRange::day(viewtest::day(2000, 1, 1))));
  CHECK(timeline.sorted_prefix() == appended);  // the appended record is out of order
  auto moved = viewtest::event(timeline.at(5).id, "moved", DateRange::day(viewtest::day(1999, 1, 1)));
  timeline.upsert(moved);
  CHECK(timeline.sorted_prefix() == 5);
  timeline.remove(timeline.at(2).id);
  CHECK(timeline.sorted_prefix() == 2);
  timeline.sort_by_date();
  CHECK(timeline.sorted_prefix() == timeline.events().size());
  CHECK(Timeline::from_events({}).sorted_prefix() == 0);
}
