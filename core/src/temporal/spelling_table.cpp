// Building the spelling table: a power-of-two size at most a quarter full, so a miss
// usually stops at the first empty slot.
#include "spelling_table.hpp"

#include <algorithm>

namespace annals::temporal {

namespace {
constexpr std::size_t slots_per_entry = 4;
}

void SpellingTable::build_from(const std::vector<std::pair<std::string_view, const WordInfo*>>& entries) {
  std::size_t size = 1;
  while (size < entries.size() * slots_per_entry) size *= 2;
  slots_.assign(size, Slot{});
  entries_.clear();
  mask_ = size - 1;
  longest_ = 0;
  first_bytes_.reset();
  single_.fill(nullptr);
  for (const auto& entry : entries) {
    const auto spelling = entry.first;
    if (spelling.empty()) continue;
    if (spelling.size() == 1) single_[static_cast<unsigned char>(spelling[0])] = entry.second;
    entries_.push_back(entry);
    const auto h = spread(hash_of(spelling), spelling.size());
    auto slot = h & mask_;
    while (slots_[slot].entry != empty) slot = (slot + 1) & mask_;
    slots_[slot] = {static_cast<std::uint32_t>(h >> tag_shift), static_cast<std::uint32_t>(entries_.size())};
    longest_ = std::max(longest_, spelling.size());
    first_bytes_.set(static_cast<unsigned char>(spelling[0]));
  }
}

}  // namespace annals::temporal
