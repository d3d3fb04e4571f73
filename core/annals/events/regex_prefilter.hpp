// A cheap necessary condition for a boilerplate regex, read off the pattern itself, so
// std::regex (slow: a backtracking matcher) runs only on lines that could match. Two
// facts are derived: the bytes a matching line can start with, and a piece of literal
// text every match contains. Both are conservative: anything the analysis does not
// understand (classes, most escapes) allows every byte, so a line the prefilter rejects
// never matches. The patterns stay data; nothing here knows a particular pattern.
#pragma once

#include <bitset>
#include <string>
#include <string_view>

namespace annals::events {

class RegexPrefilter {
 public:
  RegexPrefilter() { first_bytes_.set(); }
  // For an ECMAScript pattern matched against a whole line (std::regex_match).
  explicit RegexPrefilter(std::string_view pattern);

  bool may_match(std::string_view line) const;

  static constexpr std::size_t byte_values = 256;
  const std::bitset<byte_values>& first_bytes() const { return first_bytes_; }
  bool may_be_empty() const { return may_be_empty_; }
  const std::string& required_text() const { return required_; }

 private:
  std::bitset<byte_values> first_bytes_;
  bool may_be_empty_ = true;
  std::string required_;
};

}  // namespace annals::events
