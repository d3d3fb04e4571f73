// Merging and splitting events against a real SQLite file: both are saved at once and
// marked edited, undo restores every event touched under its own id, redo re-applies,
// and a later re-import of the article does not undo the analyst's work.
#include "annals/view/edit_history.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

namespace {

const std::string url = "https://example.org/wang-yi";

Document article(std::string text) {
  Document document;
  document.title = "Wang Yi in Moscow";
  document.source = "test";
  document.url = url;
  document.published = viewtest::day(2023, 9, 19);
  document.text = std::move(text);
  return document;
}

Source source(std::string quote) {
  Source out;
  out.quote = std::move(quote);
  out.expression = "on Monday";
  out.begin = 0;
  out.end = out.expression.size();
  out.rule = "test";
  out.anchor = "2023-09-19";
  return out;
}

Event reported(std::string title, std::string actor, std::string type, date::sys_days day, int sources) {
  Event event = viewtest::event(0, std::move(title), DateRange::day(day), {std::move(actor)}, std::move(type));
  for (int i = 0; i < sources; ++i) event.sources.push_back(source(event.title + " said source " + std::to_string(i)));
  return event;
}

// Two events stored as an import would store them: talks (two sources) and a visit.
struct Imported {
  viewtest::TempDir dir;
  Store store = Store::open(dir / "surgery.db");
  Event talks, visit;
  Imported() {
    store.add_document(article("Wang Yi met Lavrov on Monday. Wang Yi visited Moscow on Monday."), {},
                       {reported("Wang Yi meets Lavrov", "Wang Yi", "meeting", viewtest::day(2023, 9, 18), 2),
                        reported("Wang Yi visits Moscow", "Sergei Lavrov", "visit", viewtest::day(2023, 9, 19), 1)});
    const auto events = store.events();
    REQUIRE(events.size() == 2);
    talks = events[0];
    visit = events[1];
    REQUIRE(talks.sources.size() == 2);
  }
  Store reopened() const { return Store::open(dir / "surgery.db", OpenMode::MustExist); }
};

}  // namespace

TEST_CASE("merge folds one event into another; undo restores both in the file; redo merges again") {
  Imported db;
  EditHistory edits(&db.store);
  const auto change = edits.merge(db.talks, db.visit);
  CHECK(change.first_written() == db.talks.id);
  CHECK(change.first_removed() == db.visit.id);
  {
    const Store file = db.reopened();
    REQUIRE(file.event_count() == 1);
    const Event merged = *file.event(db.talks.id);
    CHECK(merged.edited_by_analyst);
    CHECK(merged.title == "Wang Yi meets Lavrov");
    CHECK(merged.sources.size() == 3);
    CHECK(merged.actors == std::vector<std::string>{"Wang Yi", "Sergei Lavrov"});
    CHECK_FALSE(file.event(db.visit.id));
  }
  edits.undo();
  {
    const Store file = db.reopened();
    REQUIRE(file.event_count() == 2);
    CHECK(file.event(db.talks.id)->sources.size() == 2);
    CHECK(file.event(db.talks.id)->actors == std::vector<std::string>{"Wang Yi"});
    REQUIRE(file.event(db.visit.id));  // the same id, live again
    CHECK(file.event(db.visit.id)->title == "Wang Yi visits Moscow");
  }
  edits.redo();
  CHECK(db.reopened().event_count() == 1);
  CHECK_THROWS_AS(db.store.merge_events(db.talks.id, db.talks.id), StoreError);
}

TEST_CASE("split moves chosen sources to a new event; undo puts them back") {
  Imported db;
  EditHistory edits(&db.store);
  const auto change = edits.split(db.talks, {1});
  REQUIRE(change.written.size() == 2);
  const EventId part = change.written.back();
  {
    const Store file = db.reopened();
    CHECK(file.event_count() == 3);
    const Event original = *file.event(db.talks.id);
    const Event split_off = *file.event(part);
    CHECK(original.sources.size() == 1);
    CHECK(original.sources[0].quote == db.talks.sources[0].quote);
    REQUIRE(split_off.sources.size() == 1);
    CHECK(split_off.sources[0].quote == db.talks.sources[1].quote);
    CHECK(split_off.title == original.title);
    CHECK(split_off.edited_by_analyst);
    CHECK(original.edited_by_analyst);
  }
  edits.undo();
  CHECK(db.reopened().event_count() == 2);
  CHECK(db.reopened().event(db.talks.id)->sources.size() == 2);
  CHECK_FALSE(db.reopened().event(part));
  edits.redo();
  REQUIRE(db.reopened().event(part));  // the split-off event is back under its id
  CHECK(db.reopened().event(part)->sources.size() == 1);

  for (const std::vector<std::size_t>& bad : {std::vector<std::size_t>{}, {0, 1}, {7}})
    CHECK_THROWS_AS(db.store.split_event(part, bad), StoreError);
}

TEST_CASE("a re-import of the article keeps merged and split events as the analyst left them") {
  Imported db;
  db.store.merge_events(db.talks.id, db.visit.id);
  const auto second = db.store.add_document(
      article("Updated: Wang Yi met Lavrov on Monday and visited Moscow."), {},
      {reported("Wang Yi visits Moscow", "Sergei Lavrov", "visit", viewtest::day(2023, 9, 19), 1)});
  CHECK(second.replaced);
  const auto events = db.store.events();
  REQUIRE(events.size() == 1);  // the visit merged into the tombstone, which stays deleted
  CHECK(events[0].id == db.talks.id);
  CHECK(events[0].sources.size() == 3);
  CHECK(events[0].edited_by_analyst);
}
