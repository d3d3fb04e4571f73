// Shared helpers for the store tests: a fresh temporary folder per test and small
// hand-built documents, mentions and events (independent of the tagger and extractor).
#pragma once

#include "annals/date_range.hpp"
#include "annals/document.hpp"
#include "annals/event.hpp"
#include "annals/timex.hpp"

#include <date/date.h>

#include "../support/temp_dir.hpp"

#include <filesystem>
#include <string>

namespace annals::test {


inline date::sys_days day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

inline Document article(std::string text, std::string url = {}) {
  Document document;
  document.title = "Wang Yi in Moscow";
  document.source = "wang.txt";
  document.url = std::move(url);
  document.published = day(2023, 9, 19);
  document.text = std::move(text);
  return document;
}

inline Timex mention(std::size_t begin, std::string text, std::string value, DateRange interval) {
  Timex timex;
  timex.begin = begin;
  timex.end = begin + text.size();
  timex.text = std::move(text);
  timex.value = std::move(value);
  timex.interval = interval;
  timex.rule = "test-rule";
  timex.anchor = "2023-09-19";
  return timex;
}

inline Event event(std::string title, std::string type, std::vector<std::string> actors,
                   std::string value, DateRange range, std::string quote = "A sentence.") {
  Event e;
  e.title = std::move(title);
  e.type = std::move(type);
  e.actors = std::move(actors);
  e.places = {"Moscow"};
  e.when = When{std::move(value), "", range};
  e.sources.push_back(Source{0, std::move(quote), "on Monday", 3, 12, "test-rule", "2023-09-19"});
  return e;
}

// The talks with Lavrov on 2023-09-18 and the ICC warrant of March 2023.
inline Event talks() {
  return event("Wang Yi holds talks with Lavrov", "meeting", {"Wang Yi", "Sergei Lavrov"}, "2023-09-18",
               DateRange::day(day(2023, 9, 18)), "Wang Yi met Lavrov on Monday.");
}
inline Event warrant() {
  return event("ICC issues arrest warrant for Putin", "warrant", {"ICC", "Vladimir Putin"}, "2023-03",
               DateRange::month(date::year{2023} / date::March), "The ICC issued a warrant last March.");
}

}  // namespace annals::test
