// The loader reports every bad rule at once, each as "file:line: rule ID: why", so a rule
// author fixes a whole file in one go; a good rule set copied beside them still loads.
#include "annals/temporal/tagger.hpp"

#include "../support/rules_folder.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <stdexcept>
#include <string>

TEST_CASE("every bad rule is reported with file, line, id and reason") {
  const annals::test::RulesFolder folder(
      "rule good\n  pattern last MONTH\n  value month=$2 direction=before\n"
      "  example \"last May\" @ 2023-09-19 => 2023-05\n"
      "rule unknown-category\n  pattern last FORTNIGHT\n  value unit=week shift=-1\n"
      "  example \"x\" @ 2023-09-19 => none\n"
      "rule bad-capture\n  pattern last year\n  value unit=year shift=-$3\n"
      "  example \"x\" @ 2023-09-19 => none\n"
      "rule bad-key\n  pattern next year\n  value colour=red\n"
      "  example \"x\" @ 2023-09-19 => none\n"
      "rule no-example\n  pattern this year\n  value unit=year shift=0\n"
      "rule bad-date\n  pattern this week\n  value unit=week shift=0\n"
      "  example \"x\" @ 2023-02-30 => none\n"
      "rule good\n  pattern this month\n  value unit=month shift=0\n"
      "  example \"x\" @ 2023-09-19 => none\n");
  const auto message = folder.load_error();
  const char* expected[] = {
      "test.rules:6: rule unknown-category: unknown lexicon category FORTNIGHT",
      "test.rules:11: rule bad-capture: '$3' names no pattern element (the pattern has 2)",
      "test.rules:15: rule bad-key: unknown value key 'colour'",
      "test.rules:17: rule no-example: no example",
      "test.rules:23: rule bad-date: bad example date '2023-02-30'",
      "test.rules:24: rule good: duplicate rule id",
  };
  for (const auto* line : expected) {
    INFO(std::string(line));
    INFO(message);
    CHECK(message.find(line) != std::string::npos);
  }
  CHECK(message.find("rule good: no") == std::string::npos);
}

TEST_CASE("a new rule in a data file needs no code change") {
  const annals::test::RulesFolder folder(
      "rule fortnight-ago\n  pattern a fortnight ago\n  value unit=week shift=-2\n"
      "  example \"a fortnight ago\" @ 2023-09-19 => 2023-W36\n");
  const auto tagger = annals::TemporalTagger::load(folder.root());
  annals::TaggingContext context;
  context.published = date::sys_days{date::year{2023} / date::September / 19};
  const auto found = tagger.tag("He left a fortnight ago.", context);
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "2023-W36");
  CHECK(found[0].rule == "fortnight-ago");
}

TEST_CASE("a missing data folder is a RuleError, not a crash") {
  CHECK_THROWS_AS(annals::TemporalTagger::load("/nonexistent/annals-data"), annals::RuleError);
}

TEST_CASE("a lexicon too large for the spelling table is refused at load, naming the limit") {
  const annals::test::RulesFolder folder(
      "rule this-month\n  pattern this month\n  value unit=month shift=0\n"
      "  example \"this month\" @ 2023-09-19 => 2023-09\n");
  // 65,536 made-up month spellings ("qaaaa", "qaaab", ...) beside the shipped lexicon.
  constexpr int letters = 26, spellings = 65536;
  std::ofstream extra(folder.root() / "temporal" / "lexicon" / "too-many.lex");
  for (int n = 0; n < spellings; ++n) {
    std::string word(4, 'a');
    for (int k = 3, rest = n; k >= 0; --k, rest /= letters)
      word[static_cast<std::size_t>(k)] = static_cast<char>('a' + rest % letters);
    extra << "month q" << word << " 1\n";
  }
  extra.close();
  CHECK_THROWS_WITH_AS((void)annals::TemporalTagger::load(folder.root()), doctest::Contains("spellings"),
                       std::length_error);
}
