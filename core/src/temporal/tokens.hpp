// The token stream the rules match against. A hand-written tokenizer rather than a regex:
// one pass over the bytes, no backtracking, no allocation per token, safe on any bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annals::temporal {

struct WordInfo;  // lexicon facts about one spelling (rule_set.hpp)
class SpellingTable;

// Where the tag loop looks for expressions, as token indices, ascending. Most tokens start
// no rule ("said", "of", a comma): the tokenizer lists the numbers, the number words (folding
// makes those numbers or ordinals) and the tokens whose lexicon entry starts rules that the
// next token may continue (start_candidates.hpp); annotate keeps the list true as it folds
// tokens together, so that the tag loop visits these alone instead of asking every token.
using StartCandidates = std::vector<std::uint32_t>;

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

// The tokens of one text, in storage that only grows: the tagger keeps one per thread and
// reuses it from text to text, so that adding a token costs one store of each field (a
// slot's old contents are overwritten, never default-constructed first; the tokenizer
// makes room for a block of text's tokens at a time, not a test per token).
class TokenBuffer {
 public:
  std::size_t size() const { return size_; }
  std::span<Token> tokens() { return {storage_.get(), size_}; }
  std::span<const Token> tokens() const { return {storage_.get(), size_}; }
  Token& operator[](std::size_t at) { return storage_.get()[at]; }
  void clear() { size_ = 0; }
  // Keeps the first `size` tokens (annotate's folding shortens the text's tokens).
  void truncate(std::size_t size) { size_ = size; }
  // Room for `count` more tokens, so that as many add() need no capacity test.
  void reserve_more(std::size_t count) {
    while (capacity_ - size_ < count) grow();
  }
  // The slots past the last token hold stale fields: a caller writes every field of each
  // slot it fills, within room made by reserve_more, then commits up to where it wrote.
  Token* begin() { return storage_.get(); }
  Token* end() { return storage_.get() + size_; }
  void commit(const Token* end) { size_ = static_cast<std::size_t>(end - storage_.get()); }

 private:
  void grow();
  // Raw memory, not constructed tokens: Token is an aggregate, so the slots come to life
  // as they are written, and pages never written (most of a doubling) are never touched.
  struct Release {
    void operator()(Token* tokens) const { ::operator delete(tokens); }
  };
  std::unique_ptr<Token, Release> storage_;
  std::size_t size_ = 0, capacity_ = 0;
};

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
