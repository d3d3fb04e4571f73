// What one dated expression in a sentence refers to: the trigger nearest to it (weak
// reporting verbs count as farther away), who did it, to whom, and where; and the title
// that says so. Dates are attached by the caller.
#pragma once

#include "sentence_reading.hpp"

#include <optional>
#include <string>
#include <vector>

namespace annals::events {

struct Happening {
  const TriggerHit* trigger = nullptr;
  std::optional<EntityIndex> subject;
  std::vector<EntityIndex> actors;  // subject (and those coordinated with it), then object
  std::vector<EntityIndex> places;
  std::string title;           // empty when no template could be filled
  std::size_t title_rank = 0;  // lower is a more complete title
};

// `excluded`: the date's own tokens first, then any other tokens that belong to the date
// (the words naming the other happening in "a day before going to Russia"); they can
// neither be the trigger nor name an actor or place. Nothing is read when it is empty.
std::optional<Happening> read_happening(std::string_view text, const SentenceReading& reading,
                                        const std::vector<TokenRange>& excluded,
                                        const EventExtractor::Lexicons& lexicons,
                                        const DocumentMemory& memory);

}  // namespace annals::events
