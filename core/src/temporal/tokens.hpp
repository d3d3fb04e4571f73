// The token stream the rules match against. A hand-written tokenizer rather than a regex:
// one pass over the bytes, no backtracking, no allocation per token, safe on any bytes.
#pragma once

#include "grow_only_buffer.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace annals::temporal {

struct WordInfo;  // lexicon facts about one spelling (rule_set.hpp)
class SpellingTable;

// Where the tag loop looks for expressions, as token indices, ascending. Most tokens start
// no rule ("said", "of", a comma): the tokenizer lists the numbers, the number words (folding
// makes those numbers or ordinals) and the tokens whose lexicon entry starts rules that the
// next token may continue (start_candidates.hpp); annotate keeps the list true as it folds
// tokens together, so that the tag loop visits these alone instead of asking every token.
using StartCandidates = GrowOnlyBuffer<std::uint32_t>;

enum class TokenKind : std::uint8_t { Word, Number, Ordinal, Punct, Other };

// Digit strings longer than this are kept as tokens but carry no value.
inline constexpr std::size_t max_number_digits = 9;
inline constexpr std::int64_t no_value = -1;

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Other;
  bool capitalized = false;     // first letter upper case in the original text
  bool space_before = false;    // white space between this token and the previous one
  bool line_before = false;     // a line break between this token and the previous one
  std::uint8_t digits = 0;      // digit count of a numeric token written in digits
  std::int64_t value = no_value;  // Number / Ordinal value
  const WordInfo* info = nullptr;  // lexicon entry of the (lower-cased) spelling, if any
};

// The tokens of one text (grow_only_buffer.hpp): the tokenizer makes room for a block of
// text's tokens at a time and writes each slot's every field.
using TokenBuffer = GrowOnlyBuffer<Token>;

// Splits text into words (ASCII letters), digit runs, single punctuation characters and
// runs of non-ASCII code points (invalid bytes count one byte each), each with its lexicon
// entry (looked up lower-cased; no lower-cased copy of the text is kept). `starts` receives
// the tokens where some rule may start (StartCandidates).
void tokenize(std::string_view text, const SpellingTable& spellings, TokenBuffer& tokens, StartCandidates& starts);

// The token's bytes in `text`.
inline std::string_view token_text(std::string_view text, const Token& token) {
  return text.substr(token.begin, token.end - token.begin);
}

}  // namespace annals::temporal
