// Event extraction: from a document and its resolved temporal expressions to the dated
// happenings it reports (who did what, where, when), each with the sentence it came from.
// Trigger words, the gazetteer and boilerplate patterns are data (data/events).
#pragma once

#include "annals/document.hpp"
#include "annals/event.hpp"
#include "annals/timex.hpp"

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace annals {

class EventExtractor {
 public:
  // Reads data_dir/events. Throws std::runtime_error naming the bad file and line.
  static EventExtractor load(const std::filesystem::path& data_dir);

  // Events of one document; Source::document is left 0 (the store fills it in).
  std::vector<Event> extract(const Document& document, const std::vector<Timex>& timexes) const;

  // Like extract, and also writes back into `timexes` the dates found for event-relative
  // expressions ("a day before going to Russia"): value, interval and anchor. Use this
  // when the mentions are stored too, so they show the date the event got.
  std::vector<Event> extract_and_date(const Document& document, std::vector<Timex>& timexes) const;

  // Whether two event types report the same kind of happening (data/events/types.tsv).
  bool compatible_types(std::string_view a, std::string_view b) const;

  struct Lexicons;

 private:
  explicit EventExtractor(std::shared_ptr<const Lexicons> lexicons) : lexicons_(std::move(lexicons)) {}
  std::shared_ptr<const Lexicons> lexicons_;
};

// Whether two events, perhaps from different articles, report the same happening
// (same type, overlapping dates, shared actors). The store merges such events.
bool same_happening(const Event& a, const Event& b);

// The same, with types that differ but belong to one group of types.tsv counting as same
// ("meeting" and "summit").
bool same_happening(const Event& a, const Event& b, const EventExtractor& extractor);

}  // namespace annals
