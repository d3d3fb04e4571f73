// Amounts of time as TIMEX3 duration values. Kept apart from the calendar: a duration
// has no place in time, only a size, and its value follows TimeML's writing conventions
// (quarters as months, decades and centuries as years, fractions in the next smaller unit).
#pragma once

#include "calendar.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace annals::temporal {

// What a rule's `amount` says: a whole number, a fraction ("2+1/2" for "2 1/2", "0+1/2"
// for "half a"), or X for an unspecified amount ("several years").
struct Amount {
  long whole = 0;
  long numerator = 0;
  long denominator = 1;
  bool unspecified = false;
};

std::optional<Amount> parse_amount(std::string_view text);

// "P4D", "PT3H", "P9M" (three quarters), "P20Y" (two decades), "P2Y6M" (2 1/2 years),
// "PT30M" (half an hour), "PXY". nullopt for units without a duration (halves) or
// fractions that neither a smaller unit nor a decimal writes exactly.
std::optional<std::string> duration_value(Unit unit, const Amount& amount);

}  // namespace annals::temporal
