// Number words are folded by a small left-to-right state machine over already-annotated
// tokens; it writes the folded tokens back into the same vector (no extra allocation).
#include "annotate.hpp"

#include <algorithm>
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

// A word's value as a number word, ordinal word or multiplier (index_number_words).
enum class Reading : std::uint8_t { Number, Ordinal, Multiplier };

struct Folder {
  const TemporalTagger::Rules& rules;
  std::string_view text;  // punctuation is read from the text itself

  std::int64_t word_value(const Token& token, Reading reading) const {
    if (token.kind != TokenKind::Word || !token.info) return no_value;
    switch (reading) {
      case Reading::Number: return token.info->number_value;
      case Reading::Ordinal: return token.info->ordinal_value;
      case Reading::Multiplier: return token.info->multiplier_value;
    }
    return no_value;
  }
  bool is_tens(std::int64_t value) const { return value >= 2 * ten && value < hundred && value % ten == 0; }
  bool is_word_number(const Token& token) const {
    return token.kind == TokenKind::Number && token.digits == 0 && token.value != no_value;
  }
  bool is_hyphen(const Token& token) const { return token.kind == TokenKind::Punct && token_text(text, token) == "-"; }
};

}  // namespace

namespace {

// Extends `token` over `last`, making it a `kind` token of `value`.
void absorb(Token& token, const Token& last, TokenKind kind, std::int64_t value) {
  token.kind = kind;
  token.value = value;
  token.end = last.end;
  token.info = nullptr;
}

// Folds the tokens starting at i into `token`; returns how many extra tokens it took.
std::size_t fold_at(const Folder& folder, std::span<const Token> tokens, std::size_t i, Token& token) {
  const auto& rules = folder.rules;
  const auto next = [&](std::size_t k) -> const Token* { return i + k < tokens.size() ? &tokens[i + k] : nullptr; };
  std::size_t taken = 0;
  // "2082.1": a decimal is one number token with no count, so it reads as neither a year
  // ("close at 2082.1") nor an amount.
  if (token.kind == TokenKind::Number && token.digits > 0 && next(2) && !next(1)->space_before &&
      token_text(folder.text, *next(1)) == "." && !next(2)->space_before && next(2)->digits > 0) {
    absorb(token, *next(2), TokenKind::Number, no_value);
    token.digits = 0;
    return 2;
  }
  // "18th": digits then an ordinal suffix, no space between.
  if (token.kind == TokenKind::Number && token.value != no_value && next(1) && !next(1)->space_before &&
      next(1)->info && next(1)->info->value_of(rules.ordinal_suffix)) {
    absorb(token, *next(1), TokenKind::Ordinal, token.value);
    taken = 1;
  } else if (const auto ordinal = folder.word_value(token, Reading::Ordinal); ordinal != no_value) {
    token.kind = TokenKind::Ordinal;
    token.value = ordinal;
  } else if (const auto number = folder.word_value(token, Reading::Number); number != no_value) {
    token.kind = TokenKind::Number;
    token.value = number;
    // "twenty-four", "twenty four", "twenty-first"
    const std::size_t skip = next(1) && folder.is_hyphen(*next(1)) ? 1 : 0;
    if (const auto* unit = next(1 + skip); unit && folder.is_tens(number)) {
      const auto units = folder.word_value(*unit, Reading::Number);
      const auto units_ordinal = folder.word_value(*unit, Reading::Ordinal);
      if (units > 0 && units < ten) {
        absorb(token, *unit, TokenKind::Number, number + units);
        taken = 1 + skip;
      } else if (units_ordinal > 0 && units_ordinal < ten) {
        absorb(token, *unit, TokenKind::Ordinal, number + units_ordinal);
        taken = 1 + skip;
      }
    }
  }
  // "two hundred", "a thousand", "5 million"
  if (const auto* after = next(1 + taken); after && token.kind == TokenKind::Number && token.value != no_value) {
    const auto multiplier = folder.word_value(*after, Reading::Multiplier);
    if (multiplier > 0 && token.value < multiplier) {
      absorb(token, *after, TokenKind::Number, token.value * multiplier);
      token.digits = 0;
      ++taken;
    }
  }
  return taken;
}

// Whether a fold starts on `token`: a number in digits or a number word.
bool starts_fold(const Token& token) {
  return token.kind == TokenKind::Number || (token.kind == TokenKind::Word && token.info && token.info->folds);
}

// "nineteen ninety-six": two word numbers read as a year, written as if in digits.
bool joins_year(const Folder& folder, Token& previous, const Token& token) {
  if (!folder.is_word_number(token) || token.value < ten || token.value >= hundred || token.line_before) return false;
  if (!folder.is_word_number(previous) || previous.value <= ten || previous.value >= hundred) return false;
  previous.value = previous.value * hundred + token.value;
  previous.digits = year_digits;
  previous.end = token.end;
  previous.info = nullptr;
  return true;
}

}  // namespace

void index_number_words(TemporalTagger::Rules& rules) {
  for (auto& [spelling, info] : rules.lexicon.words) {
    info.number_value = to_integer(info.value_of(rules.number_word));
    info.ordinal_value = to_integer(info.value_of(rules.ordinal_word));
    info.multiplier_value = to_integer(info.value_of(rules.multiplier));
    info.folds = info.number_value != no_value || info.ordinal_value != no_value;
  }
}

void annotate(const TemporalTagger::Rules& rules, std::string_view text, TokenBuffer& buffer, StartCandidates& starts) {
  const Folder folder{rules, text};
  const auto tokens = buffer.items();
  std::size_t out = 0, next = 0;  // tokens before `next` are placed below `out`
  // The tokens between two folds are kept as they are: moved down in one block once a fold
  // has shortened the buffer, not looked at one by one.
  const auto keep_up_to = [&](std::size_t end) {
    if (out != next)
      std::copy(tokens.begin() + static_cast<std::ptrdiff_t>(next), tokens.begin() + static_cast<std::ptrdiff_t>(end),
                tokens.begin() + static_cast<std::ptrdiff_t>(out));
    out += end - next;
    next = end;
  };
  // The candidates are rewritten in place: each is written at or before where it was read.
  std::size_t kept = 0;
  for (std::size_t read = 0; read < starts.size(); ++read) {
    const auto at = starts[read];
    if (at < next) continue;  // taken by the fold before
    if (!starts_fold(tokens[at])) {  // moves down with the tokens before it
      starts[kept++] = static_cast<std::uint32_t>(at - (next - out));
      continue;
    }
    keep_up_to(at);
    Token& token = tokens[at];  // folded in place: fold_at reads only the tokens after it
    next = at + 1 + fold_at(folder, tokens, at, token);
    // Joined to the number word before it, which is the candidate listed last.
    if (out > 0 && joins_year(folder, tokens[out - 1], token)) continue;
    if (&tokens[out] != &token) tokens[out] = token;
    starts[kept++] = static_cast<std::uint32_t>(out);
    ++out;
  }
  starts.truncate(kept);
  keep_up_to(tokens.size());
  buffer.truncate(out);
}

}  // namespace annals::temporal
