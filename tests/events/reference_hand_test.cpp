// The reference article with hand-made temporal expressions: checks event extraction on
// its own (boilerplate, binding, actors, merging, event-relative dating), whatever the
// temporal tagger does.
#include "annals/data_dir.hpp"
#include "annals/events/extractor.hpp"
#include "event_queries.hpp"
#include "hand_timexes.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::test;

namespace {

using date::sys_days;
using date::September;
using date::year;

// The expressions a correct tagger finds in the reference article (published 2023-09-19).
const std::vector<HandTimex> reference_expressions{
    {"earlier this year", 0, "2023", "START"},
    {"next month", 0, "2023-10"},
    {"6 hours ago", 0, "2023-09-19"},
    {"on the 18th", 0, "2023-09-18"},
    {"four days", 0, "P4D", "", TimexType::Duration},
    {"on the 18th", 1, "2023-09-18"},
    {"early this year", 0, "2023", "START"},
    {"last July", 0, "2023-07"},
    {"earlier this month", 0, "2023-09", "START"},
    {"next month", 1, "2023-10"},
    {"last March", 0, "2023-03"},
    {"in December last year", 0, "2022-12"},
    {"on the 18th", 2, "2023-09-18"},
    {"the same day (18th)", 0, "2023-09-18"},
    {"last week", 0, "2023-W37"},
    {"since last year", 0, "2022"},
    {"a year", 0, "P1Y", "", TimexType::Duration},
};

struct Extraction {
  Document document;
  std::vector<Timex> timexes;
  std::vector<Event> events;
};

Extraction extract_reference() {
  Extraction out;
  out.document.text = reference_article();
  out.document.published = sys_days{year{2023} / September / 19};
  out.timexes = make_timexes(out.document.text, reference_expressions);
  out.timexes.push_back(make_relative_timex(out.document.text, "a day before going to Russia", "going to Russia",
                                            EventRelative{1, Granularity::Day, true, 0, 0}));
  sort_by_offset(out.timexes);
  const auto extractor = EventExtractor::load(data_directory());
  out.events = extractor.extract_and_date(out.document, out.timexes);
  return out;
}

struct Expected {
  const char* what;
  std::string type;
  std::vector<std::string> actors;
  std::string value;  // expected TIMEX3 value of the event's date
  std::string mod;
  std::vector<std::string> places;
  std::size_t min_sources;
};

}  // namespace

TEST_CASE("reference article with hand-made dates: the expected events") {
  const auto run = extract_reference();
  const std::vector<Expected> table{
      {"ICC arrest warrant", "warrant", {"International Criminal Court", "Vladimir Putin"}, "2023-03", "", {}, 1},
      {"Kim's visit", "visit", {"Kim Jong-un"}, "2023-W37", "", {"Russia"}, 2},
      {"Malta talks", "meeting", {"Wang Yi", "Jake Sullivan"}, "2023-09-17", "", {"Malta"}, 1},
      {"Lavrov talks", "meeting", {"Wang Yi", "Sergey Lavrov"}, "2023-09-18", "", {}, 2},
      {"Wang Yi's visit", "visit", {"Wang Yi"}, "2023-09-18", "", {"Russia"}, 1},
      {"US report", "report", {"United States"}, "2023-07", "", {}, 1},
      {"Putin's last trip", "visit", {"Vladimir Putin"}, "2022-12", "", {"Belarus", "Kyrgyzstan"}, 1},
      {"peace plan", "proposal", {"China"}, "2023", "START", {}, 2},
      {"Putin looks forward", "statement", {"Vladimir Putin", "Xi Jinping"}, "2023-09", "START", {}, 1},
      {"Belt and Road Forum", "summit", {"Xi Jinping"}, "2023-10", "", {}, 2},
  };
  for (const auto& expected : table) {
    CAPTURE(expected.what);
    const auto& event = the_event(run.events, expected.type, expected.actors);
    CHECK(event.when.value == expected.value);
    CHECK(event.when.mod == expected.mod);
    CHECK(event.when.range == *range_of_timex_value(expected.value, expected.mod));
    for (const auto& place : expected.places) CHECK_MESSAGE(has(event.places, place), place);
    CHECK(event.sources.size() >= expected.min_sources);
    for (const auto& source : event.sources) {
      CHECK(run.document.text.substr(source.begin, source.end - source.begin) == source.expression);
      CHECK(run.document.text.find(source.quote) != std::string::npos);
    }
  }
  CHECK(the_event(run.events, "summit", {}).title == "Belt and Road Forum");
  CHECK(the_event(run.events, "warrant", {}).title == "ICC issues arrest warrant for Vladimir Putin");
  CHECK(the_event(run.events, "meeting", {"Jake Sullivan"}).title == "Wang Yi meets Jake Sullivan in Malta");
  // "Minister Lavrov and Director Wang held a meeting": the story is about Wang Yi.
  CHECK(the_event(run.events, "meeting", {"Sergey Lavrov"}).title == "Wang Yi meets Sergey Lavrov in Russia");
}

TEST_CASE("reference article with hand-made dates: nothing from boilerplate, durations or triggerless dates") {
  const auto run = extract_reference();
  CHECK(run.events.size() == 10);
  for (const auto& event : run.events) {
    CAPTURE(event.title);
    CHECK(starts_within_years(event, 2022, 2023));
    for (const auto& source : event.sources) {
      CHECK(source.expression != "6 hours ago");
      CHECK(source.expression != "four days");
      CHECK(source.expression != "since last year");
      CHECK(source.expression != "a year");
    }
  }
}

TEST_CASE("reference article: the Malta meeting is dated from Wang Yi's visit to Russia") {
  const auto run = extract_reference();
  const auto relative = std::find_if(run.timexes.begin(), run.timexes.end(),
                                     [](const Timex& t) { return t.event_relative.has_value(); });
  REQUIRE(relative != run.timexes.end());
  CHECK(relative->value == "2023-09-17");
  REQUIRE(relative->interval);
  CHECK(relative->interval->granularity == Granularity::Day);
  CHECK(relative->anchor.find("Wang Yi visits Russia") != std::string::npos);
  CHECK(relative->anchor.find("2023-09-18") != std::string::npos);
  const auto& malta = the_event(run.events, "meeting", {"Jake Sullivan"});
  REQUIRE(malta.sources.size() == 1);
  CHECK(malta.sources.front().anchor == relative->anchor);
}
