// Type colours: a fixed set of hues picked to stay apart on a dark background.
#include "palette.hpp"

#include <array>
#include <cstdint>

namespace annals::viewer::palette {

namespace {
constexpr std::array<ImU32, 10> hues{
    IM_COL32(86, 156, 255, 255),  IM_COL32(255, 99, 99, 255),   IM_COL32(92, 214, 120, 255),
    IM_COL32(255, 190, 60, 255),  IM_COL32(200, 120, 255, 255), IM_COL32(60, 220, 220, 255),
    IM_COL32(255, 130, 200, 255), IM_COL32(180, 220, 70, 255),  IM_COL32(255, 150, 90, 255),
    IM_COL32(140, 170, 255, 255),
};
}  // namespace

ImU32 type_colour(std::string_view type) {
  std::uint32_t hash = 2166136261u;  // FNV-1a: stable across runs, unlike std::hash
  for (char c : type) hash = (hash ^ static_cast<std::uint8_t>(c)) * 16777619u;
  return hues[hash % hues.size()];
}

ImU32 with_alpha(ImU32 colour, float alpha) {
  const auto a = static_cast<ImU32>(alpha * 255.0f + 0.5f);
  return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

}  // namespace annals::viewer::palette
