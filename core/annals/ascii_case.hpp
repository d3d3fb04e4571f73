// ASCII case folding, the one the project uses everywhere text is matched without case:
// lexicons, rules, boilerplate patterns, quote search. SQLite's lower() folds ASCII only
// too, so a search folded here agrees with one folded in SQL.
#pragma once

#include <string>
#include <string_view>

namespace annals {

constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (auto& c : lower) c = ascii_lower(c);
  return lower;
}

}  // namespace annals
