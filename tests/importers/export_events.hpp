// A small, fixed timeline the export golden tests write: a day event, a month event with
// awkward characters, and one with a long non-ASCII description that must be folded.
#pragma once

#include "annals/date_range.hpp"
#include "annals/event.hpp"

#include <vector>

namespace annals::test {

inline std::vector<Event> export_events() {
  Event visit;
  visit.id = 1;
  visit.title = "Wang Yi visits Russia";
  visit.type = "visit";
  visit.actors = {"Wang Yi"};
  visit.places = {"Russia", "Moscow"};
  visit.when = {"2023-09-18", "", DateRange::day(*parse_iso_day("2023-09-18"))};
  visit.sources = {{1, "Wang Yi visited Russia on the 18th (local time).", "the 18th", 70, 78, "day-of-month", "published 2023-09-19"}};

  Event warrant;
  warrant.id = 2;
  warrant.title = "ICC, \"arrest\" warrant; issued";
  warrant.type = "warrant";
  warrant.actors = {"International Criminal Court", "Putin"};
  warrant.when = {"2023-03", "", DateRange::month(date::year{2023} / date::March)};
  warrant.sources = {{1, "=SUM(A1) since the ICC issued a warrant\nlast March.", "last March", 10, 20, "", ""}};

  Event meeting;
  meeting.id = 3;
  meeting.title = "Wang Yi meets Jake Sullivan in Malta — talks on regional security, Ukraine and US–China relations";
  meeting.type = "meeting";
  meeting.actors = {"Wang Yi", "Jake Sullivan"};
  meeting.places = {"Malta"};
  meeting.when = {"2023-09-17", "", DateRange::day(*parse_iso_day("2023-09-17"))};
  return {warrant, meeting, visit};
}

}  // namespace annals::test
