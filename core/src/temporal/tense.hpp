// Which way the sentence around an expression points: "will begin on April 7" (future),
// "met on Monday" (past). The nearest tense cue in the same sentence decides; cue words
// and the past-tense suffix are lexicon data.
#pragma once

#include "annals/temporal/tagger.hpp"
#include "rule_set.hpp"
#include "tokens.hpp"

#include <optional>
#include <span>

namespace annals::temporal {

// Tokens looked at on each side; keeps the cost per expression constant.
inline constexpr std::size_t tense_window = 20;

// The tense cue nearest to tokens [first, last) of `text` within the sentence, if any. Cue
// suffixes are compared case-blind: the tokenizer makes no lower-cased copy of the text.
std::optional<Direction> tense_around(const TemporalTagger::Rules& rules, std::span<const Token> tokens,
                                      std::string_view text, std::size_t first, std::size_t last);

// Where the tense of one expression is read: tokens [first, last) of a text. Kept by the
// resolution context so that only resolutions that consult the tense pay for reading it.
struct TenseQuery {
  const TemporalTagger::Rules* rules = nullptr;  // nullptr: no words, no tense
  std::span<const Token> tokens;
  std::string_view text;  // the text itself (Matcher::text() gives it; tense_around)
  std::size_t first = 0, last = 0;
  std::optional<Direction> read() const {
    return rules ? tense_around(*rules, tokens, text, first, last) : std::nullopt;
  }
};

}  // namespace annals::temporal
