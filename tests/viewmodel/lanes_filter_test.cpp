// Lanes and filters: an event with two actors is in both actors' lanes, events without
// one go to "(none)", tracks are sorted by start; search matches title, actor, place and
// quote regardless of case; filters by type, precision and date window.
#include "annals/view/lanes.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace annals;
using namespace annals::view;

namespace {

Filter search(std::string text) {
  Filter filter;
  filter.text = std::move(text);
  return filter;
}

Timeline sample() {
  auto talks = viewtest::event(1, "Wang Yi meets Lavrov", DateRange::day(viewtest::day(2023, 9, 18)),
                               {"Wang Yi", "Sergey Lavrov"});
  talks.places = {"Moscow"};
  Source source;
  source.quote = "Wang arrived in Moscow on Monday for talks.";
  talks.sources.push_back(source);
  auto warrant = viewtest::event(2, "ICC issues arrest warrant", DateRange::month(date::year{2023} / 3),
                                 {"Vladimir Putin"}, "warrant");
  auto forum = viewtest::event(3, "Belt and Road Forum", DateRange::month(date::year{2023} / 10), {}, "summit");
  auto visit = viewtest::event(4, "Wang Yi visits Malta", DateRange::day(viewtest::day(2023, 9, 16)), {"Wang Yi"});
  return Timeline::from_events({talks, warrant, forum, visit});
}

const Lane* lane_named(const std::vector<Lane>& lanes, const std::string& name) {
  const auto found = std::find_if(lanes.begin(), lanes.end(), [&](const Lane& l) { return l.name == name; });
  return found == lanes.end() ? nullptr : &*found;
}

std::vector<EventId> ids(const Timeline& timeline, const std::vector<EventIndex>& indices) {
  std::vector<EventId> out;
  for (EventIndex index : indices) out.push_back(timeline.at(index).id);
  return out;
}

}  // namespace

TEST_CASE("an event with two actors appears in both actors' lanes") {
  const auto timeline = sample();
  const auto lanes = build_lanes(timeline, filtered(timeline, {}), LaneKind::Actor);
  const Lane* wang = lane_named(lanes, "Wang Yi");
  const Lane* lavrov = lane_named(lanes, "Sergey Lavrov");
  REQUIRE(wang);
  REQUIRE(lavrov);
  CHECK(wang->count == 2);
  CHECK(lavrov->count == 1);
  CHECK(lanes.front().name == "Wang Yi");  // the biggest lane first
  REQUIRE(lane_named(lanes, "(none)"));
  CHECK(lane_named(lanes, "(none)")->count == 1);
  // The day track of Wang Yi is sorted by start: the 16th before the 18th.
  const Track& days = wang->tracks[static_cast<std::size_t>(Granularity::Day)];
  REQUIRE(days.items.size() == 2);
  CHECK(timeline.at(days.items[0]).id == 4);
  CHECK(days.starts[0] < days.starts[1]);
  CHECK(wang->rows() == std::vector<Granularity>{Granularity::Day});
}

TEST_CASE("lanes by type and by place") {
  const auto timeline = sample();
  const auto by_type = build_lanes(timeline, filtered(timeline, {}), LaneKind::Type);
  CHECK(by_type.size() == 3);
  CHECK(lane_named(by_type, "meeting")->count == 2);
  const auto by_place = build_lanes(timeline, filtered(timeline, {}), LaneKind::Place);
  CHECK(lane_named(by_place, "Moscow")->count == 1);
  CHECK(lane_named(by_place, "(none)")->count == 3);
}

TEST_CASE("search and filters") {
  const auto timeline = sample();
  struct Case {
    const char* what;
    Filter filter;
    std::vector<EventId> expected;
  };
  Filter march;
  march.window = TimeWindow{to_coord(viewtest::day(2023, 3, 20)), to_coord(viewtest::day(2023, 3, 21))};
  Filter warrants;
  warrants.types = {*timeline.names().find("warrant")};
  Filter days;
  days.precisions = {Granularity::Day};
  Filter putin;
  putin.actors = {*timeline.names().find("Vladimir Putin")};
  // Quotes are searched by the store (see quote_search_test.cpp), which names the events.
  Filter quote = search("arrived in");
  quote.quoted = {1};
  const Case cases[] = {
      {"empty", {}, {1, 2, 3, 4}},
      {"title, any case", search("belt AND road"), {3}},
      {"actor", search("lavrov"), {1}},
      {"place", search("moscow"), {1}},
      {"quote, found by the store", quote, {1}},
      {"quote not asked of the store", search("arrived in"), {}},
      {"nothing", search("Kim Jong-un"), {}},
      {"date window", march, {2}},
      {"type", warrants, {2}},
      {"precision", days, {1, 4}},
      {"actor filter", putin, {2}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    auto got = ids(timeline, filtered(timeline, c.filter));
    std::sort(got.begin(), got.end());
    CHECK(got == c.expected);
  }
}

TEST_CASE("TIMEX mods become bounds") {
  CHECK(bound_of_mod("") == Bound::Exact);
  CHECK(bound_of_mod("APPROX") == Bound::About);
  CHECK(bound_of_mod("BEFORE") == Bound::Before);
  CHECK(bound_of_mod("ON_OR_AFTER") == Bound::After);
}

TEST_CASE("timeline records: upsert replaces, remove keeps indices dense") {
  auto timeline = sample();
  auto renamed = viewtest::event(2, "ICC warrant for Putin", DateRange::month(date::year{2023} / 3));
  timeline.upsert(renamed);
  CHECK(timeline.at(*timeline.index_of(2)).title == "ICC warrant for Putin");
  timeline.remove(1);
  CHECK_FALSE(timeline.index_of(1));
  CHECK(timeline.events().size() == 3);
  for (EventId id : {2, 3, 4}) CHECK(timeline.at(*timeline.index_of(id)).id == id);
}

TEST_CASE("the document filter keeps the events one of the chosen documents reports") {
  auto from_first = viewtest::event(1, "talks", DateRange::day(viewtest::day(2023, 9, 18)));
  from_first.sources.push_back(Source{7, "q1", "", 0, 0, "", ""});
  auto from_both = viewtest::event(2, "warrant", DateRange::month(date::year{2023} / 3));
  from_both.sources.push_back(Source{7, "q2", "", 0, 0, "", ""});
  from_both.sources.push_back(Source{9, "q3", "", 0, 0, "", ""});
  auto unsourced = viewtest::event(3, "added by hand", DateRange::day(viewtest::day(2023, 9, 19)));
  const auto timeline = Timeline::from_events({from_first, from_both, unsourced});
  const struct {
    std::set<DocumentId> documents;
    std::vector<EventId> expected;
  } cases[] = {{{}, {1, 2, 3}}, {{7}, {1, 2}}, {{9}, {2}}, {{8}, {}}};
  for (const auto& c : cases) {
    Filter filter;
    filter.documents = c.documents;
    std::vector<EventId> ids;
    for (const EventIndex index : filtered(timeline, filter)) ids.push_back(timeline.at(index).id);
    CHECK(ids == c.expected);
  }
}
