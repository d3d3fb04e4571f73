// The lexicon as the tokenizer reads it: an open-addressing table from lower-cased
// spelling to its WordInfo, built once after loading. The tokenizer reads a word sixteen
// bytes at a time and hands over its first sixteen (lower-cased, zero-padded) bytes as two
// integers: hashing and comparing them are a few integer operations, no byte loop and no
// memcmp. Most words of news text are in no lexicon; the longest length turns long ones
// away before hashing, and a miss usually stops at the first, empty, slot.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace annals::temporal {

struct WordInfo;

// A spelling as the table compares it: its length and its first 16 bytes, zero-padded.
struct SpellingKey {
  static constexpr std::size_t head_bytes = 8;  // bytes per head word
  std::uint64_t head0 = 0, head1 = 0;
  std::uint32_t length = 0;
  bool operator==(const SpellingKey&) const = default;

  static SpellingKey of(std::string_view spelling) {
    SpellingKey key;
    key.length = static_cast<std::uint32_t>(spelling.size());
    std::memcpy(&key.head0, spelling.data(), std::min(spelling.size(), head_bytes));
    if (spelling.size() > head_bytes)
      std::memcpy(&key.head1, spelling.data() + head_bytes, std::min(spelling.size() - head_bytes, head_bytes));
    return key;
  }
};

class SpellingTable {
 public:
  // What a look-up finds: the lexicon entry, and beside it copies of the facts the tokenizer
  // asks of every word (start_candidates.hpp), so that a look-up reads the one entry it
  // compares and not the WordInfo besides (whose lines, spread over the heap, are seldom in
  // the first-level cache). A spelling with no entry finds all zero: no info, no facts.
  struct Found {
    const WordInfo* info = nullptr;
    std::uint64_t features = 0;    // WordInfo::features
    std::uint64_t worth_next = 0;  // WordInfo::starts.worth_next
    bool folds = false;            // WordInfo::folds
  };

  // `words` must outlive the table (the keys are views of the lexicon's strings). Built
  // once their facts are final (the loader: after index_for_matching and index_number_words).
  template <typename Words>
  void build(const Words& words) {
    std::vector<std::pair<std::string_view, Found>> entries;
    for (const auto& [spelling, info] : words)
      entries.emplace_back(spelling, Found{&info, info.features, info.starts.worth_next, info.folds});
    build_from(entries);
  }

  // The longest spelling in the table: longer words need no look-up.
  std::size_t longest() const { return longest_; }

  const WordInfo* find(std::string_view spelling) const {
    if (spelling.size() == 1) return single_[static_cast<unsigned char>(spelling[0])];  // punctuation
    if (spelling.empty() || spelling.size() > longest_) return nullptr;
    return find(SpellingKey::of(spelling), spelling).info;
  }

  // What a spelling with no entry finds.
  const Found& none() const { return heads_[empty].found; }

  // A punctuation character's entry.
  const WordInfo* find_single(char c) const { return single_[static_cast<unsigned char>(c)]; }

  // A spelling of one to fifteen bytes, zero-padded to sixteen in `head0` and `head1`: the
  // usual word, with no tail to compare. Its length needs no comparing either: spellings
  // hold no zero byte, so the padding marks where each ends. Whether a word is in the
  // lexicon follows no pattern a branch predictor could learn, so hit and miss take the
  // same path: an empty slot names entry 0, which has no info, and the only branch is on a
  // collision (rare), which goes round the loop again.
  [[gnu::always_inline]] const Found& find_heads(std::uint64_t head0, std::uint64_t head1) const {
    for (auto slot = slot_of(head0, head1);; slot = (slot + 1) & mask_) {
      const auto number = slots_[slot];
      const auto& entry = heads_[number];  // entry 0 (an empty slot): no entry
      // Zero unless the slot holds another spelling; arithmetic, so that it stays one branch.
      const std::uint64_t occupied = std::uint64_t{0} - std::uint64_t{number != empty};
      if ((((entry.head0 ^ head0) | (entry.head1 ^ head1)) & occupied) == 0) [[likely]] return entry.found;
    }
  }

  // `key` is SpellingKey::of(spelling); `spelling` is read only past its first 16 bytes.
  // Inlined: the tokenizer calls it for every word.
  [[gnu::always_inline]] const Found& find(const SpellingKey& key, std::string_view spelling) const {
    for (auto slot = slot_of(key.head0, key.head1);; slot = (slot + 1) & mask_) {
      const auto number = slots_[slot];
      if (number == empty) return none();
      const auto& entry = heads_[number];
      if (entry.head0 == key.head0 && entry.head1 == key.head1 && spellings_[number].size() == key.length &&
          (key.length <= 2 * SpellingKey::head_bytes || tail_equal(spellings_[number], spelling)))
        return entry.found;
    }
  }

 private:
  // The slots hold entry numbers only (0: empty), two bytes each, so that the many slots
  // that keep misses short stay small and in the first-level cache; the entries are in
  // dense arrays beside, from 1: entry 0 stands for the empty slot (no key, no info). What
  // every look-up reads (the heads and the info, 24 bytes) is kept apart from what only a
  // rare one reads (the whole spelling: its length and its tail past sixteen bytes), so
  // that the hot array stays small and more of it stays cached.
  using EntryNumber = std::uint16_t;
  struct Heads {
    std::uint64_t head0 = 0, head1 = 0;
    Found found;
  };
  static constexpr EntryNumber empty = 0;
  static constexpr std::size_t byte_values = 256;
  static constexpr int rotation = 31;
  // Multiplicative hashing: the product's top bits are the slot. The length is left out:
  // the zero padding of the heads already tells short spellings of different lengths apart.
  std::uint64_t slot_of(std::uint64_t head0, std::uint64_t head1) const {
    return ((head0 ^ std::rotl(head1, rotation)) * 0x9E3779B97F4A7C15ULL) >> shift_;  // 2^64 / golden ratio
  }
  static bool tail_equal(std::string_view entry, std::string_view spelling) {
    return entry.substr(2 * SpellingKey::head_bytes) == spelling.substr(2 * SpellingKey::head_bytes);
  }
  void build_from(const std::vector<std::pair<std::string_view, Found>>& entries);

  std::vector<EntryNumber> slots_;
  std::vector<Heads> heads_;               // by entry number
  std::vector<std::string_view> spellings_;  // by entry number
  std::uint64_t mask_ = 0;
  unsigned shift_ = 0;  // 64 - log2(slot count)
  std::size_t longest_ = 0;
  std::array<const WordInfo*, byte_values> single_{};  // one-byte spellings, looked up directly
};

}  // namespace annals::temporal
