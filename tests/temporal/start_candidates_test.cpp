// The tokenizer lists only the tokens where a match may start, and drops a rule word at once
// when the token after it can continue none of its rules (start_candidates.hpp). These cases
// sit where that decision must wait or must keep the word: before a number or a number word
// (folding may change the next token), before a fold of several words, as the text's last
// token, and before words no pattern names (dropped: nothing may be found).
#include "../support/shipped_tagger.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace annals;

namespace {

using annals::testing::september_19;
const TemporalTagger& tagger() { return annals::testing::shipped_tagger(); }

struct Case {
  std::string text;
  std::string found;  // the expression's text; "" when none may be found
  std::string value;
};

}  // namespace

TEST_CASE("a start word is kept or dropped by the token after it, as the matcher would") {
  const std::vector<Case> cases{
      {"on the twenty-first of May", "the twenty-first of May", "2023-05-21"},  // before a folded ordinal
      {"by the end of nineteen ninety-six", "the end of nineteen ninety-six", "1996"},  // a year of two words
      {"the last twenty four hours", "the last twenty four hours", "PT24H"},  // before a number word
      {"the 18th of May", "the 18th of May", "2023-05-18"},                   // before digits and a suffix
      {"early 2020", "early 2020", "2020"},
      {"It happened today", "today", "2023-09-19"},  // the last token: no next one to ask
      {"Monday", "Monday", "2023-09-18"},             // the only token
      {"tonight.", "tonight", "2023-09-19"},
      {"the talks", "", ""},                          // "the" before a word no rule continues with
      {"He came last", "", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto found = tagger().tag(c.text, september_19);
    if (c.found.empty()) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(found.size() == 1);
    CHECK(found.front().text == c.found);
    CHECK(found.front().value == c.value);
  }
}
