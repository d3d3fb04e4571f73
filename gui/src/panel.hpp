// Every panel of the viewer is one class with draw(): the ImHex pattern, so adding a
// panel means adding one pair of files and one line in viewer_app.cpp.
#pragma once

#include "viewer_state.hpp"

#include <imgui.h>

namespace annals::viewer {

class Panel {
 public:
  virtual ~Panel() = default;
  // Draws the panel's content into the current window region of `size`.
  virtual void draw(ViewerState& state, ImVec2 size) = 0;
};

}  // namespace annals::viewer
