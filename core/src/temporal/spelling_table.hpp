// The lexicon as the tokenizer reads it: an open-addressing table from lower-cased
// spelling to its WordInfo, built once after loading. Most tokens of news text are in no
// lexicon; a first-byte set and the longest length turn most of those away before hashing,
// and the rest cost one hash of a few bytes and usually one probe.
#pragma once

#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

namespace annals::temporal {

struct WordInfo;

class SpellingTable {
 public:
  // `words` must outlive the table (the keys are views of the lexicon's strings).
  template <typename Words>
  void build(const Words& words) {
    std::vector<std::pair<std::string_view, const WordInfo*>> entries;
    for (const auto& [spelling, info] : words) entries.emplace_back(spelling, &info);
    build_from(entries);
  }

  // The hash of a spelling, one byte at a time (so the tokenizer can hash while it reads):
  // rotate-and-xor per byte, one cycle each; find() spreads the bits.
  static constexpr std::uint64_t start = 0;
  static std::uint64_t step(std::uint64_t hash, char c) {
    return std::rotl(hash, rotation) ^ static_cast<unsigned char>(c);
  }

  static std::uint64_t hash_of(std::string_view spelling) {
    auto hash = start;
    for (const char c : spelling) hash = step(hash, c);
    return hash;
  }

  const WordInfo* find(std::string_view spelling) const {
    if (spelling.size() == 1) return single_[static_cast<unsigned char>(spelling[0])];  // punctuation
    return find(spelling, hash_of(spelling));
  }

  // `hash`: step() over every byte of `spelling`, from `start`.
  const WordInfo* find(std::string_view spelling, std::uint64_t hash) const {
    if (spelling.empty() || spelling.size() > longest_ || !first_bytes_.test(static_cast<unsigned char>(spelling[0])))
      return nullptr;
    const auto h = spread(hash, spelling.size());
    const auto tag = static_cast<std::uint32_t>(h >> tag_shift);
    for (auto slot = h & mask_;; slot = (slot + 1) & mask_) {
      const auto& [slot_tag, entry] = slots_[slot];
      if (entry == empty) return nullptr;
      if (slot_tag == tag && entries_[entry - 1].first == spelling) return entries_[entry - 1].second;
    }
  }

 private:
  // Slots are small (a hash tag and an entry number, 0 when empty) so that the whole table
  // stays in the first-level cache; the spelling is compared only when the tags agree.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t entry = empty;
  };
  static constexpr std::uint32_t empty = 0;
  static constexpr std::size_t byte_values = 256;
  static constexpr unsigned tag_shift = 32;
  static constexpr int rotation = 5;
  static std::uint64_t spread(std::uint64_t hash, std::size_t size) {
    const auto h = (hash ^ size) * 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio
    return h ^ (h >> tag_shift);
  }
  void build_from(const std::vector<std::pair<std::string_view, const WordInfo*>>& entries);

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string_view, const WordInfo*>> entries_;
  std::uint64_t mask_ = 0;
  std::size_t longest_ = 0;
  std::bitset<byte_values> first_bytes_;
  std::array<const WordInfo*, byte_values> single_{};  // one-byte spellings, looked up directly
};

}  // namespace annals::temporal
