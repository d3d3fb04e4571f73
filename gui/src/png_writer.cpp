// PNG output. Debian's libstb already contains stb_image_write's implementation, so this
// file only includes the header (the imgui pkg-config file links -lstb).
#include "png_writer.hpp"

#include <stb_image_write.h>

#include <stdexcept>

namespace annals::viewer {

void write_png(const std::filesystem::path& path, const Pixels& pixels) {
  constexpr int channels = 4;
  const int ok = stbi_write_png(path.string().c_str(), pixels.width, pixels.height, channels,
                                pixels.rgba.data(), pixels.width * channels);
  if (ok == 0) throw std::runtime_error(path.string() + ": cannot write the PNG");
}

}  // namespace annals::viewer
