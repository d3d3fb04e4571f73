// Wrapped text with one phrase highlighted (the temporal expression inside its quote).
// ImGui 1.86 cannot colour part of a wrapped paragraph, so this lays words out itself.
#pragma once

#include <imgui.h>

#include <string_view>

namespace annals::viewer {

void wrapped_with_highlight(std::string_view text, std::string_view phrase, ImU32 colour);

}  // namespace annals::viewer
