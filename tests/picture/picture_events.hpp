// Events for the picture export's tests, built in code so each test says exactly which
// dates, precisions and source counts it is about.
#pragma once

#include "annals/date_range.hpp"
#include "annals/event.hpp"

#include <string>
#include <vector>

namespace annals::picture_test {

inline date::sys_days day(const char* iso) { return *parse_iso_day(iso); }

inline Event event(std::string title, std::string type, DateRange range, std::string value = "",
                   std::string mod = "", std::size_t sources = 1) {
  Event e;
  e.title = std::move(title);
  e.type = std::move(type);
  e.when = {std::move(value), std::move(mod), range};
  for (std::size_t i = 0; i < sources; ++i) e.sources.push_back({static_cast<DocumentId>(i + 1), "", "", 0, 0, "", ""});
  return e;
}

}  // namespace annals::picture_test
