// Duration values. A fraction goes into the next smaller unit when that unit divides it
// (2 1/2 years = 30 months = P2Y6M, as TimeML annotators write it), else into a decimal
// on the unit itself (ISO 8601 allows "P1.5M").
#include "duration.hpp"

#include <charconv>

namespace annals::temporal {

namespace {

std::optional<long> whole_number(std::string_view text) {
  long value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

constexpr long max_whole = 1'000'000'000'000;

// A unit written as a multiple of a smaller one: decades and centuries in years, quarters
// in months; and the split a fraction falls into (years into months, hours into minutes).
struct Writing {
  const char* big;     // designator of the unit itself ("Y"), or "" when always written small
  const char* small;   // designator of the smaller unit ("M")
  long per;            // smaller units per unit
  bool time;           // after the "T" of ISO 8601 (hours, minutes, seconds)
  bool big_is_time;    // the unit itself is after the "T" too
};

std::optional<Writing> writing_of(Unit unit) {
  constexpr long months_per_year = 12, months_per_quarter = 3, years_per_decade = 10, years_per_century = 100;
  constexpr long hours_per_day = 24, minutes_per_hour = 60, seconds_per_minute = 60;
  switch (unit) {
    case Unit::Year: return Writing{"Y", "M", months_per_year, false, false};
    case Unit::Quarter: return Writing{"", "M", months_per_quarter, false, false};
    case Unit::Decade: return Writing{"", "Y", years_per_decade, false, false};
    case Unit::Century: return Writing{"", "Y", years_per_century, false, false};
    case Unit::Day: return Writing{"D", "H", hours_per_day, true, false};
    case Unit::Hour: return Writing{"H", "M", minutes_per_hour, true, true};
    case Unit::Minute: return Writing{"M", "S", seconds_per_minute, true, true};
    default: return std::nullopt;
  }
}

// "1.5" for 3/2; nullopt when the decimal does not end (thirds).
std::optional<std::string> decimal(const Amount& amount) {
  constexpr long max_places = 4;
  long numerator = amount.numerator, scale = 1;
  for (long places = 0; numerator % amount.denominator != 0; ++places) {
    if (places == max_places) return std::nullopt;
    numerator *= 10;
    scale *= 10;
  }
  const auto fraction = std::to_string(numerator / amount.denominator);
  const auto padding = std::to_string(scale).size() - 1 - fraction.size();
  return std::to_string(amount.whole) + "." + std::string(padding, '0') + fraction;
}

}  // namespace

std::optional<Amount> parse_amount(std::string_view text) {
  if (text == "X") return Amount{0, 0, 1, true};
  Amount amount;
  const auto plus = text.find('+');
  const auto whole = whole_number(text.substr(0, plus));
  if (!whole) return std::nullopt;
  amount.whole = *whole;
  if (plus == std::string_view::npos) return amount;
  const auto fraction = text.substr(plus + 1);
  const auto slash = fraction.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto numerator = whole_number(fraction.substr(0, slash));
  const auto denominator = whole_number(fraction.substr(slash + 1));
  if (!numerator || !denominator || *denominator == 0 || *numerator >= *denominator) return std::nullopt;
  amount.numerator = *numerator;
  amount.denominator = *denominator;
  return amount;
}

std::optional<std::string> duration_value(Unit unit, const Amount& amount) {
  const auto designator = duration_designator(unit);
  if (!designator || unit == Unit::Half || unit == Unit::Season) return std::nullopt;
  if (amount.whole > max_whole) return std::nullopt;  // no overflow below; no such amount is real
  // "P4D", "PT3H": a count on the unit's own designator.
  const auto on_unit = [&](const std::string& count) {
    return (*designator)[0] == 'T' ? "PT" + count + designator->substr(1) : "P" + count + *designator;
  };
  const auto writing = writing_of(unit);
  const bool fraction = amount.numerator != 0;
  // "decades", "several quarters": some number of the smaller unit (PXY, PXM).
  if (amount.unspecified && writing && *writing->big == '\0') return std::string("PX") + writing->small;
  if (amount.unspecified) return on_unit("X");
  if (!fraction && (!writing || *writing->big != '\0')) return on_unit(std::to_string(amount.whole));
  if (!writing) {  // a fraction of a week or month: a decimal on the unit itself
    const auto count = decimal(amount);
    if (!count) return std::nullopt;
    return on_unit(*count);
  }
  const long total_small = amount.whole * writing->per + amount.numerator * writing->per / amount.denominator;
  if (amount.numerator * writing->per % amount.denominator != 0) return std::nullopt;
  const long big = *writing->big == '\0' ? 0 : total_small / writing->per;
  const long small = *writing->big == '\0' ? total_small : total_small % writing->per;
  std::string value = "P";
  if (big > 0) value += (writing->big_is_time ? "T" : "") + std::to_string(big) + writing->big;
  if (small > 0 || big == 0) {
    if (writing->time && !(writing->big_is_time && big > 0)) value += "T";
    value += std::to_string(small) + writing->small;
  }
  return value;
}

}  // namespace annals::temporal
