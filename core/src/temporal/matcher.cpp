// The pattern matcher: a depth-first walk over one rule's elements, greedy on optional
// elements. Tries only the rules indexed under the token's spelling, categories or kind.
#include "matcher.hpp"

#include "match_fields.hpp"

#include <algorithm>
#include <bit>

namespace annals::temporal {

namespace {

// The number of bits set. std::popcount is a call into libgcc on baseline x86-64 (which has
// no POPCNT instruction); this is the same count in a few inline operations (SWAR: the
// counts of pairs, nibbles and bytes summed in every lane at once, then the bytes added by
// one multiplication).
int bit_count(std::uint64_t bits) {
  constexpr std::uint64_t pairs = 0x5555555555555555ULL, nibbles = 0x3333333333333333ULL;
  constexpr std::uint64_t bytes = 0x0F0F0F0F0F0F0F0FULL, byte_sum = 0x0101010101010101ULL;
  constexpr unsigned top_byte = 56;
  bits -= (bits >> 1) & pairs;
  bits = (bits & nibbles) + ((bits >> 2) & nibbles);
  bits = (bits + (bits >> 4)) & bytes;
  return static_cast<int>((bits * byte_sum) >> top_byte);
}

}  // namespace

const Alternative* Matcher::matches(const PackedElement& element, const Token& token) const {
  if (!(features_of(token) & element.features)) return nullptr;
  if (element.capitalized && !token.capitalized) return nullptr;
  const auto* alternative = rules_.packed_alternatives.data() + element.first_alternative;
  for (const auto* end = alternative + element.alternatives; alternative != end; ++alternative) {
    if (alternative->takes_words()) {
      if (token.info && (token.info == alternative->word || (token.info->category_bits & alternative->category_bits) ||
                         (alternative->searched && token.info->value_of(alternative->category))))
        return alternative->source;
    } else if (alternative->kind == Alternative::Kind::Range) {
      if (token.kind == (alternative->ordinal ? TokenKind::Ordinal : TokenKind::Number) && token.digits > 0 &&
          token.value >= alternative->low && token.value <= alternative->high &&
          (alternative->digits == 0 || alternative->digits == token.digits))
        return alternative->source;
    } else if (alternative->kind == Alternative::Kind::Number) {
      if (token.kind == TokenKind::Number && token.value != no_value) return alternative->source;
    } else if (token.kind == TokenKind::Ordinal) {
      return alternative->source;
    }
  }
  return nullptr;
}

// Whether a zero-width element (`<x`, `!x`, `>x`) holds at `token`.
bool Matcher::holds(const PackedElement& wanted, std::size_t token) const {
  if (wanted.behind) return token > 0 && matches(wanted, tokens_[token - 1]);
  const bool next_matches = token < tokens_.size() && matches(wanted, tokens_[token]);
  return next_matches ? !wanted.negated : !wanted.ahead;
}

// Depth-first and greedy, as a loop: an optional element that took a token leaves a
// choice point, and a failure goes back to the latest one and skips that element instead.
// The same walk as recursion, without a call per element.
int Matcher::match(RuleIndex rule, std::size_t token, Captures& captures) const {
  struct Choice {
    std::size_t element, token;
  };
  std::array<Choice, std::tuple_size_v<Captures>> choices;
  std::size_t depth = 0, element = 0;
  const auto pattern = rules_.patterns[rule];
  const std::span<const PackedElement> elements(rules_.packed_elements.data() + pattern.first, pattern.count);
  for (;;) {
    if (element == elements.size()) return static_cast<int>(token);
    const auto& wanted = elements[element];
    if (wanted.zero_width()) {
      if (holds(wanted, token)) {
        captures[element] = {};
        ++element;
        continue;
      }
    } else if (const auto* alternative = token < tokens_.size() ? matches(wanted, tokens_[token]) : nullptr) {
      captures[element] = {static_cast<int>(token), alternative};
      if (wanted.optional) choices[depth++] = {element, token};
      ++element;
      ++token;
      continue;
    } else if (wanted.optional) {
      captures[element] = {};
      ++element;
      continue;
    }
    if (depth == 0) return -1;  // no choice left to undo
    const auto [skipped, at] = choices[--depth];
    captures[skipped] = {};
    element = skipped + 1;
    token = at;
  }
}

void Matcher::try_rule(RuleIndex rule, std::size_t at, Best& best) const {
  const auto end = match(rule, at, captures_[scratch_]);
  if (end <= static_cast<int>(at)) return;
  const auto last = static_cast<std::size_t>(end);
  if (!best.found || last > best.last || (last == best.last && rule < best.rule)) {
    best = {rule, last, true};
    scratch_ ^= 1;
  }
}

void Matcher::try_bounded(const Starts& starts, std::size_t at, FeatureMask next, Best& best) const {
  const auto features_at = [&](std::size_t k) { return k < tokens_.size() ? features_of(tokens_[k]) : feature::any; };
  const auto second = features_at(at + 2), third = features_at(at + 3);
  const auto try_if_fits = [&](const Candidate& candidate) {
    if ((candidate.then[0] & second) && (candidate.then[1] & third)) try_rule(candidate.rule, at, best);
  };
  if (starts.bounded.size() > Starts::max_indexed_bounded) {
    for (const auto& candidate : starts.bounded)
      if (candidate.next & next) try_if_fits(candidate);
    return;
  }
  // The candidates the next token continues: the union over its features' bits (a few).
  std::uint64_t chosen = 0;
  for (auto bits = next & starts.bounded_next; bits != 0; bits &= bits - 1) {
    const auto below = (FeatureMask{1} << std::countr_zero(bits)) - 1;
    chosen |= starts.bounded_by_next[static_cast<std::size_t>(bit_count(starts.bounded_next & below))];
  }
  for (; chosen != 0; chosen &= chosen - 1) try_if_fits(starts.bounded[static_cast<std::size_t>(std::countr_zero(chosen))]);
}

std::optional<Match> Matcher::best_at(std::size_t at) const {
  const auto& token = tokens_[at];
  const auto next = at + 1 < tokens_.size() ? features_of(tokens_[at + 1]) : feature::any;
  Best best;
  // Inline, as most starts end here: no rule that may end on this token, and the token
  // after can continue none of the others.
  const auto try_starts = [&](const Starts& starts) {
    for (const auto& candidate : starts.open) try_rule(candidate.rule, at, best);
    if (starts.bounded_next & next) try_bounded(starts, at, next, best);
  };
  if (token.info) try_starts(token.info->starts);
  if (token.kind == TokenKind::Number) try_starts(rules_.number_starts[token.digits]);
  else if (token.kind == TokenKind::Ordinal) try_starts(rules_.ordinal_starts[token.digits]);
  if (!best.found) return std::nullopt;
  return Match{best.rule, at, best.last, &captures_[scratch_ ^ 1]};
}

}  // namespace annals::temporal

