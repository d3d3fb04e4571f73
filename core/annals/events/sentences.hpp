// Splitting text into lines and sentences without breaking after "U.S.", "Dr." or
// "Sept.": the abbreviations come from data/events/abbreviations.txt. Works on bytes and
// only ever looks at ASCII punctuation and the UTF-8 closing quotes, so it cannot cut a
// multi-byte character.
#pragma once

#include "annals/events/text_span.hpp"

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace annals::events {

class Abbreviations {
 public:
  // One abbreviation a line, with its final period ("U.S.", "Sept."); '#' comments.
  static Abbreviations load(const std::filesystem::path& path);
  explicit Abbreviations(std::set<std::string, std::less<>> words = {}) : words_(std::move(words)) {}

  // Whether `word` (ending in '.') is a known abbreviation or a single-letter initial.
  bool contains(std::string_view word) const;

 private:
  std::set<std::string, std::less<>> words_;
};

// The non-blank lines of `text`, trimmed of surrounding white space.
std::vector<TextSpan> split_lines(std::string_view text);

// The sentences inside `line` (a span of `text`), trimmed. A sentence ends at '.', '!'
// or '?' (plus closing quotes or brackets) followed by white space and a character that
// is not a lower-case ASCII letter, unless the word before the period is an abbreviation.
std::vector<TextSpan> split_sentences(std::string_view text, TextSpan line,
                                      const Abbreviations& abbreviations);

}  // namespace annals::events
