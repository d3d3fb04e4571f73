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

}  // namespace

Timex timeml_reading(Timex timex) {
  if (!timex.event_relative) return timex;
  const auto& relative = *timex.event_relative;
  temporal::Amount amount;
  amount.whole = relative.amount;
  const auto value = temporal::duration_value(temporal::unit_of(relative.unit), amount);
  if (!value) return timex;
  const auto length = length_before_signal(timex.text);
  if (length == 0) return timex;  // no amount before the signal: nothing to read apart
  timex.text.resize(length);
  timex.end = timex.begin + length;
  timex.type = TimexType::Duration;
  timex.value = *value;
  timex.anchor.clear();
  timex.event_relative.reset();
  return timex;
}

std::vector<Timex> timeml_reading(std::vector<Timex> timexes) {
  for (auto& timex : timexes) timex = timeml_reading(std::move(timex));
  return timexes;
}

}  // namespace annals
