// ValueText writes every TIMEX3 value in place, its digits by hand. Values must read as
// they did when numbers went through std::to_string and were padded on the left with
// zeros (sign included: "0-44"), so these cases check the hand-written digits against that
// reference over a range of values and widths, plus the pieces values are built from.
#include "src/temporal/value_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using annals::temporal::ValueText;

namespace {

// How values were written before: to_string, then zeros up to the width.
std::string padded(long value, std::size_t width) {
  auto digits = std::to_string(value);
  return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

}  // namespace

TEST_CASE("numbers read as to_string padded with zeros") {
  constexpr std::size_t widest = 5;
  for (std::size_t width = 0; width <= widest; ++width)
    for (long value = -1200; value <= 12000; value += value < 200 ? 1 : 7) {
      ValueText text;
      text.number(value, width);
      CAPTURE(value);
      CAPTURE(width);
      CHECK(text.view() == padded(value, width));
    }
}

TEST_CASE("values are built from years, numbers and letters") {
  struct Case {
    ValueText built;
    std::string expected;
  };
  const std::vector<Case> cases{
      {ValueText().year(2023).text("-").number(9, 2).text("-").number(18, 2), "2023-09-18"},
      {ValueText().year(-44), "BC0044"},
      {ValueText().year(800).text("-Q").number(3, 1), "0800-Q3"},
      {ValueText("T").number(9, 2).text(":").number(5, 2), "T09:05"},
      {ValueText().number(2023, 4).text("-W").number(7, 2).text("-WE"), "2023-W07-WE"},
      {ValueText("publication date ").text("2023-09-19"), "publication date 2023-09-19"},
  };
  for (const auto& [built, expected] : cases) CHECK(built.view() == expected);
}

TEST_CASE("decades and centuries drop the year's last digits") {
  ValueText decade;
  decade.year(1990).drop(1);
  CHECK(decade.view() == "199");
  ValueText century;
  century.year(1800).drop(2);
  CHECK(century.view() == "18");
  ValueText nothing;
  nothing.drop(3);
  CHECK(nothing.empty());
}
