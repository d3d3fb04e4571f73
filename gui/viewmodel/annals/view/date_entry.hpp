// Turning what an analyst types into a date ("2023-03-17", "2023-03", "mid-March 2023",
// "early 2023") with its true precision. TIMEX3 values are read directly; anything else
// goes through the temporal tagger, so typed dates follow the same rules as imported ones.
#pragma once

#include "annals/event.hpp"
#include "annals/temporal/tagger.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace annals::view {

struct DateEntryResult {
  std::optional<When> when;
  std::string error;  // why the text was not understood, when `when` is empty
};

// `tagger` may be null (only TIMEX3 values are understood then); `reference` anchors
// relative text such as "last March".
DateEntryResult parse_date_entry(std::string_view text, const TemporalTagger* tagger,
                                 date::sys_days reference);

}  // namespace annals::view
