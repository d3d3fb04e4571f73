// Event titles from templates such as "{subject} meets {object}[ in {place}]": the first
// alternative whose required slots are all known wins, optional [ ] parts vanish when a
// slot inside them is unknown. Deterministic, so the same sentence always reads the same.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace annals::events {

using TitleSlots = std::map<std::string, std::string, std::less<>>;  // slot -> text ("" = unknown)

struct RenderedTitle {
  std::string text;
  std::size_t alternative = 0;  // which template was used: lower means more complete
  std::size_t dropped = 0;      // optional [ ] parts left out for want of a slot

  // Orders titles by completeness: lower is better.
  std::size_t rank() const { return alternative * max_optional_parts + dropped; }
  static constexpr std::size_t max_optional_parts = 16;
};

// The title from the first template that can be filled; nullopt when none can.
std::optional<RenderedTitle> render_title(const std::vector<std::string>& templates,
                                          const TitleSlots& slots);

}  // namespace annals::events
