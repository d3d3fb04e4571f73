// End to end on the reference article: the real temporal tagger, then event extraction.
// The expectations are issue 2's list of the article's dated happenings.
#include "annals/data_dir.hpp"
#include "annals/events/extractor.hpp"
#include "annals/temporal/tagger.hpp"
#include "event_queries.hpp"
#include "hand_timexes.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::test;

namespace {

using date::September;
using date::sys_days;
using date::year;

struct TaggedRun {
  Document document;
  std::vector<Timex> timexes;
  std::vector<Event> events;
};

const TaggedRun& tagged_reference() {
  static const TaggedRun run = [] {
    TaggedRun out;
    out.document.text = reference_article();
    out.document.published = sys_days{year{2023} / September / 19};
    const auto tagger = TemporalTagger::load(data_directory());
    out.timexes = tagger.tag(out.document.text, TaggingContext{out.document.published});
    out.events = EventExtractor::load(data_directory()).extract_and_date(out.document, out.timexes);
    return out;
  }();
  return run;
}

sys_days day(int month, int d) {
  return sys_days{year{2023} / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(d)}};
}

}  // namespace

TEST_CASE("reference article, real tagger: dated happenings") {
  const auto& run = tagged_reference();
  INFO("events:" << describe(run.events));

  const auto& warrant = the_event(run.events, "warrant", {"International Criminal Court", "Vladimir Putin"});
  CHECK(warrant.when.value == "2023-03");
  CHECK(warrant.when.range.granularity == Granularity::Month);

  const auto& kim = the_event(run.events, "visit", {"Kim Jong-un"});
  CHECK(has(kim.places, "Russia"));
  CHECK(kim.when.range.first >= day(9, 1));
  CHECK(kim.when.range.last <= day(9, 30));
  CHECK(kim.when.range.first <= day(9, 11));
  CHECK(kim.when.range.last >= day(9, 17));
  CHECK(kim.sources.size() >= 2);

  const auto& malta = the_event(run.events, "meeting", {"Wang Yi", "Jake Sullivan"});
  CHECK(malta.when.value == "2023-09-17");
  CHECK(malta.when.range == DateRange::day(day(9, 17)));
  CHECK(has(malta.places, "Malta"));
  REQUIRE(malta.sources.size() == 1);
  CHECK(malta.sources.front().anchor.find("2023-09-18") != std::string::npos);

  const auto& forum = the_event(run.events, "summit", {});
  CHECK(forum.title == "Belt and Road Forum");
  CHECK(forum.when.value == "2023-10");

  const auto& lavrov = the_event(run.events, "meeting", {"Wang Yi", "Sergey Lavrov"});
  CHECK(lavrov.when.range == DateRange::day(day(9, 18)));
  CHECK(lavrov.sources.size() >= 2);

  CHECK(the_event(run.events, "report", {"United States"}).when.value == "2023-07");

  const auto& trip = the_event(run.events, "visit", {"Vladimir Putin"});
  CHECK(trip.when.value == "2022-12");
  CHECK(has(trip.places, "Belarus"));
  CHECK(has(trip.places, "Kyrgyzstan"));

  const auto& plan = the_event(run.events, "proposal", {"China"});
  CHECK(plan.when.value == "2023");
  CHECK(plan.when.mod == "START");

  const auto& looks_forward = the_event(run.events, "statement", {"Vladimir Putin", "Xi Jinping"});
  CHECK(looks_forward.when.value == "2023-09");
  CHECK(looks_forward.when.range.first >= day(9, 1));
  CHECK(looks_forward.when.range.last < day(9, 19));
}

TEST_CASE("reference article, real tagger: no event from boilerplate, none in the wrong year") {
  const auto& run = tagged_reference();
  INFO("events:" << describe(run.events));
  const auto& text = run.document.text;
  const auto furniture_start = text.find("\n#Chinese #diplomatic");
  REQUIRE(furniture_start != std::string::npos);
  for (const auto& event : run.events) {
    CAPTURE(event.title);
    CHECK(starts_within_years(event, 2022, 2023));
    for (const auto& source : event.sources) {
      CHECK(source.expression != "6 hours ago");
      CHECK(source.begin < furniture_start);
      CHECK(text.substr(source.begin, source.end - source.begin) == source.expression);
    }
  }
}
