// Exact undo of merging and splitting, on a real SQLite file: after a split (or merge)
// and restore_events with the snapshots taken before, every table holds exactly the rows
// it held before (ids, flags and source row ids included); restoring the snapshots taken
// after redoes it exactly; and a change made in between by another connection is refused
// rather than overwritten.
#include "annals/store/store.hpp"
#include "database_dump.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;

namespace {

struct TwoEvents {
  test::TempDir dir;
  Store store = Store::open(dir / "surgery.db");
  EventId talks = 0;
  EventId warrant = 0;
  TwoEvents() {
    Event with_two_sources = test::talks();
    with_two_sources.sources.push_back(Source{0, "Lavrov received Wang Yi.", "Monday", 0, 6, "test-rule", "2023-09-19"});
    with_two_sources.sources.push_back(Source{0, "The talks lasted hours.", "Monday", 0, 6, "test-rule", "2023-09-19"});
    store.add_document(test::article("Wang Yi met Lavrov on Monday."), {}, {with_two_sources, test::warrant()});
    for (const Event& event : store.events()) (event.type == "meeting" ? talks : warrant) = event.id;
    REQUIRE(talks != 0);
    REQUIRE(warrant != 0);
    REQUIRE(store.event(talks)->sources.size() == 3);
  }
  std::string dump() const { return test::dump_database(store.handle()); }
};

}  // namespace

TEST_CASE("split then restore of the snapshots leaves every table as it was; restoring the after-state redoes it") {
  struct Case {
    std::vector<std::size_t> moving;
  };
  for (const Case& c : {Case{{0}}, Case{{1, 2}}, Case{{2}}}) {
    TwoEvents db;
    const std::string before_dump = db.dump();
    const Store::EventSnapshot before = db.store.snapshot_event(db.talks);
    CHECK(before.live());
    const EventId part = db.store.split_event(db.talks, c.moving);
    Store::EventSnapshot absent;
    absent.id = part;
    CHECK_FALSE(absent.exists());
    const std::vector<Store::EventSnapshot> after{db.store.snapshot_event(db.talks), db.store.snapshot_event(part)};
    const std::string split_dump = db.dump();
    CHECK(split_dump != before_dump);
    CHECK(after[1].live());

    db.store.restore_events(after, {before, absent});
    CHECK(db.dump() == before_dump);
    CHECK_FALSE(db.store.event(part));
    CHECK_FALSE(db.store.event(db.talks)->edited_by_analyst);  // imported, as it was
    CHECK(db.store.event_count() == 2);

    db.store.restore_events({before, absent}, after);
    CHECK(db.dump() == split_dump);
    CHECK(db.store.event(part)->sources.size() == c.moving.size());
  }
}

TEST_CASE("merge then restore brings back the tombstoned event and the target's rows exactly") {
  TwoEvents db;
  const std::string before_dump = db.dump();
  const std::vector<Store::EventSnapshot> before{db.store.snapshot_event(db.talks), db.store.snapshot_event(db.warrant)};
  db.store.merge_events(db.talks, db.warrant);
  const std::vector<Store::EventSnapshot> after{db.store.snapshot_event(db.talks), db.store.snapshot_event(db.warrant)};
  CHECK(after[1].exists());
  CHECK(after[1].tombstone);
  CHECK_FALSE(after[1].live());
  db.store.restore_events(after, before);
  CHECK(db.dump() == before_dump);
  CHECK(db.store.event_count() == 2);
}

TEST_CASE("a restore is refused, writing nothing, when another connection changed the event since") {
  TwoEvents db;
  const Store::EventSnapshot before = db.store.snapshot_event(db.talks);
  const EventId part = db.store.split_event(db.talks, {0});
  const Store::EventSnapshot now = db.store.snapshot_event(part);
  Store::EventSnapshot absent;
  absent.id = part;
  {
    Store other = Store::open(db.dir / "surgery.db", OpenMode::MustExist);
    Event renamed = *other.event(part);
    renamed.title = "Renamed elsewhere";
    other.update_event(renamed);
  }
  const std::string changed_dump = db.dump();
  CHECK_THROWS_AS(db.store.restore_events({db.store.snapshot_event(db.talks), now}, {before, absent}), StoreError);
  CHECK(db.dump() == changed_dump);
  CHECK(db.store.event(part)->title == "Renamed elsewhere");
}
