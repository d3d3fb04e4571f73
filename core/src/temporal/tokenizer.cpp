// The tokenizer: bytes to tokens in a single forward pass. Every byte is looked at a
// bounded number of times, so a 10 MB line or a million digits cost linear time.
#include "tokens.hpp"

#include "spelling_table.hpp"

namespace annals::temporal {

namespace {

// Set in every ASCII lower-case letter, clear in its capital.
constexpr char ascii_lower_bit = 0x20;

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence led by `lead`; invalid leads count as one byte.
std::size_t sequence_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = 1;
  if (lead >= 0xF0) length = 4;
  else if (lead >= 0xE0) length = 3;
  else if (lead >= 0xC0) length = 2;
  for (std::size_t k = 1; k < length; ++k)
    if (at + k >= text.size() || (static_cast<unsigned char>(text[at + k]) & 0xC0) != 0x80) return 1;
  return length;
}

// U+00A0 (no-break space) and U+2009/U+202F (thin spaces) separate words like a space.
bool is_unicode_space(std::string_view text, std::size_t at, std::size_t length) {
  const auto sequence = text.substr(at, length);
  return sequence == "\xC2\xA0" || sequence == "\xE2\x80\x89" || sequence == "\xE2\x80\xAF";
}

}  // namespace

void tokenize(std::string_view text, const SpellingTable& spellings, std::string& lowered, std::vector<Token>& tokens) {
  lowered.assign(text);  // letters are lowered in place as the words are read
  tokens.clear();
  bool space = true, line = true;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      space = true;
      line = line || c == '\n';
      ++i;
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(i);
    token.space_before = space;
    token.line_before = line;
    space = line = false;
    if (is_letter(c)) {
      token.kind = TokenKind::Word;
      token.capitalized = c >= 'A' && c <= 'Z';
      for (; i < text.size() && is_letter(static_cast<unsigned char>(text[i])); ++i)
        lowered[i] = static_cast<char>(text[i] | ascii_lower_bit);
    } else if (is_digit(c)) {
      token.kind = TokenKind::Number;
      std::int64_t value = 0;
      std::size_t count = 0;
      for (; i < text.size() && is_digit(static_cast<unsigned char>(text[i])); ++i, ++count)
        if (count < max_number_digits) value = value * 10 + (text[i] - '0');
      token.value = count <= max_number_digits ? value : no_value;
      token.digits = static_cast<std::uint8_t>(count <= max_number_digits ? count : 0);
    } else if (c < 0x80) {
      token.kind = TokenKind::Punct;
      ++i;
    } else {
      const auto length = sequence_length(text, i);
      if (is_unicode_space(text, i, length)) {
        space = true;
        i += length;
        continue;
      }
      token.kind = TokenKind::Other;
      i += length;
      // A run of other characters (a foreign script, binary noise) is one token: rules
      // never match inside it, and the token count stays small.
      while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) {
        const auto next = sequence_length(text, i);
        if (is_unicode_space(text, i, next)) break;
        i += next;
      }
    }
    token.end = static_cast<std::uint32_t>(i);
    token.info = spellings.find(token_text(lowered, token));
    tokens.push_back(token);
  }
}

}  // namespace annals::temporal
