// A quick "certainly not in the set" test for word tables asked about every token: a bit
// per (first byte, length) pair of the words added. Most tokens ("the", "said", "of") are
// rejected by one table read instead of hashing the word and probing a hash table (the
// gazetteer's alias and title tables, the triggers' first words).
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace annals::events {

class WordFilter {
 public:
  void add(std::string_view word) {
    if (!word.empty()) lengths_by_first_byte_[first_byte(word)] |= length_bit(word);
  }
  // False only when no word added has `word`'s first byte and length.
  bool may_contain(std::string_view word) const {
    return !word.empty() && (lengths_by_first_byte_[first_byte(word)] & length_bit(word)) != 0;
  }

 private:
  using Lengths = std::uint32_t;  // bit n: a word of n bytes; the last bit: that many or more
  static constexpr std::size_t last_length_bit = 31;

  static std::size_t first_byte(std::string_view word) { return static_cast<unsigned char>(word.front()); }
  static Lengths length_bit(std::string_view word) {
    return Lengths{1} << std::min(word.size(), last_length_bit);
  }

  std::array<Lengths, 256> lengths_by_first_byte_{};
};

}  // namespace annals::events
