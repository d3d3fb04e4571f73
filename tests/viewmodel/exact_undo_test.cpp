// Undo and redo of a split or merge through the edit history leave the SQLite file
// exactly as it was before (after) the edit: no tombstone of the split-off part, the
// imported event not marked edited, the source rows under their old ids.
#include "annals/view/edit_history.hpp"
#include "../store/database_dump.hpp"
#include "imported_pair.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

namespace {

// Talks with three sources (a split may move one or two of them), and a visit.
struct Imported : viewtest::ImportedPair {
  Imported() : ImportedPair(3) {}
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
    const Store reopened = db.reopened();
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
    Store other = db.reopened();
    Event renamed = *other.event(part);
    renamed.title = "Renamed elsewhere";
    other.update_event(renamed);
  }
  CHECK_THROWS_AS(edits.undo(), StoreError);
  CHECK(edits.can_undo());
  CHECK(db.store.event(part)->title == "Renamed elsewhere");
}
