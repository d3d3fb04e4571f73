// The word filter may say "maybe" for a word it was not given, never "no" for one it was:
// the gazetteer skips its hash lookups on a "no".
#include "annals/events/word_filter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using annals::events::WordFilter;

TEST_CASE("word filter: every added word passes; other first bytes and lengths do not") {
  WordFilter filter;
  const std::vector<std::string> added{"minister", "president", "mr", "Putin",
                                       std::string(40, 'x') /* longer than the length bits */};
  for (const auto& word : added) filter.add(word);
  for (const auto& word : added) CHECK(filter.may_contain(word));

  struct Case {
    std::string word;
    bool maybe;
  };
  const std::vector<Case> cases{
      {"mister", false},               // first byte of "minister", no word of 6 bytes with it
      {"monitors", true},              // same first byte and length as "minister": a "maybe"
      {"said", false},                 // no word starts with 's'
      {"putin", false},                // case matters: 'p' with 5 bytes was not added
      {"Paris", true},                 // 'P' with 5 bytes, like "Putin"
      {"", false},                     // the empty word is never in the set
      {std::string(35, 'x'), true},    // 31 bytes and more share the last length bit
      {std::string(30, 'x'), false},
  };
  for (const auto& [word, maybe] : cases) {
    CAPTURE(word);
    CHECK(filter.may_contain(word) == maybe);
  }
}

TEST_CASE("word filter: an empty filter rejects everything") {
  const WordFilter filter;
  for (const char* word : {"a", "the", "minister"}) CHECK_FALSE(filter.may_contain(word));
}
