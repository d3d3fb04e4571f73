// Tense from cue words. Finding the tense around an expression reads at most
// 2 x tense_window tokens, scanning outwards, one token left then one right, stopping at
// sentence ends; cues are read only there, not for every token of the text.
#include "tense.hpp"

namespace annals::temporal {

namespace {

constexpr std::int8_t future_mark = 1, past_mark = -1;

bool ends_sentence(const TemporalTagger::Rules& rules, const Token& token) {
  return token.info && token.info->in_category(rules.sentence_end);
}

// "will be held": a participle after "be" says nothing about tense.
bool after_be(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::size_t at) {
  return at > 0 && tokens[at - 1].info && tokens[at - 1].info->in_category(rules.be_auxiliary);
}

bool past_word(const TemporalTagger::Rules& rules, const Token& token) {
  return token.info && token.info->in_category(rules.past_cue);
}

// "had been scheduled to expire Friday", "was expected to vote Tuesday": a plan told in
// the past tense, which points back, not forward.
bool told_in_past(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::size_t at) {
  if (at == 0) return false;
  if (past_word(rules, tokens[at - 1])) return true;
  return at > 1 && after_be(rules, tokens, at) && past_word(rules, tokens[at - 2]);
}

// Whether `word`, lower-cased, ends with `suffix`. Words are ASCII letters (tokens.hpp), so
// or-ing in the lower-case bit lowers them; a suffix byte that is no lower-case letter
// matches no byte so lowered, as it matched no byte of a lower-cased copy. The last letters
// first: most words end otherwise.
bool ends_with_lowered(std::string_view word, std::string_view suffix) {
  constexpr char lower_bit = 0x20;
  if (word.size() < suffix.size()) return false;
  for (std::size_t k = 1; k <= suffix.size(); ++k)
    if (static_cast<char>(word[word.size() - k] | lower_bit) != suffix[suffix.size() - k]) return false;
  return true;
}

std::int8_t cue_of(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::size_t at,
                   std::string_view text) {
  const auto& token = tokens[at];
  if (token.kind != TokenKind::Word) return 0;
  if (token.info && token.info->in_category(rules.future_cue))
    return told_in_past(rules, tokens, at) ? past_mark : future_mark;
  if (after_be(rules, tokens, at)) return 0;
  if (token.info && token.info->in_category(rules.past_cue)) return past_mark;
  const auto word = token_text(text, token);
  for (const auto& suffix : rules.past_suffixes)
    if (word.size() > suffix.size() + 2 && ends_with_lowered(word, suffix)) return past_mark;
  return 0;
}

std::optional<Direction> direction_of(std::int8_t cue) {
  if (cue == future_mark) return Direction::Future;
  if (cue == past_mark) return Direction::Past;
  return std::nullopt;
}

}  // namespace

std::optional<Direction> tense_around(const TemporalTagger::Rules& rules, std::span<const Token> tokens,
                                      std::string_view text, std::size_t first, std::size_t last) {
  bool left_open = true, right_open = true;
  for (std::size_t step = 1; step <= tense_window && (left_open || right_open); ++step) {
    if (left_open) {
      if (first < step || tokens[first - step + 1].line_before || ends_sentence(rules, tokens[first - step])) {
        left_open = false;
      } else if (const auto found = direction_of(cue_of(rules, tokens, first - step, text))) {
        return found;
      }
    }
    if (right_open) {
      const auto at = last + step - 1;
      if (at >= tokens.size() || tokens[at].line_before || ends_sentence(rules, tokens[at])) {
        right_open = false;
      } else if (const auto found = direction_of(cue_of(rules, tokens, at, text))) {
        return found;
      }
    }
  }
  return std::nullopt;
}

}  // namespace annals::temporal
