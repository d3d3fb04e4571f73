// Undo and redo of a split or merge through the edit history leave the SQLite file
// exactly as it was before (after) the edit: no tombstone of the split-off part, the
// imported event not marked edited, the source rows under their old ids.
#include "annals/view/edit_history.hpp"
#include "../store/database_dump.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

namespace {

Event with_sources(std::string title, std::string type, date::sys_days day, int count) {
  Event event = viewtest::event(0, std::move(title), DateRange::day(day), {"Wang Yi"}, std::move(type));
  for (int i = 0; i < count; ++i)
    event.sources.push_back(Source{0, event.title + " quote " + std::to_string(i), "Monday", 0, 6, "test", "2023-09-19"});
  return event;
}

struct Imported {
  viewtest::TempDir dir;
  Store store = Store::open(dir / "undo.db");
  Event talks, visit;
  Imported() {
    Document document;
    document.title = "Wang Yi in Moscow";
    document.source = "test";
    document.published = viewtest::day(2023, 9, 19);
    document.text = "Wang Yi met Lavrov on Monday.";
    store.add_document(document, {},
                       {with_sources("Wang Yi meets Lavrov", "meeting", viewtest::day(2023, 9, 18), 3),
                        with_sources("Wang Yi visits Moscow", "visit", viewtest::day(2023, 9, 19), 1)});
    const auto events = store.events();
    REQUIRE(events.size() == 2);
    talks = events[0];
    visit = events[1];
  }
  std::string dump() const { return test::dump_database(store.handle()); }
};

}  // namespace

TEST_CASE("undo of a split removes the split-off event; the file equals the one before; redo equals the split") {
  for (const std::vector<std::size_t>& moving : {std::vector<std::size_t>{0}, {1, 2}}) {
    Imported db;
    EditHistory edits(&db.store);
    const std::string before = db.dump();
    const auto split = edits.split(db.talks, moving);
    const EventId part = split.written.back();
    const std::string after = db.dump();
    REQUIRE(after != before);

    const auto undone = edits.undo();
    CHECK(db.dump() == before);
    CHECK(undone.removed == std::vector<EventId>{part});
    CHECK(undone.written == std::vector<EventId>{db.talks.id});
    const Store reopened = Store::open(db.dir / "undo.db", OpenMode::MustExist);
    CHECK(reopened.event_count() == 2);
    CHECK_FALSE(reopened.event(db.talks.id)->edited_by_analyst);

    const auto redone = edits.redo();
    CHECK(db.dump() == after);
    CHECK(redone.written == std::vector<EventId>{db.talks.id, part});
    edits.undo();
    CHECK(db.dump() == before);
  }
}

TEST_CASE("undo of a merge restores both events exactly; redo folds them again") {
  Imported db;
  EditHistory edits(&db.store);
  const std::string before = db.dump();
  edits.merge(db.talks, db.visit);
  const std::string after = db.dump();
  const auto undone = edits.undo();
  CHECK(db.dump() == before);
  CHECK(undone.written == std::vector<EventId>{db.talks.id, db.visit.id});
  const auto redone = edits.redo();
  CHECK(db.dump() == after);
  CHECK(redone.removed == std::vector<EventId>{db.visit.id});
}

TEST_CASE("an undo refused because another process changed the event stays undoable") {
  Imported db;
  EditHistory edits(&db.store);
  const EventId part = edits.split(db.talks, {0}).written.back();
  {
    Store other = Store::open(db.dir / "undo.db", OpenMode::MustExist);
    Event renamed = *other.event(part);
    renamed.title = "Renamed elsewhere";
    other.update_event(renamed);
  }
  CHECK_THROWS_AS(edits.undo(), StoreError);
  CHECK(edits.can_undo());
  CHECK(db.store.event(part)->title == "Renamed elsewhere");
}
