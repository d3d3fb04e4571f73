// Loading a real SQLite file into the viewer's records, on one connection and on two (each
// reading half the rows on its own thread): both give each event its actors, places, source
// documents and importance, leave deleted events out, and agree with the records built from
// the store's full events, also when a merge moved sources into the other half.
#include "annals/view/store_loader.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

using namespace annals;
using namespace annals::view;

namespace {

std::vector<std::string> named(const Timeline& timeline, const NameList& ids) {
  std::vector<std::string> out;
  for (NameId id : ids) out.push_back(timeline.names().name(id));
  return out;
}

Source source_in(DocumentId document) {
  Source source;
  source.document = document;
  source.quote = "quoted";
  return source;
}

}  // namespace

TEST_CASE("the loader gives each event its children, on one connection or two") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "load.db");
  Document article;
  article.title = "Wang Yi in Moscow";
  article.published = viewtest::day(2023, 9, 19);
  article.text = "Wang Yi met Lavrov.";
  store.add_document(article, {}, {});
  const DocumentId document = store.document_headers().at(0).id;

  auto talks = viewtest::event(0, "Wang Yi meets Lavrov", DateRange::day(viewtest::day(2023, 9, 18)),
                               {"Wang Yi", "Sergey Lavrov"});
  talks.places = {"Moscow"};
  talks.sources = {source_in(document), source_in(document)};
  auto warrant = viewtest::event(0, "ICC warrant", DateRange::month(date::year{2023} / 3), {"Vladimir Putin"});
  warrant.sources = {source_in(0)};
  const EventId talks_id = store.insert_event(talks);
  const EventId warrant_id = store.insert_event(warrant);
  store.delete_event(store.insert_event(viewtest::event(0, "Deleted", DateRange::month(date::year{2023} / 1), {"Wang Yi"})));

  const Store children = Store::open(dir / "load.db", OpenMode::MustExist);
  const Timeline loaded[] = {load_timeline(store), load_timeline(store, children)};
  for (const Timeline& timeline : loaded) {
    REQUIRE(timeline.events().size() == 2);
    const ViewEvent& first = timeline.at(*timeline.index_of(talks_id));
    CHECK(first.title == "Wang Yi meets Lavrov");
    CHECK(named(timeline, first.actors) == std::vector<std::string>{"Wang Yi", "Sergey Lavrov"});
    CHECK(named(timeline, first.places) == std::vector<std::string>{"Moscow"});
    CHECK(first.documents == DocumentList{document});
    CHECK(first.importance == 4);  // two actors, two sources
    const ViewEvent& second = timeline.at(*timeline.index_of(warrant_id));
    CHECK(named(timeline, second.actors) == std::vector<std::string>{"Vladimir Putin"});
    CHECK(second.places.empty());
    CHECK(second.documents.empty());
    CHECK(second.importance == 2);
    CHECK(timeline.names().name(second.type) == "meeting");
    CHECK(timeline.events().front().id == warrant_id);  // sorted by date: March before September
  }
}

namespace {

// What a record says, with names spelled out, for comparing timelines built differently.
std::string describe(const Timeline& timeline, const ViewEvent& event) {
  std::string out = std::to_string(event.id) + " " + event.title + " [" + event.value + "] " +
                    timeline.names().name(event.type) + " " + std::to_string(event.first) + "-" +
                    std::to_string(event.end) + " importance " + std::to_string(event.importance) + " actors:";
  for (const auto& name : named(timeline, event.actors)) out += " " + name;
  out += " places:";
  for (const auto& name : named(timeline, event.places)) out += " " + name;
  out += " documents:";
  for (DocumentId document : event.documents) out += " " + std::to_string(document);
  return out;
}

std::vector<std::string> described(const Timeline& timeline) {
  std::vector<std::string> out;
  for (const ViewEvent& event : timeline.events()) out.push_back(describe(timeline, event));
  return out;
}

}  // namespace

