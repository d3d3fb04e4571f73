// Folding: marks never outnumber what the pixels can show, whatever the number of events,
// every visible event is counted exactly once, and events far apart stay separate.
#include "annals/view/folding.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <set>

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

// `count` events, `per_day` on each consecutive day from day 0.
Timeline crowded_timeline(int count, int per_day) {
  std::vector<Event> events;
  for (int i = 0; i < count; ++i)
    events.push_back(viewtest::event(i + 1, "e", DateRange::day(date::sys_days{date::days{i / per_day}})));
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
  const auto timeline = crowded_timeline(200000, 10);
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

namespace {

// `per_day` events on each of `days` consecutive days, all in one Day track.
Timeline same_day_timeline(int days, int per_day) {
  std::vector<Event> events;
  for (int d = 0; d < days; ++d)
    for (int k = 0; k < per_day; ++k)
      events.push_back(viewtest::event(static_cast<EventId>(d * per_day + k + 1), "d" + std::to_string(d) + "e" + std::to_string(k),
                                       DateRange::day(date::sys_days{date::days{d * 10}})));
  return Timeline::from_events(events);
}

std::vector<Mark> stack_all(const Timeline& timeline, const TimeMapping& mapping, Stacking stacking) {
  const auto lanes = build_lanes(timeline, filtered(timeline, {}), LaneKind::All);
  std::vector<Mark> marks;
  fold_visible(timeline, lanes.at(0).tracks[0], mapping, default_fold_pixels, marks, stacking);
  return marks;
}

}  // namespace

TEST_CASE("same-day events unfold into sub-rows when a day is wide on screen, and fold when it is not") {
  struct Case {
    const char* zoom;
    TimeWindow window;
    int per_day;
    std::size_t marks;       // marks on the first day
    std::size_t singles;     // of them, events shown alone (selectable)
    std::size_t depth;       // sub-rows used
  };
  constexpr float width = 1600;
  const Case cases[] = {
      {"hours: one day fills the strip", {0, 1}, 3, 3, 3, 3},
      {"a week: a day is 228 px", {0, 7}, 5, 5, 5, 5},
      {"hours, more than the sub-rows hold", {0, 1}, 20, 8, 7, 8},
      {"years: a day is under a pixel", {0, 3650}, 5, 1, 0, 1},
      {"a day is 8 px, under the stacking width", {0, 200}, 4, 1, 0, 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.zoom);
    const auto timeline = same_day_timeline(3, c.per_day);
    const TimeMapping mapping(c.window, 0, width);
    const auto marks = stack_all(timeline, mapping, default_stacking);
    std::vector<Mark> first_day;
    for (const Mark& mark : marks)
      if (mark.first < 1) first_day.push_back(mark);
    CHECK(first_day.size() == c.marks);
    CHECK(static_cast<std::size_t>(std::count_if(first_day.begin(), first_day.end(),
                                                 [](const Mark& m) { return !m.folded(); })) == c.singles);
    CHECK(stack_depth(marks) == c.depth);
    CHECK(total(first_day) == static_cast<std::uint64_t>(c.per_day));  // every event counted once
    // Each sub-row holds one mark per day: stacked marks never share a sub-row.
    for (std::size_t k = 0; k < first_day.size(); ++k) CHECK(first_day[k].stack == (c.depth == 1 ? 0 : k));
  }
}

TEST_CASE("unfolded events of one day are distinct, each shown once, and selectable by index") {
  const auto timeline = same_day_timeline(1, 6);
  const auto marks = stack_all(timeline, TimeMapping({0, 1}, 0, 1600), default_stacking);
  REQUIRE(marks.size() == 6);
  std::set<EventId> ids;
  for (const Mark& mark : marks) ids.insert(timeline.at(mark.event).id);
  CHECK(ids.size() == 6);
  // Without stacking (the collapsed summary row) the same run folds into one mark.
  const auto folded = stack_all(timeline, TimeMapping({0, 1}, 0, 1600), Stacking{});
  REQUIRE(folded.size() == 1);
  CHECK(folded[0].count == 6);
}

TEST_CASE("stacking keeps the marks of a dense zoomed-out track bounded by the pixels") {
  const auto timeline = crowded_timeline(100000, 50);  // 2,000 days, 50 events each
  constexpr float width = 1000;
  for (const TimeWindow window : {TimeWindow{0, 2000}, TimeWindow{0, 60}, TimeWindow{0, 2}}) {
    const auto marks = stack_all(timeline, TimeMapping(window, 0, width), default_stacking);
    CHECK(marks.size() <= static_cast<std::size_t>(width / default_fold_pixels + 1) * default_stacking.max_rows);
  }
}
