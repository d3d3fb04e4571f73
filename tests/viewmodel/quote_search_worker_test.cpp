// The quote search on its worker thread, against a real SQLite file: the newest text
// wins. A scan still running when a newer text is asked is discarded even if it finishes
// (a scan that ignores interrupts stands in for a slow one), a real store scan is
// interrupted and never shows, and an empty text answers at once with nothing.
#include "annals/view/quote_search.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <future>

using namespace annals;
using namespace annals::view;

namespace {

struct QuotedStore {
  viewtest::TempDir dir;
  std::filesystem::path path = dir / "quotes.db";
  EventId warrant = 0;
  EventId talks = 0;
  QuotedStore() {
    Store store = Store::open(path);
    Event event = viewtest::event(0, "ICC issues arrest warrant", DateRange::month(date::year{2023} / 3));
    event.sources.push_back(Source{0, "The court issued a warrant last March.", "last March", 0, 10, "r", "a"});
    warrant = store.insert_event(event);
    event.title = "Wang Yi meets Lavrov";
    event.sources = {Source{0, "Wang arrived in Moscow on Monday.", "on Monday", 0, 9, "r", "a"}};
    talks = store.insert_event(event);
  }
};

QuoteSearch::Answer wait_for(QuoteSearch& search) {
  search.wait();
  auto answer = search.take();
  REQUIRE(answer);
  return *answer;
}

}  // namespace

TEST_CASE("a stale scan that finishes after a newer text was asked is thrown away") {
  QuotedStore db;
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> scans{0};
  std::promise<void> first_started;
  QuoteSearch search(db.path, [&](const Store& store, const std::string& text) {
    if (scans.fetch_add(1) == 0) {
      first_started.set_value();
      released.wait();  // the old scan is slow and does not notice the newer text
    }
    return store.events_quoting(text);
  });
  search.ask("last march");
  first_started.get_future().wait();
  CHECK(search.searching());
  CHECK_FALSE(search.take());
  search.ask("monday");
  release.set_value();
  const auto answer = wait_for(search);
  CHECK(answer.text == "monday");
  CHECK(answer.events == std::vector<EventId>{db.talks});
  CHECK_FALSE(search.searching());
  CHECK_FALSE(search.take());  // taken once; the stale "last march" answer never appears
  CHECK(scans.load() == 2);
}

TEST_CASE("texts asked in a row: only the last one is answered, with the store's result") {
  QuotedStore db;
  QuoteSearch search(db.path);
  struct Case {
    std::vector<std::string> typed;
    std::vector<EventId QuotedStore::*> expected;
  };
  const Case cases[] = {
      {{"l", "la", "las", "last", "last march"}, {&QuotedStore::warrant}},
      {{"m", "mo", "mon", "monday"}, {&QuotedStore::talks}},
      {{"monday", "beijing"}, {}},
      {{"the", "arrived", "WARRANT"}, {&QuotedStore::warrant}},
  };
  for (const Case& c : cases) {
    for (const std::string& text : c.typed) search.ask(text);
    const auto answer = wait_for(search);
    CHECK(answer.text == c.typed.back());
    std::vector<EventId> expected;
    for (const auto member : c.expected) expected.push_back(db.*member);
    CHECK(answer.events == expected);
    CHECK(answer.error.empty());
  }
}

TEST_CASE("an empty text answers at once with nothing and cancels the running search") {
  QuotedStore db;
  QuoteSearch search(db.path);
  search.ask("warrant");
  search.ask("");
  CHECK_FALSE(search.searching());
  const auto answer = search.take();
  REQUIRE(answer);
  CHECK(answer->text.empty());
  CHECK(answer->events.empty());
}

TEST_CASE("a database that cannot be opened gives an answer with the error, not a hang") {
  viewtest::TempDir dir;
  QuoteSearch search(dir / "missing.db");
  search.ask("anything");
  const auto answer = wait_for(search);
  CHECK(answer.events.empty());
  CHECK(answer.error.find("missing.db") != std::string::npos);
}