TEST_CASE("loading in two halves gives the records built from the store's full events") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "halves.db");
  std::vector<DocumentId> documents;
  for (int i = 0; i < 3; ++i) {
    Document article;
    article.title = "Article " + std::to_string(i);
    article.published = viewtest::day(2023, 9, 10 + static_cast<unsigned>(i));
    article.text = "Text " + std::to_string(i);
    store.add_document(article, {}, {});
  }
  for (const auto& header : store.document_headers()) documents.push_back(header.id);
  // Ids and dates disagree in order; some days are shared (ties sort by end, then id).
  const std::vector<std::pair<int, std::vector<std::string>>> rows = {
      {20, {"Wang Yi"}}, {3, {"Sergey Lavrov", "Wang Yi"}}, {20, {}}, {7, {"Vladimir Putin"}},
      {3, {"Xi Jinping"}}, {1, {"Wang Yi", "Xi Jinping"}}, {14, {"Antony Blinken"}}, {20, {"Wang Yi"}}};
  std::vector<EventId> ids;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& [day, actors] = rows[i];
    auto event = viewtest::event(0, "Event " + std::to_string(i), DateRange::day(viewtest::day(2023, 3, static_cast<unsigned>(day))),
                                 actors, i % 2 ? "meeting" : "statement");
    if (i % 3 == 0) event.places = {"Moscow", "Beijing"};
    for (std::size_t s = 0; s <= i % 3; ++s) event.sources.push_back(source_in(documents[(i + s) % documents.size()]));
    if (i == 5) event.when.range = DateRange::month(date::year{2023} / 3);
    ids.push_back(store.insert_event(event));
  }
  store.merge_events(ids[1], ids[6]);  // the second half's sources and actors join an event of the first
  store.delete_event(ids[7]);          // a tombstone in the second half
  store.delete_event(ids[2]);          // and one in the first

  Timeline expected = Timeline::from_events(store.events());
  expected.sort_by_date();
  const Store second = Store::open(dir / "halves.db", OpenMode::MustExist);
  const Timeline one = load_timeline(store);
  const Timeline two = load_timeline(store, second);
  REQUIRE(expected.events().size() == 5);
  CHECK(described(one) == described(expected));
  CHECK(described(two) == described(expected));
  const ViewEvent& merged = two.at(*two.index_of(ids[1]));
  CHECK(named(two, merged.actors) == std::vector<std::string>{"Sergey Lavrov", "Wang Yi", "Antony Blinken"});
  for (const ViewEvent& event : two.events()) CHECK(two.at(*two.index_of(event.id)).id == event.id);
}

TEST_CASE("sparse ids (too far apart to place by id) are sorted instead, on one connection or two") {
  viewtest::TempDir dir;
  auto store = Store::open(dir / "sparse.db");
  store.insert_event(viewtest::event(0, "Later", DateRange::day(viewtest::day(2023, 9, 18)), {"Wang Yi"}));
  store.insert_event(viewtest::event(0, "Earlier", DateRange::day(viewtest::day(2023, 3, 17)), {"Vladimir Putin"}));
  constexpr EventId far_away = 50'000'000;
  const EventId moved = store.insert_event(viewtest::event(0, "Earliest", DateRange::year(date::year{1999}), {"Boris Yeltsin"}));
  // A hand-made database: the store itself never leaves such a gap.
  REQUIRE(sqlite3_exec(store.handle(), "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) == SQLITE_OK);
  for (const char* table : {"events SET id", "event_actors SET event", "event_places SET event", "event_sources SET event"}) {
    const std::string column = std::string(table).substr(std::string(table).rfind(' ') + 1);
    const std::string sql = std::string("UPDATE ") + table + " = " + std::to_string(far_away) + " WHERE " + column +
                            " = " + std::to_string(moved);
    REQUIRE(sqlite3_exec(store.handle(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  Timeline expected = Timeline::from_events(store.events());
  expected.sort_by_date();
  REQUIRE(expected.events().size() == 3);
  CHECK(expected.events().front().id == far_away);
  const Store second = Store::open(dir / "sparse.db", OpenMode::MustExist);
  CHECK(described(load_timeline(store)) == described(expected));
  CHECK(described(load_timeline(store, second)) == described(expected));
}
