// Matching compiled rules against the token stream. Patterns have a bounded length and a
// bounded number of optional elements, so trying one rule at one token costs O(1) and the
// whole text costs O(tokens x candidate rules): linear, whatever the input.
#pragma once

#include "resolver.hpp"
#include "rule_set.hpp"
#include "tokens.hpp"

#include <array>
#include <span>

namespace annals::temporal {

// Token features: each lexicon category sets one bit (folded when there are more), each
// spelling that a pattern names one hashed bit, numbers and ordinals a bit each, and every
// token the `token` bit (what "any token" tests). A token can match an element only when they share a bit, so
// most tries end in one AND; the exact test follows.
namespace feature {
inline constexpr unsigned category_bits = 30, spelling_bits = 31;
inline constexpr FeatureMask token = FeatureMask{1} << 61;
inline constexpr FeatureMask number = FeatureMask{1} << 62, ordinal = FeatureMask{1} << 63;
inline constexpr FeatureMask any = ~FeatureMask{0};
}  // namespace feature

inline FeatureMask features_of(const Token& token) {
  const FeatureMask kind = token.kind == TokenKind::Number ? feature::number
                           : token.kind == TokenKind::Ordinal ? feature::ordinal : 0;
  return (token.info ? token.info->features : 0) | kind | feature::token;
}

// Fills the feature masks and start candidates; the loader calls it once the rules are read.
void index_for_matching(TemporalTagger::Rules& rules);

struct Capture {
  int token = -1;  // -1: the optional element matched nothing
  const Alternative* alternative = nullptr;
};
using Captures = std::array<Capture, 16>;

struct Match {
  RuleIndex rule = 0;
  std::size_t first = 0, last = 0;  // token range [first, last)
  // The matcher's buffer, not a copy (a match is read once, right away): valid until
  // its next best_at().
  const Captures* captures = nullptr;
};

class Matcher {
 public:
  Matcher(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::string_view text)
      : rules_(rules), tokens_(tokens), text_(text) {}

  // Whether best_at may find a match at `at`, a start candidate (StartCandidates): some rule may
  // end on it, or the token after can continue one. The tokenizer asked the same of most
  // candidates already (start_candidates.hpp); not of numbers, number words and the tokens
  // before them, which folding may change. Inline: the tag loop asks it of every candidate.
  bool worth_trying(std::size_t at) const {
    const auto& token = tokens_[at];
    FeatureMask wanted = token.info ? token.info->starts.worth_next : 0;
    if (token.kind == TokenKind::Number) wanted |= rules_.number_starts[token.digits].worth_next;
    else if (token.kind == TokenKind::Ordinal) wanted |= rules_.ordinal_starts[token.digits].worth_next;
    return wanted & (at + 1 < tokens_.size() ? features_of(tokens_[at + 1]) : feature::any);
  }

  // The longest match of any rule starting at token `at` (earliest rule on ties).
  std::optional<Match> best_at(std::size_t at) const;

  // The text the tokens point into (tense cues read the words around a match).
  std::string_view text() const { return text_; }

 private:
  int match(RuleIndex rule, std::size_t token, Captures& captures) const;
  bool holds(const PackedElement& wanted, std::size_t token) const;
  const Alternative* matches(const PackedElement& element, const Token& token) const;
  // The best match so far at one token: the longest, then the earliest rule.
  struct Best {
    RuleIndex rule = 0;
    std::size_t last = 0;
    bool found = false;
  };
  // The rules of `starts.bounded` whose next tokens `at` + 1..3 can be (`next`: the features of `at` + 1).
  void try_bounded(const Starts& starts, std::size_t at, FeatureMask next, Best& best) const;
  void try_rule(RuleIndex rule, std::size_t at, Best& best) const;

  const TemporalTagger::Rules& rules_;
  std::span<const Token> tokens_;
  std::string_view text_;
  // match() writes into captures_[scratch_]; a try that becomes the best so far flips
  // scratch_, so the best match's captures stay in the other buffer and need not be
  // matched again. Every element of a successful match writes its slot, so neither is
  // reset between tries (slots past the rule's elements are never read).
  mutable std::array<Captures, 2> captures_;
  mutable std::size_t scratch_ = 0;
};

}  // namespace annals::temporal
