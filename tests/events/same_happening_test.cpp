// same_happening: the rule the store uses to merge events across articles.
#include "annals/data_dir.hpp"
#include "annals/events/extractor.hpp"

#include <doctest/doctest.h>

using namespace annals;

namespace {

Event event(std::string type, std::string value, std::vector<std::string> actors, std::vector<std::string> places = {}) {
  Event e;
  e.type = std::move(type);
  e.when.range = *range_of_timex_value(value);
  e.when.value = std::move(value);
  e.actors = std::move(actors);
  e.places = std::move(places);
  e.title = e.type;
  return e;
}

}  // namespace

TEST_CASE("same happening") {
  struct Row {
    const char* why;
    Event a;
    Event b;
    bool same;
    bool same_with_groups;
  };
  const std::vector<Row> table{
      {"same day, same people", event("meeting", "2023-09-18", {"Wang Yi", "Sergey Lavrov"}),
       event("meeting", "2023-09-18", {"Sergey Lavrov"}), true, true},
      {"the day inside the week", event("visit", "2023-W37", {"Kim Jong-un"}, {"Russia"}),
       event("visit", "2023-09-13", {"Kim Jong-un"}, {"Russia", "Vladivostok"}), true, true},
      {"different days", event("meeting", "2023-09-17", {"Wang Yi"}), event("meeting", "2023-09-18", {"Wang Yi"}), false,
       false},
      {"no shared actor", event("visit", "2023-09-18", {"Wang Yi"}, {"Russia"}),
       event("visit", "2023-09", {"Kim Jong-un"}, {"Russia"}), false, false},
      {"different places", event("meeting", "2023-09", {"Wang Yi"}, {"Malta"}),
       event("meeting", "2023-09", {"Wang Yi"}, {"Moscow"}), false, false},
      {"one has no place", event("meeting", "2023-09", {"Wang Yi"}, {"Malta"}), event("meeting", "2023-09-17", {"Wang Yi"}),
       true, true},
      {"different types", event("visit", "2023-09-18", {"Wang Yi"}), event("meeting", "2023-09-18", {"Wang Yi"}), false,
       false},
      {"compatible types", event("meeting", "2023-10", {"Xi Jinping"}), event("summit", "2023-10", {"Xi Jinping"}), false,
       true},
      {"no actors, same places", event("attack", "2023-10", {}, {"Kyiv"}), event("attack", "2023-10-07", {}, {"Kyiv"}),
       true, true},
  };
  const auto extractor = EventExtractor::load(data_directory());
  for (const auto& row : table) {
    CAPTURE(row.why);
    CHECK(same_happening(row.a, row.b) == row.same);
    CHECK(same_happening(row.b, row.a) == row.same);
    CHECK(same_happening(row.a, row.b, extractor) == row.same_with_groups);
  }
}
