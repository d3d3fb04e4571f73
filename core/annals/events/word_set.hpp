// A set of words looked up by string_view without building a std::string, in constant
// time: the gazetteer asks it about every token of every sentence.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace annals::events {

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

}  // namespace annals::events
