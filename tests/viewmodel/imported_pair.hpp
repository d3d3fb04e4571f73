// Two events stored in a real SQLite file as an import would store them (talks with a
// few sources, and a visit), for the tests of editing, merging, splitting and undo.
#pragma once

#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <string>

namespace annals::viewtest {

inline const std::string article_url = "https://example.org/wang-yi";

inline Document article(std::string text) {
  Document document;
  document.title = "Wang Yi in Moscow";
  document.source = "test";
  document.url = article_url;
  document.published = day(2023, 9, 19);
  document.text = std::move(text);
  return document;
}

inline Source source(std::string quote) {
  Source out;
  out.quote = std::move(quote);
  out.expression = "on Monday";
  out.begin = 0;
  out.end = out.expression.size();
  out.rule = "test";
  out.anchor = "2023-09-19";
  return out;
}

inline Event reported(std::string title, std::string actor, std::string type, date::sys_days on, int sources) {
  Event out = event(0, std::move(title), DateRange::day(on), {std::move(actor)}, std::move(type));
  for (int i = 0; i < sources; ++i) out.sources.push_back(source(out.title + " said source " + std::to_string(i)));
  return out;
}

struct ImportedPair {
  TempDir dir;
  std::filesystem::path path = dir / "events.db";
  Store store = Store::open(path);
  Event talks, visit;

  explicit ImportedPair(int talks_sources) {
    store.add_document(article("Wang Yi met Lavrov on Monday. Wang Yi visited Moscow on Monday."), {},
                       {reported("Wang Yi meets Lavrov", "Wang Yi", "meeting", day(2023, 9, 18), talks_sources),
                        reported("Wang Yi visits Moscow", "Sergei Lavrov", "visit", day(2023, 9, 19), 1)});
    const auto events = store.events();
    REQUIRE(events.size() == 2);
    talks = events[0];
    visit = events[1];
    REQUIRE(talks.sources.size() == static_cast<std::size_t>(talks_sources));
  }
  Store reopened() const { return Store::open(path, OpenMode::MustExist); }
};

}  // namespace annals::viewtest
