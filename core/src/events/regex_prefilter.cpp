// The analysis walks the pattern's top-level sequence of atoms (a literal, an escape, a
// class, `.`, or a parenthesised group of alternatives, each maybe quantified). The first
// bytes of a match are those of the first atom, joined with the next atom's while the
// atoms so far may match nothing. The required text is the longest run of consecutive
// literal bytes that are neither optional nor inside an alternation.
#include "annals/events/regex_prefilter.hpp"

namespace annals::events {

namespace {

using Bytes = std::bitset<RegexPrefilter::byte_values>;

Bytes all_bytes() { return Bytes().set(); }

Bytes bytes_in(std::string_view chars) {
  Bytes bytes;
  for (const char c : chars) bytes.set(static_cast<unsigned char>(c));
  return bytes;
}

// What one atom can start with.
struct Atom {
  Bytes first;
  bool may_be_empty = false;
  bool literal = false;  // one plain byte
  char byte = 0;
};

struct Sequence {
  Bytes first;
  bool may_be_empty = true;
};

Sequence alternatives(std::string_view pattern, std::size_t& at);

// The atom at `at` (moved past it, quantifier not included).
Atom atom(std::string_view pattern, std::size_t& at) {
  const char c = pattern[at++];
  switch (c) {
    case '^':
    case '$':
      return {Bytes(), true};
    case '.':
    case '[': {  // classes: any byte may start them (conservative); skip to the closing ]
      if (c == '[')
        while (at < pattern.size() && pattern[at] != ']') at += pattern[at] == '\\' ? 2u : 1u;
      if (c == '[' && at < pattern.size()) ++at;
      return {all_bytes(), false};
    }
    case '(': {
      if (pattern.substr(at, 2) == "?:") at += 2;
      const auto group = alternatives(pattern, at);
      if (at < pattern.size() && pattern[at] == ')') ++at;
      return {group.first, group.may_be_empty};
    }
    case '\\': {
      if (at >= pattern.size()) return {all_bytes(), false};
      const char escaped = pattern[at++];
      if (escaped == 'b' || escaped == 'B') return {Bytes(), true};
      if (escaped == 'd') return {bytes_in("0123456789"), false};
      if (escaped == 's') return {bytes_in(" \t\r\n\f\v"), false};
      const bool letter_or_digit = (escaped >= 'a' && escaped <= 'z') || (escaped >= 'A' && escaped <= 'Z') ||
                                   (escaped >= '0' && escaped <= '9');
      if (letter_or_digit) return {all_bytes(), false};  // \S, \w, \D, \u...: anything
      return {bytes_in(std::string_view(&escaped, 1)), false, true, escaped};
    }
    default:
      return {bytes_in(std::string_view(&c, 1)), false, true, c};
  }
}

// Skips a quantifier at `at`; returns whether it allows zero repetitions.
bool quantifier_allows_zero(std::string_view pattern, std::size_t& at, bool& quantified) {
  quantified = false;
  if (at >= pattern.size()) return false;
  const char c = pattern[at];
  bool zero = false;
  if (c == '?' || c == '*' || c == '+') {
    ++at;
    zero = c != '+';
  } else if (c == '{') {
    const auto close = pattern.find('}', at);
    if (close == std::string_view::npos) return false;
    zero = pattern[at + 1] == '0' || pattern[at + 1] == ',';
    at = close + 1;
  } else {
    return false;
  }
  quantified = true;
  if (at < pattern.size() && pattern[at] == '?') ++at;  // lazy
  return zero;
}

// Alternatives up to an unmatched ')' or the end. `required` (top level only) collects
// the longest mandatory literal run; any '|' at that level clears it.
Sequence alternatives(std::string_view pattern, std::size_t& at, std::string* required) {
  Sequence all{Bytes(), false};
  std::string run, longest;
  bool alternation = false;
  Sequence current;
  const auto close_alternative = [&] {
    all.first |= current.first;
    all.may_be_empty = all.may_be_empty || current.may_be_empty;
    current = Sequence{};
  };
  while (at < pattern.size() && pattern[at] != ')') {
    if (pattern[at] == '|') {
      ++at;
      alternation = true;
      close_alternative();
      continue;
    }
    const auto next = atom(pattern, at);
    bool quantified = false;
    const bool may_skip = quantifier_allows_zero(pattern, at, quantified) || next.may_be_empty;
    if (current.may_be_empty) current.first |= next.first;
    current.may_be_empty = current.may_be_empty && may_skip;
    if (next.literal && !quantified) {
      run += next.byte;
    } else if (!(next.may_be_empty && next.first.none())) {  // anchors and \b keep the run going
      if (run.size() > longest.size()) longest = run;
      run.clear();
    }
  }
  close_alternative();
  if (run.size() > longest.size()) longest = run;
  if (required && !alternation) *required = longest;
  return all;
}

Sequence alternatives(std::string_view pattern, std::size_t& at) { return alternatives(pattern, at, nullptr); }

}  // namespace

RegexPrefilter::RegexPrefilter(std::string_view pattern) {
  std::size_t at = 0;
  const auto whole = alternatives(pattern, at, &required_);
  if (at < pattern.size()) {  // an unbalanced ')': understand nothing
    first_bytes_.set();
    required_.clear();
    return;
  }
  first_bytes_ = whole.first;
  may_be_empty_ = whole.may_be_empty;
}

bool RegexPrefilter::may_match(std::string_view line) const {
  if (line.empty()) return may_be_empty_;
  if (!may_be_empty_ && !first_bytes_.test(static_cast<unsigned char>(line.front()))) return false;
  return required_.empty() || line.find(required_) != std::string_view::npos;
}

}  // namespace annals::events
