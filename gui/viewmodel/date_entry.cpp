// Typed date parsing (see date_entry.hpp).
#include "annals/view/date_entry.hpp"

#include <algorithm>
#include <cctype>

namespace annals::view {

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

}  // namespace

DateEntryResult parse_date_entry(std::string_view text, const TemporalTagger* tagger,
                                 date::sys_days reference) {
  text = trim(text);
  if (text.empty()) return {std::nullopt, "empty date"};
  if (const auto range = range_of_timex_value(text))
    return {When{std::string(text), "", *range}, ""};
  if (!tagger) return {std::nullopt, "'" + std::string(text) + "' is not a date like 2023-03-17"};
  const auto found = tagger->tag(text, TaggingContext{reference, Direction::Past});
  // The expression must cover the whole entry: "March 2023 or so" is not a date.
  const auto whole = std::find_if(found.begin(), found.end(), [&](const Timex& timex) {
    return timex.interval && timex.begin == 0 && timex.end == text.size();
  });
  if (whole == found.end())
    return {std::nullopt, "'" + std::string(text) + "' is not a date Annals understands"};
  return {When{whole->value, whole->mod, *whole->interval}, ""};
}

}  // namespace annals::view
