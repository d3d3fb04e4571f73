// Building the spelling table: a power-of-two number of slots at most an eighth full, so
// a miss usually stops at the first, empty, slot.
#include "spelling_table.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <stdexcept>
#include <string>

namespace annals::temporal {

namespace {
constexpr std::size_t slots_per_entry = 8;
}

void SpellingTable::build_from(const std::vector<std::pair<std::string_view, Found>>& entries) {
  std::size_t size = 2;  // at least one bit of hash, so that the shift stays below 64
  while (size < entries.size() * slots_per_entry) size *= 2;
  // Entry numbers are two bytes: a lexicon of more spellings is refused at load time.
  if (entries.size() >= std::numeric_limits<EntryNumber>::max())
    throw std::length_error("the lexicon has more than " + std::to_string(std::numeric_limits<EntryNumber>::max() - 1) +
                            " spellings, more than the spelling table numbers");
  slots_.assign(size, empty);
  heads_.assign(1, Heads{});  // entry 0: the empty slot's (find_heads)
  spellings_.assign(1, std::string_view{});
  mask_ = size - 1;
  shift_ = static_cast<unsigned>(std::countl_zero(mask_));
  longest_ = 0;
  single_.fill(nullptr);
  for (const auto& [spelling, found] : entries) {
    if (spelling.empty()) continue;
    if (spelling.size() == 1) single_[static_cast<unsigned char>(spelling[0])] = found.info;
    const auto key = SpellingKey::of(spelling);
    auto slot = slot_of(key.head0, key.head1);
    while (slots_[slot] != empty) slot = (slot + 1) & mask_;
    slots_[slot] = static_cast<EntryNumber>(heads_.size());
    heads_.push_back({key.head0, key.head1, found});
    spellings_.push_back(spelling);
    longest_ = std::max(longest_, spelling.size());
  }
}

}  // namespace annals::temporal
