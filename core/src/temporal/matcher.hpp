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

struct Capture {
  int token = -1;  // -1: the optional element matched nothing
  const Alternative* alternative = nullptr;
};
using Captures = std::array<Capture, 16>;

struct Match {
  RuleIndex rule = 0;
  std::size_t first = 0, last = 0;  // token range [first, last)
  Captures captures{};
};

class Matcher {
 public:
  Matcher(const TemporalTagger::Rules& rules, std::span<const Token> tokens, std::string_view lowered)
      : rules_(rules), tokens_(tokens), lowered_(lowered) {}

  // The longest match of any rule starting at token `at` (earliest rule on ties).
  std::optional<Match> best_at(std::size_t at) const;

  // The rule's value fields with the captured words substituted.
  Fields fields_of(const Match& match) const;

 private:
  int match(const Rule& rule, std::size_t element, std::size_t token, Captures& captures) const;
  const Alternative* matches(const Element& element, const Token& token) const;
  void try_rules(const std::vector<RuleIndex>& candidates, std::size_t at, std::optional<Match>& best) const;
  std::string capture_value(const Capture& capture) const;

  const TemporalTagger::Rules& rules_;
  std::span<const Token> tokens_;
  std::string_view lowered_;
};

}  // namespace annals::temporal
