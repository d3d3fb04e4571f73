// How TimeML annotates what the tagger reads as one expression. "Twenty years after the
// war" is one fact on a timeline (a date counted from a happening, dated once the event
// extractor knows the happening), but TimeML's TIMEX3 is only "twenty years", a DURATION:
// "after" is a SIGNAL and "the war" an EVENT, tied by a TLINK outside the TIMEX3. Scoring
// against TimeML gold, and writing TIMEX3 values for scripts, both need TimeML's reading;
// the timeline keeps the tagger's.
#pragma once

#include "annals/timex.hpp"

#include <vector>

namespace annals {

// The TIMEX3 TimeML would write for `timex`: the amount of an event-anchored expression, or
// of one counted from the story whose rule says so ("two days later", `timeml_duration`),
// as a DURATION over the amount's words; any other expression unchanged.
Timex timeml_reading(Timex timex);
std::vector<Timex> timeml_reading(std::vector<Timex> timexes);

}  // namespace annals
