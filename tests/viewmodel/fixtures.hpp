// Small builders shared by the view model tests: days, events, a temporary folder.
#pragma once

#include "../support/temp_dir.hpp"
#include "annals/event.hpp"

#include <date/date.h>

#include <filesystem>
#include <string>
#include <vector>

namespace annals::viewtest {

inline date::sys_days day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

inline Event event(EventId id, std::string title, DateRange range, std::vector<std::string> actors = {},
                   std::string type = "meeting") {
  Event out;
  out.id = id;
  out.title = std::move(title);
  out.type = std::move(type);
  out.actors = std::move(actors);
  out.when.range = range;
  out.when.value = format_iso(range.first);
  return out;
}

using test::TempDir;  // one temporary-folder helper for every test area

}  // namespace annals::viewtest
