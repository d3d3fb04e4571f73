// Live refresh on a real SQLite file with two connections: one imports or edits, the
// other (the viewer's) reads only what changed since its mark and applies it to the
// timeline it loaded. New events appear, an event an import merged into is re-read,
// a deletion removes one record, and nothing else is read again.
#include "annals/view/live_refresh.hpp"
#include "annals/view/store_loader.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include <sqlite3.h>

using namespace annals;
using namespace annals::view;

namespace {

Document article(std::string title, std::string text) {
  Document document;
  document.title = std::move(title);
  document.source = "test";
  document.published = viewtest::day(2023, 9, 19);
  document.text = std::move(text);
  return document;
}

Event reported(std::string title, std::string actor, std::string type, date::sys_days day, std::string quote) {
  Event event = viewtest::event(0, std::move(title), DateRange::day(day), {std::move(actor)}, std::move(type));
  event.sources.push_back(Source{0, std::move(quote), "on Monday", 0, 9, "test", "2023-09-19"});
  return event;
}

// A database of 50 imported events, the viewer's connection, its timeline and mark.
struct Live {
  viewtest::TempDir dir;
  Store writer = Store::open(dir / "live.db");
  std::optional<Store> viewer;
  Timeline timeline;
  Store::ChangeMark mark;
  Live() {
    std::vector<Event> events;
    for (int i = 0; i < 50; ++i)
      events.push_back(reported("Event " + std::to_string(i), "Actor " + std::to_string(i), "meeting",
                                viewtest::day(2020, 1, 1) + date::days{i * 7}, "Quote " + std::to_string(i)));
    writer.add_document(article("Old news", "Old news text."), {}, events);
    viewer.emplace(Store::open(dir / "live.db", OpenMode::MustExist));
    mark = viewer->change_mark();
    timeline = load_timeline(*viewer);
    REQUIRE(timeline.events().size() == 50);
  }
  std::set<EventId> ids() const {
    std::set<EventId> out;
    for (const ViewEvent& event : timeline.events()) out.insert(event.id);
    return out;
  }
};

}  // namespace

TEST_CASE("an import by another connection: only its new events and the event it merged into are read") {
  Live live;
  const auto first_event = live.writer.events().front();
  const StoreOutcome outcome = live.writer.add_document(
      article("New news", "Two new things happened and event 0 again."), {},
      {reported("Brand new summit", "Someone", "summit", viewtest::day(2024, 5, 1), "A summit in May."),
       reported("Brand new visit", "Someone else", "visit", viewtest::day(2024, 6, 1), "A visit in June."),
       reported("Event 0", "Actor 0", "meeting", viewtest::day(2020, 1, 1), "Event 0 reported again.")});
  REQUIRE(outcome.events_added == 2);
  REQUIRE(outcome.events_merged == 1);

  const LiveChanges changes = read_live_changes(*live.viewer, live.mark);
  std::set<std::string> read;
  for (const Event& event : changes.written) read.insert(event.title);
  CHECK(read == std::set<std::string>{"Brand new summit", "Brand new visit", "Event 0"});
  CHECK(changes.removed.empty());
  CHECK(changes.mark.last_event > live.mark.last_event);

  CHECK(apply_live_changes(live.timeline, changes).complete);
  CHECK(live.timeline.events().size() == 52);
  const ViewEvent* merged = live.timeline.record_of(first_event.id);
  REQUIRE(merged);
  CHECK(merged->documents.size() == 2);  // the merged report's document is there now

  // Asked again from the new mark, nothing has changed.
  const LiveChanges again = read_live_changes(*live.viewer, changes.mark);
  CHECK(again.empty());

  // A second import is read from where the first refresh stopped; the viewer's
  // connection notices it (no read transaction was left open by the refresh).
  const long long version = live.viewer->data_version();
  live.writer.add_document(article("Newer news", "Another thing."), {},
                           {reported("Third summit", "Someone", "summit", viewtest::day(2024, 7, 1), "July.")});
  CHECK(live.viewer->data_version() != version);
  const LiveChanges second = read_live_changes(*live.viewer, changes.mark);
  REQUIRE(second.written.size() == 1);
  CHECK(second.written[0].title == "Third summit");
  CHECK(apply_live_changes(live.timeline, second).complete);
  CHECK(live.timeline.events().size() == 53);
}

