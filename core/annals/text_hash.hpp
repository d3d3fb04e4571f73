// FNV-1a (64-bit): the one string hash of the project. Stable across runs and builds, so
// it can name things that are stored or exported (content hashes, ICS UIDs), and inline,
// because the strings hashed are mostly a few bytes, where std::hash's out-of-line call
// costs more than the hashing itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace annals {

inline constexpr std::uint64_t fnv1a_basis = 14695981039346656037ULL;

// Continues `hash` over `text`, so several texts can be hashed as one.
constexpr std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = fnv1a_basis) {
  constexpr std::uint64_t prime = 1099511628211ULL;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * prime;
  return hash;
}

// For hash containers looked up by string_view without building a std::string.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return static_cast<std::size_t>(fnv1a(text)); }
};

}  // namespace annals
