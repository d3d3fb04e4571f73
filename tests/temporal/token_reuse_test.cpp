// The tagger keeps its token storage per thread and reuses it from text to text without
// clearing it (tokens.hpp, TokenBuffer): every token's fields are written afresh, and only
// tokens where a rule may start are tried (StartCandidates). These cases tag a text after
// another that left numbers, number words, rule words and long words in the reused slots,
// and check the second text reads exactly as it does on a thread that tagged nothing before.
#include "../support/shipped_tagger.hpp"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <tuple>
#include <vector>

using namespace annals;

namespace {

using annals::testing::september_19;
const TemporalTagger& tagger() { return annals::testing::shipped_tagger(); }

// What a reader of the output sees of one expression.
using Seen = std::tuple<std::size_t, std::size_t, std::string, std::string, std::string>;

std::vector<Seen> seen(const std::vector<Timex>& timexes) {
  std::vector<Seen> out;
  for (const auto& timex : timexes) out.emplace_back(timex.begin, timex.end, timex.text, timex.value, timex.mod);
  return out;
}

// `text` tagged on a new thread, whose token storage is empty.
std::vector<Seen> tagged_fresh(const std::string& text) {
  std::vector<Seen> out;
  std::thread([&] { out = seen(tagger().tag(text, september_19)); }).join();
  return out;
}

struct Case {
  std::string before;  // tagged first, on the same thread
  std::string text;    // then this one
  std::size_t expressions;  // how many `text` has
};

}  // namespace

TEST_CASE("tokens left by an earlier text change nothing in the next one") {
  const std::string numbers = "1998 2023 18th twenty-four hours, 5 million, nineteen ninety-six, 12:30 on 3/4/2021. ";
  const std::string words = "Last week the talks that began on Monday, the 18th, went on until next Tuesday. ";
  std::string long_text;
  for (int k = 0; k < 200; ++k) long_text += k % 2 ? numbers : words;  // more tokens than the first storage holds
  const std::vector<Case> cases{
      {long_text, "He left in March.", 1},
      {long_text, "the talks", 0},                          // plain words where numbers lay
      {numbers, "It ended on 18 September 2023.", 1},
      {words, "Extraordinarily unprecedented circumstances", 0},  // long words over short ones
      {long_text, "twenty", 0},                             // one number word, alone
      {"", "In 2021 and then a year later.", 2},
      {long_text, "", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto fresh = tagged_fresh(c.text);
    CHECK(fresh.size() == c.expressions);
    std::vector<Seen> after;
    std::thread([&] {
      (void)tagger().tag(c.before, september_19);
      after = seen(tagger().tag(c.text, september_19));
    }).join();
    CHECK(after == fresh);
  }
}
