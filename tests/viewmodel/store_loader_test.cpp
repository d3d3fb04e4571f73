// Loading a real SQLite file into the viewer's records, on one connection and on two (the
// children read on a second thread): both give each event its actors, places, source
// documents and importance, and leave deleted events out.
#include "annals/view/store_loader.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

namespace {

std::vector<std::string> named(const Timeline& timeline, const std::vector<NameId>& ids) {
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
    CHECK(first.documents == std::vector<DocumentId>{document});
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
