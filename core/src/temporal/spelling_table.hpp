// The lexicon as the tokenizer reads it: an open-addressing table from lower-cased
// spelling to its WordInfo, built once after loading. Most tokens of news text are in no
// lexicon; a first-byte set and the longest length turn most of those away before hashing,
// and the rest cost one hash of a few bytes and usually one probe.
#pragma once

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

  const WordInfo* find(std::string_view spelling) const {
    if (spelling.empty() || spelling.size() > longest_ || !first_bytes_.test(static_cast<unsigned char>(spelling[0])))
      return nullptr;
    const auto h = hash(spelling);
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
  static constexpr unsigned tag_shift = 32;
  static std::uint64_t hash(std::string_view spelling) {
    std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
    for (const char c : spelling) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    return h ^ (h >> 29);
  }
  void build_from(const std::vector<std::pair<std::string_view, const WordInfo*>>& entries);

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string_view, const WordInfo*>> entries_;
  std::uint64_t mask_ = 0;
  std::size_t longest_ = 0;
  std::bitset<256> first_bytes_;
};

}  // namespace annals::temporal
