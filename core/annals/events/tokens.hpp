// Words of a sentence for matching names and trigger words. Curly apostrophes become
// straight ones and a possessive "'s" is split off, so "Putin’s" matches "Putin"; hyphens
// are tokens of their own, so "US-China" holds two names and "Kim Jong-un" still matches.
#pragma once

#include "annals/ascii_case.hpp"
#include "annals/events/text_span.hpp"

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annals::events {

enum class TokenKind { Word, Punctuation };

// A token's spellings are views: into the text itself for most words, or into the
// buffer of the Tokens they belong to (a lower-cased or straightened copy), so reading a
// word copies nothing unless its spelling changes. Views live as long as both the text
// and the Tokens.
struct Token {
  TextSpan span;            // bytes in the document, possessive ending included
  std::string_view text;    // normalised: straight apostrophes, possessive removed
  std::string_view lower;   // `text` with ASCII letters lower-cased
  TokenKind kind = TokenKind::Word;
  bool possessive = false;

  bool is_word() const { return kind == TokenKind::Word; }
  bool capitalized() const { return !text.empty() && text[0] >= 'A' && text[0] <= 'Z'; }
};

// The tokens of one text, with the buffer that holds the spellings that are not in the
// text. Moving keeps the views valid; copying would not, so it is not allowed.
class Tokens : public std::vector<Token> {
 public:
  Tokens() = default;
  explicit Tokens(std::size_t buffer_bytes)
      : buffer_(std::make_unique_for_overwrite<char[]>(buffer_bytes)), capacity_(buffer_bytes) {}
  Tokens(Tokens&&) = default;
  Tokens& operator=(Tokens&&) = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;
  ~Tokens() = default;

  // Room for `bytes` more bytes of spellings (the caller sized the buffer for them).
  char* reserve_spelling(std::size_t bytes) {
    if (used_ + bytes > capacity_) throw std::logic_error("token spelling buffer too small");
    char* at = buffer_.get() + used_;
    used_ += bytes;
    return at;
  }

 private:
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::size_t used_ = 0;
};

// The tokens of text[span]; white space separates, punctuation marks are single tokens.
Tokens tokenize(std::string_view text, TextSpan span);

// The lower-cased word tokens of a phrase from a data file ("held a meeting").
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace annals::events
