// The report layout: marks drawn with their true precision (a month bar spans exactly the
// month), lanes, and labels that never overlap each other or other marks, the most
// important kept when room runs out.
#include "picture_events.hpp"

#include "annals/formats/picture/report_layout.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace annals;
using namespace annals::formats::picture;
using annals::picture_test::day;
using annals::picture_test::event;

namespace {

const AverageWidthMeasure measure;

ReportOptions options_for(date::sys_days from, date::sys_days to, int width = 1600, int height = 900) {
  ReportOptions options;
  options.width = width;
  options.height = height;
  options.title = "Test timeline";
  options.subtitle = "all events";
  options.from = from;
  options.to = to;
  return options;
}

const PlacedMark& mark_of(const ReportLayout& layout, std::size_t event) {
  const auto found = std::find_if(layout.marks.begin(), layout.marks.end(),
                                  [&](const PlacedMark& m) { return m.event == event; });
  REQUIRE(found != layout.marks.end());
  return *found;
}

bool labelled(const ReportLayout& layout, std::size_t event) {
  return std::any_of(layout.labels.begin(), layout.labels.end(), [&](const PlacedLabel& l) { return l.event == event; });
}

// Sixty events over a year in three types, with long titles: more than fits.
std::vector<Event> crowded_year() {
  std::vector<Event> events;
  for (int i = 0; i < 60; ++i) {
    const auto when = day("2023-01-05") + date::days{i * 6};
    const char* type = i % 3 == 0 ? "visit" : i % 3 == 1 ? "meeting" : "statement";
    events.push_back(event("Event number " + std::to_string(i) + " with a fairly long descriptive title", type,
                           i % 4 == 0 ? DateRange::month(date::year_month_day{when}.year() / date::year_month_day{when}.month())
                                      : DateRange::day(when),
                           "", "", static_cast<std::size_t>(1 + i % 3)));
  }
  return events;
}

}  // namespace

TEST_CASE("a month event is a bar over exactly that month; a day is a diamond on its day") {
  const std::vector<Event> events{
      event("ICC issues arrest warrant", "warrant", DateRange::month(date::year{2023} / date::March), "2023-03"),
      event("Wang Yi visits Moscow", "visit", DateRange::day(day("2023-09-18")), "2023-09-18"),
  };
  const auto layout = layout_report(events, {}, options_for(day("2023-01-01"), day("2023-12-31")), measure);
  const auto& month = mark_of(layout, 0);
  CHECK(month.style.shape == MarkShape::Bar);
  CHECK(month.geometry.body.x0 == doctest::Approx(layout.scale.x(day("2023-03-01"))));
  CHECK(month.geometry.body.x1 == doctest::Approx(layout.scale.x(day("2023-04-01"))));
  const auto& visit = mark_of(layout, 1);
  CHECK(visit.style.shape == MarkShape::Diamond);
  const float centre = (visit.geometry.body.x0 + visit.geometry.body.x1) / 2;
  CHECK(centre > layout.scale.x(day("2023-09-18")));
  CHECK(centre < layout.scale.x(day("2023-09-19")));
  CHECK(layout.lanes.size() == 2);
  CHECK(labelled(layout, 0));
  CHECK(labelled(layout, 1));
}

TEST_CASE("precision and bounds choose the mark") {
  const auto year = DateRange::year(date::year{2023});
  struct Case {
    const char* what;
    DateRange range;
    const char* mod;
    MarkStyle style;
  };
  const Case cases[] = {
      {"a day", DateRange::day(day("2023-05-02")), "", {MarkShape::Diamond, Fade::None, Bound::Exact}},
      {"a week", DateRange::iso_week(day("2023-05-02")), "", {MarkShape::Bar, Fade::None, Bound::Exact}},
      {"early 2023", year.narrowed_to(Portion::Early), "START", {MarkShape::Bar, Fade::TowardEnd, Bound::Exact}},
      {"late 2023", year.narrowed_to(Portion::Late), "END", {MarkShape::Bar, Fade::TowardStart, Bound::Exact}},
      {"mid-2023", year.narrowed_to(Portion::Mid), "MID", {MarkShape::Bar, Fade::BothEnds, Bound::Exact}},
      {"about March", DateRange::month(date::year{2023} / date::March), "APPROX",
       {MarkShape::Bar, Fade::BothEnds, Bound::Approximate}},
      {"before 5 May", DateRange::day(day("2023-05-05")), "BEFORE", {MarkShape::Diamond, Fade::None, Bound::Before}},
      {"after 2023", year, "AFTER", {MarkShape::Bar, Fade::None, Bound::After}},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.what));
    const When when{"", c.mod, c.range};
    CHECK(mark_style(when) == c.style);
    const TimeScale scale({day("2022-01-01"), day("2025-01-01")}, 0, 1000);
    const auto geometry = mark_geometry(c.range, c.style, scale, 50, MarkMetrics{});
    CHECK(geometry.extent.x0 <= geometry.body.x0);
    CHECK(geometry.extent.x1 >= geometry.body.x1);
    CHECK((c.style.bound == Bound::Before) == (geometry.extent.x0 < geometry.body.x0 - 12));
    CHECK((c.style.bound == Bound::After) == (geometry.extent.x1 > geometry.body.x1));
  }
}

