// Folding: marks never outnumber what the pixels can show, whatever the number of events,
// every visible event is counted exactly once, and events far apart stay separate.
#include "annals/view/folding.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <numeric>

using namespace annals;
using namespace annals::view;

namespace {

Timeline days_timeline(int count, int spacing_days, int start_day = 0) {
  std::vector<Event> events;
  for (int i = 0; i < count; ++i)
    events.push_back(viewtest::event(i + 1, "e" + std::to_string(i),
                                     DateRange::day(date::sys_days{date::days{start_day + i * spacing_days}})));
  return Timeline::from_events(events);
}

std::vector<Mark> fold_all(const Timeline& timeline, const TimeMapping& mapping) {
  const auto lanes = build_lanes(timeline, filtered(timeline, {}), LaneKind::All);
  std::vector<Mark> marks;
  fold_visible(timeline, lanes.at(0).tracks[0], mapping, default_fold_pixels, marks);
  return marks;
}

std::uint64_t total(const std::vector<Mark>& marks) {
  return std::accumulate(marks.begin(), marks.end(), std::uint64_t{0},
                         [](std::uint64_t sum, const Mark& mark) { return sum + mark.count; });
}

}  // namespace

TEST_CASE("a dense track folds into at most one mark per few pixels") {
  // 200,000 events, ten per day: far more than 1000 pixels can show.
  std::vector<Event> events;
  for (int i = 0; i < 200000; ++i)
    events.push_back(viewtest::event(i + 1, "e", DateRange::day(date::sys_days{date::days{i / 10}})));
  const auto timeline = Timeline::from_events(events);
  constexpr float width = 1000;
  const TimeMapping mapping({0, 20000}, 0, width);
  const auto marks = fold_all(timeline, mapping);
  CHECK(marks.size() <= static_cast<std::size_t>(width / default_fold_pixels) + 1);
  CHECK(total(marks) == 200000);
  CHECK(marks.front().folded());
}

TEST_CASE("events far apart on screen are not folded") {
  const auto timeline = days_timeline(10, 30);  // one a month
  const TimeMapping mapping({0, 300}, 0, 1000);  // a month is 100 px
  const auto marks = fold_all(timeline, mapping);
  REQUIRE(marks.size() == 10);
  for (const Mark& mark : marks) CHECK_FALSE(mark.folded());
}

TEST_CASE("only the visible slice is walked, including items reaching in from the left") {
  std::vector<Event> events{
      viewtest::event(1, "long", DateRange::year(date::year{1970})),         // reaches into the window
      viewtest::event(2, "before", DateRange::month(date::year{1969} / 1)),  // ends before it
      viewtest::event(3, "after", DateRange::month(date::year{1972} / 1)),   // starts after it
  };
  const auto timeline = Timeline::from_events(events);
  const auto lanes = build_lanes(timeline, filtered(timeline, {}), LaneKind::All);
  const TimeMapping mapping({100, 200}, 0, 1000);
  std::vector<Mark> marks;
  for (const Track& track : lanes.at(0).tracks) fold_visible(timeline, track, mapping, default_fold_pixels, marks);
  REQUIRE(marks.size() == 1);
  CHECK(timeline.at(marks[0].event).title == "long");
}

TEST_CASE("zooming in splits a folded mark into its events") {
  const auto timeline = days_timeline(5, 1);
  const auto far = fold_all(timeline, TimeMapping({0, 10000}, 0, 1000));
  REQUIRE(far.size() == 1);
  CHECK(far[0].count == 5);
  const auto near = fold_all(timeline, TimeMapping({0, 10}, 0, 1000));
  CHECK(near.size() == 5);
}
