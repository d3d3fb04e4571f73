// Writes pixels read back from the framebuffer as a PNG (stb_image_write, from libstb).
#pragma once

#include "window.hpp"

#include <filesystem>

namespace annals::viewer {

// Throws std::runtime_error naming the file when it cannot be written.
void write_png(const std::filesystem::path& path, const Pixels& pixels);

}  // namespace annals::viewer