TEST_CASE("labels never overlap each other or other events' marks, and stay in the picture") {
  const auto events = crowded_year();
  for (const auto& [width, height] : {std::pair{1600, 900}, std::pair{800, 400}, std::pair{400, 300}}) {
    CAPTURE(width);
    const auto layout = layout_report(events, {}, options_for(day("2023-01-01"), day("2023-12-31"), width, height), measure);
    CHECK(layout.marks.size() == events.size());
    CHECK(layout.labels.size() + layout.unlabelled == layout.marks.size());
    for (std::size_t i = 0; i < layout.labels.size(); ++i) {
      const auto& label = layout.labels[i].box;
      CHECK(label.x0 >= layout.plot.x0);
      CHECK(label.x1 <= layout.plot.x1);
      for (std::size_t j = i + 1; j < layout.labels.size(); ++j) CHECK_FALSE(label.overlaps(layout.labels[j].box));
      for (const auto& mark : layout.marks)
        if (mark.event != layout.labels[i].event)
          CHECK_FALSE(label.overlaps(mark.geometry.extent));
    }
  }
  // In the smallest picture not everything fits: labels are dropped, not piled up.
  const auto small = layout_report(events, {}, options_for(day("2023-01-01"), day("2023-12-31"), 400, 300), measure);
  CHECK(small.unlabelled > 0);
}

TEST_CASE("when labels compete, more sources and finer precision win") {
  std::vector<Event> events;
  for (int i = 0; i < 8; ++i)
    events.push_back(event("Minor report " + std::to_string(i), "statement", DateRange::month(date::year{2023} / date::June)));
  events.push_back(event("Corroborated summit", "statement", DateRange::month(date::year{2023} / date::June), "", "", 3));
  events.push_back(event("Dated to the day", "statement", DateRange::day(day("2023-06-14"))));
  const auto layout = layout_report(events, {}, options_for(day("2023-05-20"), day("2023-07-10"), 400, 300), measure);
  REQUIRE(layout.unlabelled > 0);
  CHECK(labelled(layout, 8));
  CHECK(labelled(layout, 9));
  const auto order = by_importance(events);
  CHECK(order[0] == 8);
  CHECK(order[1] == 9);
}

TEST_CASE("lanes by type, actor, place or document") {
  auto talks = event("Talks", "meeting", DateRange::day(day("2023-09-18")));
  talks.actors = {"Wang Yi", "Sergey Lavrov"};
  talks.places = {"Moscow"};
  auto visit = event("Visit", "visit", DateRange::day(day("2023-09-18")));
  visit.actors = {"Wang Yi"};
  const std::vector<Event> events{talks, visit};
  CHECK(assign_lanes(events, LaneKey::Type, {}).size() == 2);
  const auto by_actor = assign_lanes(events, LaneKey::Actor, {});
  REQUIRE(by_actor.size() == 2);
  CHECK(by_actor[0].name == "Wang Yi");  // the busiest lane first
  CHECK(by_actor[0].events.size() == 2);
  auto third = event("Statement", "statement", DateRange::day(day("2023-09-19")));
  const auto by_place = assign_lanes({talks, visit, third}, LaneKey::Place, {});
  REQUIRE(by_place.size() == 2);
  CHECK(by_place.back().name == "no place");  // last, though it holds more events
  CHECK(by_place.back().events.size() == 2);
  const auto by_document = assign_lanes(events, LaneKey::Document, {{1, "Reuters, 19 Sep"}});
  REQUIRE(by_document.size() == 1);
  CHECK(by_document[0].name == "Reuters, 19 Sep");
  CHECK(parse_lane_key("actor") == LaneKey::Actor);
  CHECK_FALSE(parse_lane_key("colour").has_value());
}

