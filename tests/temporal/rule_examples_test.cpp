// Runs every example every rule carries in data/temporal: the rules document themselves and
// this one test keeps each of them true. A rule whose examples fail names its file and line.
#include "annals/date_range.hpp"
#include "annals/temporal/tagger.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

const annals::TemporalTagger& tagger() {
  static const auto loaded = annals::TemporalTagger::load(ANNALS_SOURCE_DATA_DIR);
  return loaded;
}

std::string describe(const annals::RuleExample& example, const std::vector<annals::Timex>& found) {
  std::string text = example.file + ":" + std::to_string(example.line) + ": rule " + example.rule + ": \"" +
                     example.text + "\" expected " + example.value + (example.mod.empty() ? "" : " mod=" + example.mod) + "; got";
  for (const auto& timex : found) text += " [" + timex.text + " -> " + timex.value + " " + timex.mod + " by " + timex.rule + "]";
  return text;
}

bool satisfied(const annals::RuleExample& example, const std::vector<annals::Timex>& found) {
  const auto from_rule = [&](const annals::Timex& timex) { return timex.rule == example.rule; };
  if (example.value == "none") return std::none_of(found.begin(), found.end(), from_rule);
  return std::any_of(found.begin(), found.end(), [&](const annals::Timex& timex) {
    if (!from_rule(timex) || timex.mod != example.mod) return false;
    if (example.value == "event") return timex.event_relative.has_value();
    return timex.value == example.value;
  });
}

}  // namespace

TEST_CASE("every rule carries examples and every example holds") {
  const auto examples = tagger().examples();
  REQUIRE(tagger().rule_count() > 0);
  REQUIRE(examples.size() >= tagger().rule_count());
  int failed = 0;
  for (const auto& example : examples) {
    annals::TaggingContext context;
    context.published = *annals::parse_iso_day(example.published);
    if (example.prefer == "future") context.prefer = annals::Direction::Future;
    const auto found = tagger().tag(example.text, context);
    if (!satisfied(example, found)) {
      ++failed;
      MESSAGE(describe(example, found));
    }
  }
  CHECK(failed == 0);
}
