// Sets and maps of words looked up by string_view without building a std::string, in
// constant time: the gazetteer and the triggers ask them about every token of every sentence.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace annals::events {

// FNV-1a, inline: words are a few bytes, where std::hash's out-of-line call costs more
// than the hashing itself.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view word) const {
    constexpr std::uint64_t offset_basis = 14695981039346656037ULL;
    constexpr std::uint64_t prime = 1099511628211ULL;
    std::uint64_t hash = offset_basis;
    for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * prime;
    return static_cast<std::size_t>(hash);
  }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

}  // namespace annals::events
