// The tokenizer lists only the tokens where a match may start, and drops a rule word at once
// when the token after it can continue none of its rules (start_candidates.hpp). These cases
// sit where that decision must wait or must keep the word: before a number or a number word
// (folding may change the next token), before a fold of several words, as the text's last
// token, and before words no pattern names (dropped: nothing may be found).
#include "single_expression.hpp"

using annals::testing::check_single_expressions;

TEST_CASE("a start word is kept or dropped by the token after it, as the matcher would") {
  check_single_expressions({
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
  });
}