TEST_CASE("too many lanes: the smallest are merged into one") {
  std::vector<Lane> lanes;
  for (std::size_t i = 0; i < 6; ++i) lanes.push_back({"lane " + std::to_string(i), {i, i + 10}});
  merge_small_lanes(lanes, 3);
  REQUIRE(lanes.size() == 3);
  CHECK(lanes[2].name == "other (4 lanes)");
  CHECK(lanes[2].events.size() == 8);
}

TEST_CASE("text that does not fit is shortened at a character boundary") {
  CHECK(fit_text(measure, "short", 10, 100) == "short");
  const auto cut = fit_text(measure, "Łódź café überall", 10, 60);
  CHECK(cut.size() < std::string("Łódź café überall").size());
  CHECK(cut.ends_with("\u2026"));
  CHECK(measure.width(cut, 10) <= 60);
  CHECK(decode_utf8(cut).back() == U'\u2026');
  CHECK(fit_text(measure, "anything", 10, 1).empty());
}

TEST_CASE("past a lane's share of marks, the least important events fold into a density strip") {
  std::vector<Event> events;
  for (int i = 0; i < 9000; ++i)
    events.push_back(event("Event " + std::to_string(i), "report", DateRange::day(day("2020-01-01") + date::days{i % 500}),
                           "", "", i == 8999 ? 5 : 1));
  events.push_back(event("Summer", "report", DateRange::month(date::year{2022} / date::July)));
  const auto layout = layout_report(events, {}, options_for(day("2020-01-01"), day("2022-12-31")), measure);
  CHECK(layout.marks.size() <= 4000);
  CHECK(layout.marks.size() + layout.folded == events.size());
  REQUIRE(layout.density.size() == 1);
  const auto& strip = layout.density[0];
  CHECK(strip.events == layout.folded);
  CHECK(std::any_of(layout.marks.begin(), layout.marks.end(), [](const PlacedMark& m) { return m.event == 8999; }));
  CHECK(std::none_of(layout.marks.begin(), layout.marks.end(), [](const PlacedMark& m) { return m.event == 9000; }));
  // Every folded day event covers at least one bin; the coarser July 2022 is folded too,
  // November 2022 holds no event at all.
  std::uint64_t covered = 0;
  for (const auto count : strip.counts) covered += count;
  CHECK(covered >= layout.folded);
  const auto bin_at = [&](const char* iso) {
    return strip.counts.at(static_cast<std::size_t>((layout.scale.x(day(iso)) - strip.box.x0) / strip.bin_width));
  };
  CHECK(bin_at("2022-11-15") == 0);
  CHECK(bin_at("2022-07-15") == 1);
  // Equally important events keep marks across the whole span, not just the earliest days.
  const auto latest_mark = std::max_element(layout.marks.begin(), layout.marks.end(), [&](const auto& a, const auto& b) {
    return events[a.event].when.range.first < events[b.event].when.range.first;
  });
  CHECK(events[latest_mark->event].when.range.first > day("2021-04-01"));
  for (const auto& label : layout.labels) CHECK_FALSE(label.box.overlaps(strip.box));
}

TEST_CASE("a bar cut by the window says so instead of drawing an edge there") {
  const std::vector<Event> events{
      event("Kim Jong-un visits Russia", "visit", DateRange::iso_week(day("2023-09-13")), "2023-W37"),
      event("Wang Yi visits Russia", "visit", DateRange::day(day("2023-09-18")), "2023-09-18"),
  };
  const auto layout = layout_report(events, {}, options_for(day("2023-09-14"), day("2023-09-20")), measure);
  const auto& week = mark_of(layout, 0);
  CHECK(week.geometry.cut_at_start);
  CHECK_FALSE(week.geometry.cut_at_end);
  CHECK(week.geometry.body.x0 == doctest::Approx(layout.plot.x0));
  CHECK(week.geometry.body.x1 == doctest::Approx(layout.scale.x(day("2023-09-18"))));
  CHECK_FALSE(mark_of(layout, 1).geometry.cut_at_start);
}
