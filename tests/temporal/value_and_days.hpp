// The check that a tagged expression has the value and the days (interval) a table names.
#pragma once

#include "annals/date_range.hpp"
#include "annals/timex.hpp"

#include <doctest/doctest.h>

#include <string>

namespace annals::testing {

inline void check_value_and_days(const Timex& timex, const std::string& value, const std::string& first,
                                 const std::string& last) {
  CHECK(timex.value == value);
  REQUIRE(timex.interval.has_value());
  CHECK(format_iso(timex.interval->first) == first);
  CHECK(format_iso(timex.interval->last) == last);
}

}  // namespace annals::testing