namespace annals::temporal {

namespace {

FeatureMask category_feature(CategoryId category) {
  return FeatureMask{1} << (category % feature::category_bits);
}

FeatureMask features_of(const Alternative& alternative) {
  switch (alternative.kind) {
    case Alternative::Kind::Literal: return alternative.word->spelling_feature;
    case Alternative::Kind::Category: return category_feature(alternative.category);
    case Alternative::Kind::Range: return alternative.ordinal ? feature::ordinal : feature::number;
    case Alternative::Kind::Number: return feature::number;
    case Alternative::Kind::Ordinal: return feature::ordinal;
  }
  return feature::any;
}

// The elements that may take the next token when the walk is at element `from`: `from`
// and, while they are optional, the ones after it (zero-width elements take no token);
// bit elements.size() when the match may end there. Patterns have at most 16 elements.
std::uint32_t reachable(const Rule& rule, std::size_t from) {
  std::uint32_t elements = 0;
  for (auto e = from;; ++e) {
    if (e == rule.elements.size()) return elements | std::uint32_t{1} << e;
    if (rule.elements[e].zero_width()) continue;
    elements |= std::uint32_t{1} << e;
    if (!rule.elements[e].optional) return elements;
  }
}

// What the tokens after the first may be, position by position, when element `first`
// takes the first token: each can be taken only by an element reachable at its position,
// whatever optional elements took or skipped; anything from where the match may end.
std::array<FeatureMask, 3> later_features(const Rule& rule, std::size_t first) {
  std::array<FeatureMask, 3> later;
  later.fill(feature::any);
  auto elements = reachable(rule, first + 1);
  for (auto& mask : later) {
    if (elements >> rule.elements.size() & 1) break;  // the match may end here
    FeatureMask features = 0;
    std::uint32_t after = 0;
    for (std::size_t e = 0; e < rule.elements.size(); ++e)
      if (elements >> e & 1) {
        features |= rule.elements[e].features;
        after |= reachable(rule, e + 1);
      }
    mask = features;
    elements = after;
  }
  return later;
}

// The elements that may take a match's first token: the optional ones up to the first
// required one, and that one.
template <typename Visit>
void for_first_elements(const Rule& rule, Visit visit) {
  for (std::size_t e = 0; e < rule.elements.size(); ++e) {
    if (rule.elements[e].zero_width()) continue;
    visit(e);
    if (!rule.elements[e].optional) break;
  }
}

// Whether `alternative` can take a number token (an ordinal one when `ordinal`) written
// with `digits` digits (0: in words). Literals and categories are left to the token's
// lexicon entry, whose own start list tries them.
bool may_take_number(const Alternative& alternative, bool ordinal, std::size_t digits) {
  constexpr std::int64_t ten = 10;
  switch (alternative.kind) {
    case Alternative::Kind::Range: {
      std::int64_t largest = 0;  // the largest value `digits` digits can write
      for (std::size_t k = 0; k < digits; ++k) largest = largest * ten + (ten - 1);
      return alternative.ordinal == ordinal && digits > 0 && (alternative.digits == 0 || alternative.digits == digits) &&
             alternative.low <= largest;
    }
    case Alternative::Kind::Number: return !ordinal;
    case Alternative::Kind::Ordinal: return ordinal;
    default: return false;
  }
}

// Whether `alternative` can take a token whose lexicon entry is `info`.
bool may_take_word(const Alternative& alternative, const WordInfo& info) {
  if (alternative.kind == Alternative::Kind::Literal) return alternative.word == &info;
  return alternative.kind == Alternative::Kind::Category && info.value_of(alternative.category);
}

// Fills starts.bounded_by_next (rule_set.hpp): for each bit of bounded_next, the
// candidates whose `next` has it.
void index_bounded(Starts& starts) {
  starts.bounded_by_next.clear();
  if (starts.bounded.size() > Starts::max_indexed_bounded) return;
  for (auto bits = starts.bounded_next; bits != 0; bits &= bits - 1) {
    const auto bit = FeatureMask{1} << std::countr_zero(bits);
    std::uint64_t candidates = 0;
    for (std::size_t i = 0; i < starts.bounded.size(); ++i)
      if (starts.bounded[i].next & bit) candidates |= std::uint64_t{1} << i;
    starts.bounded_by_next.push_back(candidates);
  }
}

// The rules of `first_of` that can take a first token of which `takes` accepts some
// alternative, each with what may follow it: the union over the elements that may take
// that token (not over every first element: after "'" in "the? ' #0-90:2 s" comes a
// number, whatever may follow "the").
template <typename Takes>
Starts with_next(const TemporalTagger::Rules& rules, const std::vector<RuleIndex>& first_of, Takes takes) {
  Starts starts;
  for (const auto index : first_of) {
    const auto& rule = rules.rules[index];
    Candidate candidate{index, 0, {0, 0}};
    bool taken = false;
    for_first_elements(rule, [&](std::size_t e) {
      const auto& alternatives = rule.elements[e].alternatives;
      if (std::none_of(alternatives.begin(), alternatives.end(), takes)) return;
      taken = true;
      const auto later = later_features(rule, e);
      candidate.next |= later[0];
      candidate.then[0] |= later[1];
      candidate.then[1] |= later[2];
    });
    if (!taken) continue;
    if (candidate.next == feature::any) {
      starts.open.push_back(candidate);
    } else {
      starts.bounded.push_back(candidate);
      starts.bounded_next |= candidate.next;
    }
  }
  starts.worth_next = starts.open.empty() ? starts.bounded_next : feature::any;
  index_bounded(starts);
  return starts;
}

// Fills rules.patterns, packed_elements and packed_alternatives (rule_set.hpp) from the
// rules, once their features are known; the rules no longer move, so captures may point
// at their alternatives.
void pack_patterns(TemporalTagger::Rules& rules) {
  rules.patterns.clear();
  rules.packed_elements.clear();
  rules.packed_alternatives.clear();
  for (const auto& rule : rules.rules) {
    rules.patterns.push_back({static_cast<std::uint32_t>(rules.packed_elements.size()),
                              static_cast<std::uint32_t>(rule.elements.size())});
    for (const auto& element : rule.elements) {
      rules.packed_elements.push_back({element.features, static_cast<std::uint32_t>(rules.packed_alternatives.size()),
                                       static_cast<std::uint32_t>(element.alternatives.size()), element.optional,
                                       element.capitalized, element.negated, element.behind, element.ahead});
      for (const auto& alternative : element.alternatives) {
        const bool category = alternative.kind == Alternative::Kind::Category;
        const bool in_bits = alternative.category < WordInfo::category_bit_count;
        rules.packed_alternatives.push_back(
            {&alternative, alternative.word, category && in_bits ? std::uint64_t{1} << alternative.category : 0,
             alternative.low, alternative.high, alternative.category, alternative.kind, alternative.digits,
             alternative.ordinal, category && !in_bits});
      }
    }
  }
}

}  // namespace

void index_for_matching(TemporalTagger::Rules& rules) {
  // Only spellings a pattern names get a spelling bit: the others would only share bits
  // with those and let rules through that cannot match.
  for (auto& [word, info] : rules.lexicon.words) info.spelling_feature = 0;
  std::size_t spelling = 0;
  for (const auto& rule : rules.rules)
    for (const auto& element : rule.elements)
      for (const auto& alternative : element.alternatives) {
        if (alternative.kind != Alternative::Kind::Literal) continue;
        auto& info = rules.lexicon.words[alternative.literal];  // the entry `alternative.word` points to
        if (!info.spelling_feature)
          info.spelling_feature = FeatureMask{1} << (feature::category_bits + spelling++ % feature::spelling_bits);
      }
  for (auto& [word, info] : rules.lexicon.words) {
    info.features = info.spelling_feature;
    info.category_bits = 0;
    for (const auto& [category, value] : info.categories) {
      info.features |= category_feature(category);
      if (category < WordInfo::category_bit_count) info.category_bits |= std::uint64_t{1} << category;
    }
  }
  for (auto& rule : rules.rules)
    for (auto& element : rule.elements) {
      element.features = 0;
      for (const auto& alternative : element.alternatives) element.features |= features_of(alternative);
    }
  pack_patterns(rules);
  for (auto& entry : rules.lexicon.words) {
    auto& info = entry.second;  // not a structured binding: lambdas capture those only from C++20 compilers on
    info.starts = with_next(rules, info.first_of, [&](const Alternative& a) { return may_take_word(a, info); });
    info.starts_rules = !info.starts.empty();
  }
  // The loader's pass once the lexicon and rules are read: the matcher's captures of
  // category words come with their values parsed.
  parse_captured_values(rules);
  for (std::size_t digits = 0; digits <= max_number_digits; ++digits) {
    rules.number_starts[digits] =
        with_next(rules, rules.number_first, [&](const Alternative& a) { return may_take_number(a, false, digits); });
    rules.ordinal_starts[digits] =
        with_next(rules, rules.ordinal_first, [&](const Alternative& a) { return may_take_number(a, true, digits); });
  }
}

}  // namespace annals::temporal
