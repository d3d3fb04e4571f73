// The tokenizer: bytes to tokens in a single forward pass. Every byte is looked at a
// bounded number of times, so a 10 MB line or a million digits cost linear time.
#include "tokens.hpp"

#include "spelling_table.hpp"

#include <array>

namespace annals::temporal {

namespace {

// Set in every ASCII lower-case letter, clear in its capital.
constexpr char ascii_lower_bit = 0x20;

// What each byte value starts: one table lookup instead of a chain of comparisons.
enum class ByteClass : std::uint8_t { Space, Newline, Letter, Digit, Punct, High };

constexpr std::array<ByteClass, 256> byte_classes = [] {
  std::array<ByteClass, 256> classes{};
  for (std::size_t c = 0; c < classes.size(); ++c) {
    auto& is = classes[c];
    is = c >= 0x80 ? ByteClass::High : ByteClass::Punct;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') is = ByteClass::Space;
    if (c == '\n') is = ByteClass::Newline;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) is = ByteClass::Letter;
    if (c >= '0' && c <= '9') is = ByteClass::Digit;
  }
  return classes;
}();

ByteClass class_of(char c) { return byte_classes[static_cast<unsigned char>(c)]; }

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

namespace {

// The token starting at `i` (not white space), with its lexicon entry when it is a word;
// returns where it ends. A run of non-ASCII
// characters is one token: rules never match inside it, and the token count stays small.
std::size_t read_token(std::string_view text, const SpellingTable& spellings, std::size_t i, char* lowered, Token& token) {
  const char* bytes = text.data();
  const std::size_t size = text.size();
  switch (class_of(bytes[i])) {
    case ByteClass::Letter: {
      token.kind = TokenKind::Word;
      token.capitalized = (bytes[i] & ascii_lower_bit) == 0;
      auto hash = SpellingTable::start;  // hashed while read: the lookup need not read it again
      // `lowered` (a copy of the text) ends in its string's NUL, which is no letter: the
      // loop needs no bounds test.
      for (char c = lowered[i]; class_of(c) == ByteClass::Letter; c = lowered[++i]) {
        c = static_cast<char>(c | ascii_lower_bit);
        lowered[i] = c;
        hash = SpellingTable::step(hash, c);
      }
      token.info = spellings.find(std::string_view(lowered + token.begin, i - token.begin), hash);
      return i;
    }
    case ByteClass::Digit: {
      token.kind = TokenKind::Number;
      std::int64_t value = 0;
      std::size_t count = 0;
      for (; i < size && class_of(bytes[i]) == ByteClass::Digit; ++i, ++count)
        if (count < max_number_digits) value = value * 10 + (bytes[i] - '0');
      token.value = count <= max_number_digits ? value : no_value;
      token.digits = static_cast<std::uint8_t>(count <= max_number_digits ? count : 0);
      return i;
    }
    case ByteClass::High:
      token.kind = TokenKind::Other;
      i += sequence_length(text, i);
      while (i < size && class_of(bytes[i]) == ByteClass::High) {
        const auto next = sequence_length(text, i);
        if (is_unicode_space(text, i, next)) break;
        i += next;
      }
      return i;
    default:
      token.kind = TokenKind::Punct;
      return i + 1;
  }
}

}  // namespace

void tokenize(std::string_view text, const SpellingTable& spellings, std::string& lowered, std::vector<Token>& tokens) {
  lowered.assign(text);  // letters are lowered in place as the words are read
  char* const lower = lowered.data();  // a local pointer: stores to it cannot move `text`
  tokens.clear();
  bool space = true, line = true;
  for (std::size_t i = 0; i < text.size();) {
    const auto kind = class_of(text[i]);
    if (kind == ByteClass::Space || kind == ByteClass::Newline) {
      space = true;
      line = line || kind == ByteClass::Newline;
      ++i;
      continue;
    }
    if (kind == ByteClass::High && is_unicode_space(text, i, sequence_length(text, i))) {
      space = true;
      i += sequence_length(text, i);
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(i);
    token.space_before = space;
    token.line_before = line;
    space = line = false;
    i = read_token(text, spellings, i, lower, token);
    token.end = static_cast<std::uint32_t>(i);
    if (token.kind != TokenKind::Word) token.info = spellings.find(token_text(lowered, token));
    tokens.push_back(token);
  }
}

}  // namespace annals::temporal
