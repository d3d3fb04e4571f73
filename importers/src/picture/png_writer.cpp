// PNG encoding (see png_writer.hpp). Encoded to memory, then written, so a failure leaves
// nothing half-written on the stream.
#include "annals/formats/picture/png_writer.hpp"

#include <stb_image_write.h>

#include <ostream>
#include <stdexcept>
#include <string>

namespace annals::formats::picture {

namespace {

constexpr int channels = 4;

void append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

}  // namespace

void write_png(std::ostream& out, const Canvas& canvas) {
  std::string encoded;
  const int ok = stbi_write_png_to_func(append, &encoded, canvas.width, canvas.height, channels,
                                        canvas.rgba.data(), canvas.width * channels);
  if (!ok) throw std::runtime_error("PNG encoding failed");
  out.write(encoded.data(), static_cast<std::streamsize>(encoded.size()));
}

}  // namespace annals::formats::picture
