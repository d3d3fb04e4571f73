// Tense from cue words: scan outwards from the expression, one token left then one right,
// stopping at sentence ends, and take the first cue met.
#include "tense.hpp"

namespace annals::temporal {

namespace {

// "will be held": a participle after "be" says nothing about tense.
bool after_be(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::size_t at) {
  return at > 0 && tokens[at - 1].info && tokens[at - 1].info->value_of(rules.be_auxiliary);
}

std::optional<Direction> cue(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::size_t at,
                             std::string_view lowered) {
  const auto& token = tokens[at];
  if (token.kind != TokenKind::Word) return std::nullopt;
  if (token.info && token.info->value_of(rules.future_cue)) return Direction::Future;
  if (after_be(rules, tokens, at)) return std::nullopt;
  if (token.info && token.info->value_of(rules.past_cue)) return Direction::Past;
  const auto text = token_text(lowered, token);
  for (const auto& suffix : rules.past_suffixes)
    if (text.size() > suffix.size() + 2 && text.ends_with(suffix)) return Direction::Past;
  return std::nullopt;
}

bool ends_sentence(const TemporalTagger::Rules& rules, const Token& token) {
  return token.info && token.info->value_of(rules.sentence_end);
}

}  // namespace

std::optional<Direction> tense_around(const TemporalTagger::Rules& rules, std::span<const Token> tokens,
                                      std::string_view lowered, std::size_t first, std::size_t last) {
  bool left_open = true, right_open = true;
  for (std::size_t step = 1; step <= tense_window && (left_open || right_open); ++step) {
    if (left_open) {
      if (first < step || tokens[first - step + 1].line_before || ends_sentence(rules, tokens[first - step])) {
        left_open = false;
      } else if (const auto found = cue(rules, tokens, first - step, lowered)) {
        return found;
      }
    }
    if (right_open) {
      const auto at = last + step - 1;
      if (at >= tokens.size() || tokens[at].line_before || ends_sentence(rules, tokens[at])) {
        right_open = false;
      } else if (const auto found = cue(rules, tokens, at, lowered)) {
        return found;
      }
    }
  }
  return std::nullopt;
}

}  // namespace annals::temporal
