// Quote search against a real SQLite file: the viewer does not hold quotes in memory, so
// Store::events_quoting finds the events and the filter keeps them; deleted events and
// other events' quotes never match, and case does not matter.
#include "annals/view/filter.hpp"
#include "annals/view/store_loader.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace annals;
using namespace annals::view;

namespace {

Event quoting(std::string title, DateRange when, std::vector<std::string> quotes) {
  Event event = viewtest::event(0, std::move(title), when);
  for (auto& quote : quotes) {
    Source source;
    source.quote = std::move(quote);
    event.sources.push_back(source);
  }
  return event;
}

}  // namespace

TEST_CASE("quotes are searched in the store, not held by the timeline") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "quotes.db");
  const EventId warrant = store.insert_event(
      quoting("ICC issues arrest warrant", DateRange::month(date::year{2023} / 3),
              {"The court issued a warrant for Putin last March.", "A second report."}));
  const EventId talks = store.insert_event(quoting("Wang Yi meets Lavrov", DateRange::day(viewtest::day(2023, 9, 18)),
                                                   {"Wang arrived in Moscow on Monday."}));
  const EventId gone = store.insert_event(quoting("Deleted visit", DateRange::day(viewtest::day(2023, 9, 1)),
                                                  {"He arrived last March too."}));
  store.delete_event(gone);

  struct Case {
    const char* text;
    std::vector<EventId> expected;
  };
  const Case cases[] = {
      {"last March", {warrant}},
      {"LAST MARCH", {warrant}},
      {"arrived", {talks}},
      {"second report", {warrant}},
      {"Beijing", {}},
  };
  const Timeline timeline = load_timeline(store);
  CHECK(timeline.events().size() == 2);
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(store.events_quoting(c.text) == c.expected);
    Filter filter;
    filter.text = c.text;
    filter.quoted = store.events_quoting(c.text);
    std::vector<EventId> shown;
    for (EventIndex index : filtered(timeline, filter)) shown.push_back(timeline.at(index).id);
    std::sort(shown.begin(), shown.end());
    CHECK(shown == c.expected);
  }
}
