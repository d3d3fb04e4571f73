// Number words are folded by a small left-to-right state machine over already-annotated
// tokens; it writes the folded tokens back into the same vector (no extra allocation).
#include "annotate.hpp"

#include <charconv>

namespace annals::temporal {

namespace {

constexpr std::int64_t ten = 10, hundred = 100;
constexpr std::uint8_t year_digits = 4;

std::int64_t to_integer(const std::string* text) {
  std::int64_t value = no_value;
  if (text) std::from_chars(text->data(), text->data() + text->size(), value);
  return value;
}

struct Folder {
  const TemporalTagger::Rules& rules;
  std::string_view lowered;

  std::int64_t word_value(const Token& token, CategoryId category) const {
    if (token.kind != TokenKind::Word || !token.info) return no_value;
    return to_integer(token.info->value_of(category));
  }
  bool is_tens(std::int64_t value) const { return value >= 2 * ten && value < hundred && value % ten == 0; }
  bool is_word_number(const Token& token) const {
    return token.kind == TokenKind::Number && token.digits == 0 && token.value != no_value;
  }
  bool is_hyphen(const Token& token) const { return token.kind == TokenKind::Punct && token_text(lowered, token) == "-"; }
};

}  // namespace

void annotate(const TemporalTagger::Rules& rules, std::string_view lowered, std::vector<Token>& tokens) {
  for (auto& token : tokens) token.info = rules.lexicon.find(token_text(lowered, token));
  const Folder folder{rules, lowered};
  std::size_t out = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token token = tokens[i];
    const auto next = [&](std::size_t k) -> const Token* { return i + k < tokens.size() ? &tokens[i + k] : nullptr; };
    // "18th": digits then an ordinal suffix, no space between.
    if (token.kind == TokenKind::Number && token.value != no_value && next(1) && !next(1)->space_before &&
        next(1)->info && next(1)->info->value_of(rules.ordinal_suffix)) {
      token.kind = TokenKind::Ordinal;
      token.end = next(1)->end;
      token.info = nullptr;
      ++i;
    } else if (const auto ordinal = folder.word_value(token, rules.ordinal_word); ordinal != no_value) {
      token.kind = TokenKind::Ordinal;
      token.value = ordinal;
    } else if (const auto number = folder.word_value(token, rules.number_word); number != no_value) {
      token.kind = TokenKind::Number;
      token.value = number;
      // "twenty-four", "twenty four", "twenty-first"
      if (folder.is_tens(number)) {
        const std::size_t skip = next(1) && folder.is_hyphen(*next(1)) ? 1 : 0;
        if (const auto* unit = next(1 + skip)) {
          const auto units = folder.word_value(*unit, rules.number_word);
          const auto units_ordinal = folder.word_value(*unit, rules.ordinal_word);
          if (units > 0 && units < ten) {
            token.value = number + units;
            token.end = unit->end;
            token.info = nullptr;
            i += 1 + skip;
          } else if (units_ordinal > 0 && units_ordinal < ten) {
            token.kind = TokenKind::Ordinal;
            token.value = number + units_ordinal;
            token.end = unit->end;
            token.info = nullptr;
            i += 1 + skip;
          }
        }
      }
    }
    // "two hundred", "a thousand", "5 million"
    if (token.kind == TokenKind::Number && token.value != no_value && next(1)) {
      const auto multiplier = folder.word_value(*next(1), rules.multiplier);
      if (multiplier > 0 && token.value < multiplier) {
        token.value *= multiplier;
        token.end = next(1)->end;
        token.info = nullptr;
        token.digits = 0;
        ++i;
      }
    }
    // "nineteen ninety-six": two word numbers read as a year, written as if in digits.
    if (out > 0 && folder.is_word_number(token) && token.value >= ten && token.value < hundred &&
        folder.is_word_number(tokens[out - 1]) && tokens[out - 1].value > ten && tokens[out - 1].value < hundred &&
        !token.line_before) {
      auto& year = tokens[out - 1];
      year.value = year.value * hundred + token.value;
      year.digits = year_digits;
      year.end = token.end;
      year.info = nullptr;
      continue;
    }
    tokens[out++] = token;
  }
  tokens.resize(out);
}

}  // namespace annals::temporal
