// Editing against a real SQLite file: every edit is saved at once and marked as the
// analyst's, undo writes the old version back, redo re-applies, and deleting then undoing
// brings the event back under a new id that later redos still follow.
#include "annals/view/date_entry.hpp"
#include "annals/view/edit_history.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

TEST_CASE("rename, undo and redo go to the database") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "edits.db");
  EditHistory edits(&store);
  const auto added = edits.insert(viewtest::event(0, "ICC warrant", DateRange::month(date::year{2023} / 3), {"Vladimir Putin"}));
  REQUIRE(added.first_written());
  const EventId id = *added.first_written();
  const Event original = *store.event(id);
  CHECK(original.edited_by_analyst);

  Event renamed = original;
  renamed.title = "ICC issues arrest warrant for Putin";
  renamed.actors.push_back("International Criminal Court");
  edits.update(original, renamed);
  CHECK(Store::open(dir / "edits.db").event(id)->title == "ICC issues arrest warrant for Putin");  // saved at once
  CHECK(store.event(id)->actors.size() == 2);

  REQUIRE(edits.can_undo());
  const auto undone = edits.undo();
  CHECK(undone.first_written() == id);
  CHECK(store.event(id)->title == "ICC warrant");
  CHECK(store.event(id)->actors.size() == 1);
  edits.redo();
  CHECK(store.event(id)->title == "ICC issues arrest warrant for Putin");
  CHECK_FALSE(edits.can_redo());
}

TEST_CASE("delete, undo brings it back, redo deletes it again") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "edits.db");
  EditHistory edits(&store);
  const EventId id = *edits.insert(viewtest::event(0, "talks", DateRange::day(viewtest::day(2023, 9, 18)))).first_written();
  const Event stored = *store.event(id);
  const auto removed = edits.remove(stored);
  CHECK(removed.first_removed() == id);
  CHECK_FALSE(store.event(id));
  const auto back = edits.undo();
  REQUIRE(back.first_written());
  CHECK(*back.first_written() == id);  // restored under its own id
  CHECK(store.event(id)->title == "talks");
  const auto again = edits.redo();
  CHECK(again.first_removed() == back.first_written());
  CHECK(store.event_count() == 0);
  edits.undo();  // and undoing the insertion at the start still works after all that
  edits.undo();
  CHECK(store.event_count() == 0);
  CHECK_FALSE(edits.can_undo());
}

TEST_CASE("a new edit clears the redo stack") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "edits.db");
  EditHistory edits(&store);
  const EventId id = *edits.insert(viewtest::event(0, "a", DateRange::day(viewtest::day(2023, 1, 1)))).first_written();
  Event before = *store.event(id);
  Event after = before;
  after.title = "b";
  edits.update(before, after);
  edits.undo();
  CHECK(edits.can_redo());
  after.title = "c";
  edits.update(*store.event(id), after);
  CHECK_FALSE(edits.can_redo());
  CHECK(store.event(id)->title == "c");
}

TEST_CASE("typed dates: TIMEX3 values directly, words through the tagger") {
  const auto reference = viewtest::day(2023, 9, 19);
  const auto day = parse_date_entry(" 2023-03-17 ", nullptr, reference);
  REQUIRE(day.when);
  CHECK(day.when->range == DateRange::day(viewtest::day(2023, 3, 17)));
  const auto month = parse_date_entry("2023-03", nullptr, reference);
  REQUIRE(month.when);
  CHECK(month.when->range.granularity == Granularity::Month);
  CHECK_FALSE(parse_date_entry("2023-02-30", nullptr, reference).when);
  CHECK_FALSE(parse_date_entry("", nullptr, reference).error.empty());
  CHECK_FALSE(parse_date_entry("mid-March 2023", nullptr, reference).when);  // no tagger

  const auto tagger = TemporalTagger::load(ANNALS_SOURCE_DATA_DIR);
  const auto mid_march = parse_date_entry("mid-March 2023", &tagger, reference);
  REQUIRE(mid_march.when);
  CHECK(mid_march.when->range.portion == Portion::Mid);
  CHECK(mid_march.when->range.first >= viewtest::day(2023, 3, 1));
  CHECK(mid_march.when->range.last <= viewtest::day(2023, 3, 31));
  const auto last_march = parse_date_entry("last March", &tagger, reference);
  REQUIRE(last_march.when);
  CHECK(last_march.when->range == DateRange::month(date::year{2023} / 3));
  CHECK_FALSE(parse_date_entry("the day the music died", &tagger, reference).when);
}
