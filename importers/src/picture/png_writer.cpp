// PNG encoding (see png_writer.hpp). The canvas is opaque, so it is written as RGB (a
// quarter smaller than RGBA). Encoded to memory, then written, so a failure leaves nothing
// half-written on the stream.
#include "annals/formats/picture/png_writer.hpp"

#include <stb_image_write.h>

#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace annals::formats::picture {

namespace {

constexpr std::size_t canvas_channels = 4;
constexpr int file_channels = 3;

void append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

}  // namespace

void write_png(std::ostream& out, const Canvas& canvas) {
  std::vector<std::uint8_t> rgb;
  rgb.reserve(canvas.rgba.size() / canvas_channels * file_channels);
  for (std::size_t i = 0; i < canvas.rgba.size(); i += canvas_channels)
    rgb.insert(rgb.end(), canvas.rgba.begin() + static_cast<std::ptrdiff_t>(i),
               canvas.rgba.begin() + static_cast<std::ptrdiff_t>(i + file_channels));
  std::string encoded;
  const int ok = stbi_write_png_to_func(append, &encoded, canvas.width, canvas.height, file_channels, rgb.data(),
                                        canvas.width * file_channels);
  if (!ok) throw std::runtime_error("PNG encoding failed");
  out.write(encoded.data(), static_cast<std::streamsize>(encoded.size()));
}

}  // namespace annals::formats::picture
