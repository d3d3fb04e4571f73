// Colours of the viewer, in one place: event types get stable, distinct hues (hashed from
// the type name, so a type keeps its colour across runs and databases).
#pragma once

#include <imgui.h>

#include <string_view>

namespace annals::viewer::palette {

ImU32 type_colour(std::string_view type);
ImU32 with_alpha(ImU32 colour, float alpha);

inline constexpr ImU32 background = IM_COL32(24, 26, 30, 255);
inline constexpr ImU32 lane_stripe = IM_COL32(34, 37, 43, 255);
inline constexpr ImU32 grid = IM_COL32(60, 64, 72, 255);
inline constexpr ImU32 grid_major = IM_COL32(95, 100, 110, 255);
inline constexpr ImU32 axis_text = IM_COL32(210, 214, 222, 255);
inline constexpr ImU32 label_text = IM_COL32(232, 234, 238, 255);
inline constexpr ImU32 dim_text = IM_COL32(150, 156, 166, 255);
inline constexpr ImU32 today = IM_COL32(255, 120, 60, 255);
inline constexpr ImU32 publication = IM_COL32(80, 200, 200, 255);
inline constexpr ImU32 selection = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 hover = IM_COL32(255, 255, 160, 255);
inline constexpr ImU32 folded = IM_COL32(170, 175, 190, 255);
inline constexpr ImU32 range_select = IM_COL32(120, 160, 255, 60);
inline constexpr ImU32 highlight = IM_COL32(255, 210, 80, 255);

}  // namespace annals::viewer::palette
