// One happening told several times in a document becomes one event with several sources.
#pragma once

#include "candidate.hpp"

#include "annals/event.hpp"
#include "annals/events/triggers.hpp"

#include <functional>
#include <string_view>
#include <vector>

namespace annals::events {

using TypeCompatibility = std::function<bool(std::string_view, std::string_view)>;

// same_happening with a chosen notion of compatible types.
bool same_happening_by(const Event& a, const Event& b, const TypeCompatibility& compatible);

// Merges candidates (in text order) into events, sorted by start date. A source that
// dates only the start or end of a happening may also join one on the neighbouring day.
// A candidate without a title (it named no one and nowhere) only joins an event of a
// compatible type on overlapping days; alone it is dropped.
std::vector<Event> merge_candidates(std::vector<Candidate> candidates, const TriggerLexicon& triggers);

}  // namespace annals::events
