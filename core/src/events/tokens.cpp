// Tokenising for name and trigger matching. Bytes >= 0x80 are letters unless they start
// a General Punctuation character (U+2000..U+206F: curly quotes, dashes, ellipsis), so
// Korean or accented names stay whole words and “quotes” become punctuation.
#include "annals/events/tokens.hpp"

#include <algorithm>
#include <array>

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

constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// What a word's bytes hold, gathered while its end is found, so the word is not scanned
// again to learn whether it needs lower-casing or straightening (two scans of every word
// were a fifth of tokenising).
enum WordBytes : unsigned char {
  alnum = 1,              // an ASCII letter or digit
  capital = 2,            // an ASCII capital: the lower-case spelling is a copy
  apostrophe_byte = 4,    // ' or the lead byte of ’: the spelling may need straightening
};

constexpr std::array<unsigned char, 256> word_byte_table = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned c = 0; c < table.size(); ++c) {
    if (is_ascii_alnum(static_cast<unsigned char>(c))) table[c] |= alnum;
    if (c >= 'A' && c <= 'Z') table[c] |= capital;
    if (c == '\'' || c == general_punctuation_lead) table[c] |= apostrophe_byte;
  }
  return table;
}();

unsigned char word_bytes_of(std::string_view word) {
  unsigned char seen = 0;
  for (const char c : word) seen |= word_byte_table[static_cast<unsigned char>(c)];
  return seen;
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

// The word's bytes with every apostrophe made straight, copied into `tokens`' buffer.
std::string_view straightened(Tokens& tokens, std::string_view word) {
  char* out = tokens.reserve_spelling(word.size());
  std::size_t length = 0;
  for (std::size_t i = 0; i < word.size();) {
    if (const auto apostrophe = apostrophe_length(word, i)) {
      out[length++] = '\'';
      i += apostrophe;
    } else {
      out[length++] = word[i++];
    }
  }
  return {out, length};
}

// `word` lower-cased: the word itself when it has no capital (most words), else a copy.
std::string_view lowered(Tokens& tokens, std::string_view word, unsigned char seen) {
  if (!(seen & capital)) return word;
  char* out = tokens.reserve_spelling(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) out[i] = ascii_lower(word[i]);
  return {out, word.size()};
}

// Appends a word token; its spellings point into the text unless they differ from it.
// `seen` holds the WordBytes of the word's bytes (at least those it has).
void read_word(Tokens& tokens, std::string_view text, std::size_t begin, std::size_t end, unsigned char seen) {
  const auto word = text.substr(begin, end - begin);
  auto spelling = (seen & apostrophe_byte) ? straightened(tokens, word) : word;
  auto& token = tokens.emplace_back();
  token.span = {begin, end};
  if (spelling.size() > 2 && spelling.ends_with("'s")) {
    spelling.remove_suffix(2);
    token.possessive = true;
  } else if (spelling.size() > 1 && spelling.ends_with('\'')) {
    spelling.remove_suffix(1);
    token.possessive = true;
  }
  token.text = spelling;
  token.lower = lowered(tokens, spelling, seen);  // dropping "'s" or "'" drops no capital
}

}  // namespace

Tokens tokenize(std::string_view text, TextSpan span) {
  // English prose averages about six bytes a token: reserving that many avoids regrowing.
  constexpr std::size_t bytes_per_token_estimate = 5;
  // A word's changed spellings (straightened, lower-cased) are each at most its length.
  constexpr std::size_t spellings_per_byte = 2;
  span.end = std::min(span.end, text.size());  // spans from elsewhere may be stale: never read past the text
  span.begin = std::min(span.begin, span.end);
  Tokens tokens((span.end - span.begin) * spellings_per_byte);
  tokens.reserve((span.end - span.begin) / bytes_per_token_estimate + 1);
  std::size_t at = span.begin;
  while (at < span.end) {
    if (is_space_at(text, at)) {
      at += sequence_length(byte_at(text, at));
      continue;
    }
    if (const auto initialism = initialism_length(text, at, span.end)) {
      read_word(tokens, text, at, at + initialism, word_bytes_of(text.substr(at, initialism)));
      at += initialism;
      continue;
    }
    if (!is_letter_at(text, at)) {
      const auto length = std::min(sequence_length(byte_at(text, at)), span.end - at);
      auto& mark = tokens.emplace_back();
      mark.span = {at, at + length};
      mark.text = text.substr(at, length);
      mark.lower = mark.text;
      mark.kind = TokenKind::Punctuation;
      at += length;
      continue;
    }
    std::size_t end = at;
    unsigned char seen = 0;
    while (end < span.end) {
      // Most bytes of most words are ASCII letters: no need for the general test.
      for (unsigned char bytes = 0; end < span.end && ((bytes = word_byte_table[static_cast<unsigned char>(text[end])]) & alnum); ++end)
        seen |= bytes;
      if (end >= span.end) break;
      if (is_letter_at(text, end)) {
        const auto length = sequence_length(byte_at(text, end));
        seen |= word_bytes_of(text.substr(end, length));
        end += length;
      } else if (const auto apostrophe = apostrophe_length(text, end)) {
        seen |= apostrophe_byte;
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
    read_word(tokens, text, at, std::min(end, span.end), seen);
    at = end;
  }
  return tokens;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (const auto& token : tokenize(phrase, {0, phrase.size()})) words.emplace_back(token.lower);
  return words;
}

}  // namespace annals::events
