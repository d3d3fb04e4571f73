// Merging and splitting events against a real SQLite file: both are saved at once and
// marked edited, undo restores every event touched under its own id, redo re-applies,
// and a later re-import of the article does not undo the analyst's work.
#include "annals/view/edit_history.hpp"
#include "imported_pair.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

namespace {

using viewtest::article;
using viewtest::reported;

// Talks with two sources, and a visit.
struct Imported : viewtest::ImportedPair {
  Imported() : ImportedPair(2) {}
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
