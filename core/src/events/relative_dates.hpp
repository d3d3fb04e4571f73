// Dating "a day before going to Russia": the words naming the other happening are
// matched (trigger type, places, the sentence's subject) against the happenings the
// same document dates, and the offset is applied to the best match's date.
#pragma once

#include "candidate.hpp"
#include "lexicons.hpp"

#include "annals/timex.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals::events {

struct RelativeDating {
  std::string value;  // TIMEX3 value of the result: "2023-09-17"
  DateRange range;
  std::string anchor;  // "1 day before “Wang Yi visits Russia” (2023-09-18)"
};

// `subject`: canonical name of who the sentence is about, empty when unknown.
std::optional<RelativeDating> date_relative(std::string_view text, const Timex& timex,
                                            const std::string& subject,
                                            const std::vector<Candidate>& dated,
                                            const EventExtractor::Lexicons& lexicons);

// `range` moved by `amount` units (negative: earlier), keeping its precision.
std::optional<DateRange> shift_range(const DateRange& range, int amount, Granularity unit);

// The TIMEX3 value of a day, month or year range; empty for other precisions.
std::string timex_value_of(const DateRange& range);

}  // namespace annals::events
