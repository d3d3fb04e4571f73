// TimeML's reading of event-anchored expressions (see the header).
#include "annals/temporal/timeml_reading.hpp"

#include "calendar.hpp"
#include "duration.hpp"

namespace annals {

namespace {

bool is_ascii_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The expression without its last word, the signal ("two days before" -> "two days"), and
// without whatever separated them: a space, a tab, a line break, a no-break space, a hyphen.
std::size_t length_before_signal(std::string_view text) {
  auto length = text.size();
  while (length > 0 && is_ascii_alphanumeric(text[length - 1])) --length;
  while (length > 0 && !is_ascii_alphanumeric(text[length - 1])) --length;
  return length;
}

// The duration TimeML writes for `timex`, if it writes one: the amount of an expression
// counted from a happening, or the one its rule named (`timeml=amount`: "three days later").
std::optional<std::string> duration_of_amount(const Timex& timex) {
  if (!timex.timeml_duration.empty()) return std::string(timex.timeml_duration.view());
  if (!timex.event_relative) return std::nullopt;
  temporal::Amount amount;
  amount.whole = timex.event_relative->amount;
  return temporal::duration_value(temporal::unit_of(timex.event_relative->unit), amount);
}

}  // namespace

Timex timeml_reading(Timex timex) {
  const auto value = duration_of_amount(timex);
  if (!value) return timex;
  const auto length = length_before_signal(timex.text);
  if (length == 0) return timex;  // no amount before the signal: nothing to read apart
  timex.text.resize(length);
  timex.end = timex.begin + length;
  timex.type = TimexType::Duration;
  timex.value = *value;
  timex.interval.reset();
  timex.anchor.clear();
  timex.event_relative.reset();
  timex.timeml_duration.clear();
  return timex;
}

std::vector<Timex> timeml_reading(std::vector<Timex> timexes) {
  for (auto& timex : timexes) timex = timeml_reading(std::move(timex));
  return timexes;
}

}  // namespace annals
