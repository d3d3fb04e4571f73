// A TrueType font read with stb_truetype: measures text for the layout and turns it into
// pixel coverage for the rasteriser. The PNG export draws with DejaVu Sans (Debian package
// fonts-dejavu-core, installed by scripts/install-dependencies), the viewer's font too.
#pragma once

#include "annals/formats/picture/drawing.hpp"
#include "annals/formats/picture/text_measure.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

namespace annals::formats::picture {

// /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
std::filesystem::path default_font_path();

class TrueTypeFont final : public TextMeasure {
 public:
  // Throws std::runtime_error naming the file when it is missing or not a TrueType font.
  static TrueTypeFont load(const std::filesystem::path& path);

  float width(std::string_view utf8, float size) const override;

  // Calls `blend(x, y, coverage)` (coverage 0..255) for every pixel the text touches;
  // `origin` is the start of its baseline.
  using CoverageSink = std::function<void(int x, int y, std::uint8_t coverage)>;
  void render(std::string_view utf8, float size, Point origin, const CoverageSink& blend) const;

 private:
  struct Impl;
  explicit TrueTypeFont(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace annals::formats::picture
