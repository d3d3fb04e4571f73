// A dated happening, with every place in every article that reports it.
#pragma once

#include "annals/date_range.hpp"
#include "annals/document.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace annals {

using EventId = std::int64_t;

// When an event happened: the TIMEX3 value as the text put it, and the days it denotes.
struct When {
  std::string value;  // "2023-03", "2023-09-17", "2023-W37", ...
  std::string mod;    // TIMEX3 mod or empty
  DateRange range;
};

// The exact words an event was read from.
struct Source {
  DocumentId document = 0;
  std::string quote;       // the sentence
  std::string expression;  // the temporal expression that dated it
  std::size_t begin = 0;   // byte offsets of the expression in the document text
  std::size_t end = 0;
  std::string rule;    // temporal rule that resolved the expression
  std::string anchor;  // what it was resolved against
};

struct Event {
  EventId id = 0;  // 0 until stored
  std::string title;
  std::string type;  // from data/events/triggers: "visit", "meeting", "warrant", ...
  std::vector<std::string> actors;
  std::vector<std::string> places;
  When when;
  std::vector<Source> sources;
  bool edited_by_analyst = false;
};

}  // namespace annals
