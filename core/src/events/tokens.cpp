// Tokenising for name and trigger matching. Bytes >= 0x80 are letters unless they start
// a General Punctuation character (U+2000..U+206F: curly quotes, dashes, ellipsis), so
// Korean or accented names stay whole words and “quotes” become punctuation.
#include "annals/events/tokens.hpp"

#include <algorithm>

namespace annals::events {

namespace {

constexpr std::string_view right_single_quote = "\xE2\x80\x99";  // ’
constexpr unsigned char general_punctuation_lead = 0xE2;
constexpr unsigned char general_punctuation_second_low = 0x80;
constexpr unsigned char general_punctuation_second_high = 0x81;
constexpr unsigned char no_break_space_lead = 0xC2;
constexpr unsigned char no_break_space_second = 0xA0;

unsigned char byte_at(std::string_view text, std::size_t at) {
  return at < text.size() ? static_cast<unsigned char>(text[at]) : 0;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the UTF-8 sequence starting with `lead` (1 for ASCII and stray bytes).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

bool is_space_at(std::string_view text, std::size_t at) {
  const auto c = byte_at(text, at);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return true;
  return c == no_break_space_lead && byte_at(text, at + 1) == no_break_space_second;
}

bool is_letter_at(std::string_view text, std::size_t at) {
  const auto c = byte_at(text, at);
  if (c < 0x80) return is_ascii_alnum(c);
  if (c == general_punctuation_lead) {
    const auto second = byte_at(text, at + 1);
    return second != general_punctuation_second_low && second != general_punctuation_second_high;
  }
  return !is_space_at(text, at);
}

// An apostrophe (straight or curly) inside a word, followed by a letter: "Putin’s", "don't".
std::size_t apostrophe_length(std::string_view text, std::size_t at) {
  if (byte_at(text, at) == '\'') return 1;
  if (text.substr(at, right_single_quote.size()) == right_single_quote)
    return right_single_quote.size();
  return 0;
}

// "U.S." and "U.N.": two or more single letters each followed by a period.
std::size_t initialism_length(std::string_view text, std::size_t at, std::size_t end) {
  std::size_t length = 0;
  while (at + length + 1 < end) {
    const auto letter = byte_at(text, at + length);
    const bool alpha = (letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z');
    if (!alpha || byte_at(text, at + length + 1) != '.') break;
    length += 2;
  }
  return length >= 4 ? length : 0;
}

// The word's bytes with every apostrophe made straight.
std::string straightened(std::string_view text, std::size_t begin, std::size_t end) {
  std::string word;
  word.reserve(end - begin);
  for (std::size_t i = begin; i < end;) {
    if (const auto apostrophe = apostrophe_length(text, i)) {
      word += '\'';
      i += apostrophe;
    } else {
      word += text[i++];
    }
  }
  return word;
}

// Fills `token`, already in place in the token vector (a Token holds two strings, so
// building it elsewhere and moving it in costs as much as filling it), with a word.
void read_word(Token& token, std::string_view text, std::size_t begin, std::size_t end) {
  token.span = {begin, end};
  const auto word = text.substr(begin, end - begin);
  // Most words hold no apostrophe (straight, or a curly one, which starts with 0xE2): copied whole.
  const bool plain = word.find('\'') == std::string_view::npos && word.find('\xE2') == std::string_view::npos;
  if (plain) token.text.assign(word);
  else token.text = straightened(text, begin, end);
  if (token.text.size() > 2 && token.text.ends_with("'s")) {
    token.text.resize(token.text.size() - 2);
    token.possessive = true;
  } else if (token.text.size() > 1 && token.text.ends_with('\'')) {
    token.text.pop_back();
    token.possessive = true;
  }
  token.lower = ascii_lower(token.text);
}

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (auto& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower;
}

std::vector<Token> tokenize(std::string_view text, TextSpan span) {
  // English prose averages about six bytes a token: reserving that many avoids regrowing.
  constexpr std::size_t bytes_per_token_estimate = 5;
  std::vector<Token> tokens;
  span.end = std::min(span.end, text.size());  // spans from elsewhere may be stale: never read past the text
  span.begin = std::min(span.begin, span.end);
  tokens.reserve((span.end - span.begin) / bytes_per_token_estimate + 1);
  std::size_t at = span.begin;
  while (at < span.end) {
    if (is_space_at(text, at)) {
      at += sequence_length(byte_at(text, at));
      continue;
    }
    if (const auto initialism = initialism_length(text, at, span.end)) {
      read_word(tokens.emplace_back(), text, at, at + initialism);
      at += initialism;
      continue;
    }
    if (!is_letter_at(text, at)) {
      const auto length = std::min(sequence_length(byte_at(text, at)), span.end - at);
      auto& mark = tokens.emplace_back();
      mark.span = {at, at + length};
      mark.text.assign(text.substr(at, length));
      mark.lower = mark.text;
      mark.kind = TokenKind::Punctuation;
      at += length;
      continue;
    }
    std::size_t end = at;
    while (end < span.end) {
      if (is_letter_at(text, end)) {
        end += sequence_length(byte_at(text, end));
      } else if (const auto apostrophe = apostrophe_length(text, end)) {
        // An apostrophe inside a word ("Putin’s") or after a plural ("countries’").
        const bool inside = end + apostrophe < span.end && is_letter_at(text, end + apostrophe);
        const bool plural_possessive = !inside && byte_at(text, end - 1) == 's';
        if (!inside && !plural_possessive) break;
        end += apostrophe;
        if (!inside) break;
      } else {
        break;
      }
    }
    read_word(tokens.emplace_back(), text, at, std::min(end, span.end));
    at = end;
  }
  return tokens;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (auto& token : tokenize(phrase, {0, phrase.size()})) words.push_back(std::move(token.lower));
  return words;
}

}  // namespace annals::events