TEST_CASE("edits by another process: a rename is re-read, a deletion removes only that record") {
  Live live;
  const auto stored = live.writer.events();
  Event renamed = stored[3];
  renamed.title = "Renamed elsewhere";
  live.writer.update_event(renamed);
  live.writer.delete_event(stored[7].id);

  const LiveChanges changes = read_live_changes(*live.viewer, live.mark);
  REQUIRE(changes.written.size() == 1);
  CHECK(changes.written[0].title == "Renamed elsewhere");
  CHECK(changes.removed == std::vector<EventId>{stored[7].id});
  const auto before = live.ids();
  CHECK(apply_live_changes(live.timeline, changes).complete);
  auto expected = before;
  expected.erase(stored[7].id);
  CHECK(live.ids() == expected);
  CHECK(live.timeline.record_of(stored[3].id)->title == "Renamed elsewhere");
}

TEST_CASE("rows that vanish without a trace in the feed make apply ask for a reload") {
  Live live;
  const auto stored = live.writer.events();
  // An event removed by raw SQL (as a re-imported URL may drop an imported event).
  sqlite3_stmt* statement = nullptr;
  REQUIRE(sqlite3_prepare_v2(live.writer.handle(), "DELETE FROM events WHERE id = ?1", -1, &statement, nullptr) == SQLITE_OK);
  sqlite3_bind_int64(statement, 1, stored[10].id);
  CHECK(sqlite3_step(statement) == SQLITE_DONE);
  sqlite3_finalize(statement);
  const LiveChanges changes = read_live_changes(*live.viewer, live.mark);
  CHECK(changes.empty());
  CHECK_FALSE(apply_live_changes(live.timeline, changes).complete);
}

TEST_CASE("lanes updated in place after a live refresh equal lanes built from scratch") {
  for (const LaneKind kind : {LaneKind::All, LaneKind::Actor, LaneKind::Document}) {
    CAPTURE(to_string(kind));
    Live live;
    auto lanes = build_lanes(live.timeline, filtered(live.timeline, {}), kind);
    live.writer.add_document(
        article("New news", "New things."), {},
        {reported("Brand new summit", "Actor 3", "summit", viewtest::day(2020, 3, 4), "A summit."),
         reported("Event 0", "Actor 0", "meeting", viewtest::day(2020, 1, 1), "Event 0 reported again."),
         reported("Lonely", "Nobody else", "visit", viewtest::day(2019, 1, 1), "Alone.")});
    const LiveApplied applied = apply_live_changes(live.timeline, read_live_changes(*live.viewer, live.mark));
    REQUIRE(applied.complete);
    CHECK(applied.changed.size() == 3);
    update_lanes(lanes, live.timeline, applied.changed, kind);
    const auto rebuilt = build_lanes(live.timeline, filtered(live.timeline, {}), kind);
    REQUIRE(lanes.size() == rebuilt.size());
    for (std::size_t i = 0; i < lanes.size(); ++i) {
      CAPTURE(rebuilt[i].name);
      CHECK(lanes[i].name == rebuilt[i].name);
      CHECK(lanes[i].count == rebuilt[i].count);
      for (std::size_t g = 0; g < granularity_count; ++g) {
        CHECK(lanes[i].tracks[g].starts == rebuilt[i].tracks[g].starts);
        std::multiset<EventIndex> a(lanes[i].tracks[g].items.begin(), lanes[i].tracks[g].items.end());
        std::multiset<EventIndex> b(rebuilt[i].tracks[g].items.begin(), rebuilt[i].tracks[g].items.end());
        CHECK(a == b);
      }
      CHECK(lanes[i].summary.starts == rebuilt[i].summary.starts);
    }
  }
}
