// Words of a sentence for matching names and trigger words. Curly apostrophes become
// straight ones and a possessive "'s" is split off, so "Putin’s" matches "Putin"; hyphens
// are tokens of their own, so "US-China" holds two names and "Kim Jong-un" still matches.
#pragma once

#include "annals/events/text_span.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace annals::events {

enum class TokenKind { Word, Punctuation };

struct Token {
  TextSpan span;       // bytes in the document, possessive ending included
  std::string text;    // normalised: straight apostrophes, possessive removed
  std::string lower;   // `text` with ASCII letters lower-cased
  TokenKind kind = TokenKind::Word;
  bool possessive = false;

  bool is_word() const { return kind == TokenKind::Word; }
  bool capitalized() const { return !text.empty() && text[0] >= 'A' && text[0] <= 'Z'; }
};

// The tokens of text[span]; white space separates, punctuation marks are single tokens.
std::vector<Token> tokenize(std::string_view text, TextSpan span);

// The lower-cased word tokens of a phrase from a data file ("held a meeting").
std::vector<std::string> phrase_words(std::string_view phrase);

std::string ascii_lower(std::string_view text);

}  // namespace annals::events
