// TrueType text through stb_truetype (see font.hpp). Debian's libstb holds the library's
// implementation, so this file includes the header only. Glyphs are rendered with their
// sub-pixel x offset, which keeps letter spacing even at small sizes.
#include "annals/formats/picture/font.hpp"

#include <stb_truetype.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <vector>

namespace annals::formats::picture {

struct TrueTypeFont::Impl {
  std::vector<unsigned char> bytes;
  stbtt_fontinfo info{};
};

namespace {

// stb_truetype takes code points as int; every Unicode scalar value fits.
int as_int(char32_t code) { return static_cast<int>(code); }

// How far the pen moves after codes[i]: its advance plus the kerning to the next one.
float advance_after(const stbtt_fontinfo& info, const std::vector<char32_t>& codes, std::size_t i, float scale) {
  int advance = 0;
  int bearing = 0;
  stbtt_GetCodepointHMetrics(&info, as_int(codes[i]), &advance, &bearing);
  if (i + 1 < codes.size())
    advance += stbtt_GetCodepointKernAdvance(&info, as_int(codes[i]), as_int(codes[i + 1]));
  return static_cast<float>(advance) * scale;
}

}  // namespace

std::filesystem::path default_font_path() {
  return "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
}

TrueTypeFont TrueTypeFont::load(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file)
    throw std::runtime_error(path.string() +
                             ": font not found; the PNG export draws its text with DejaVu Sans "
                             "(Debian package fonts-dejavu-core, installed by "
                             "scripts/install-dependencies), or pass --font FILE.ttf");
  auto impl = std::make_shared<Impl>();
  impl->bytes.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  const int offset = stbtt_GetFontOffsetForIndex(impl->bytes.data(), 0);
  if (impl->bytes.empty() || offset < 0 || !stbtt_InitFont(&impl->info, impl->bytes.data(), offset))
    throw std::runtime_error(path.string() + ": not a TrueType font");
  return TrueTypeFont(std::move(impl));
}

float TrueTypeFont::width(std::string_view utf8, float size) const {
  const float scale = stbtt_ScaleForMappingEmToPixels(&impl_->info, size);
  const auto codes = decode_utf8(utf8);
  float advance = 0;
  for (std::size_t i = 0; i < codes.size(); ++i) advance += advance_after(impl_->info, codes, i, scale);
  return advance;
}

void TrueTypeFont::render(std::string_view utf8, float size, Point origin, const CoverageSink& blend) const {
  const auto& info = impl_->info;
  const float scale = stbtt_ScaleForMappingEmToPixels(&info, size);
  const auto codes = decode_utf8(utf8);
  const int baseline = static_cast<int>(std::lround(origin.y));
  float pen = origin.x;
  std::vector<unsigned char> bitmap;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const int code = as_int(codes[i]);
    const float whole = std::floor(pen);
    const float shift = pen - whole;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetCodepointBitmapBoxSubpixel(&info, code, scale, scale, shift, 0, &x0, &y0, &x1, &y1);
    const int w = x1 - x0;
    const int h = y1 - y0;
    if (w > 0 && h > 0) {
      bitmap.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0);
      stbtt_MakeCodepointBitmapSubpixel(&info, bitmap.data(), w, h, w, scale, scale, shift, 0, code);
      const int left = static_cast<int>(whole) + x0;
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
          if (const auto coverage = bitmap[static_cast<std::size_t>(y * w + x)])
            blend(left + x, baseline + y0 + y, coverage);
    }
    pen += advance_after(info, codes, i, scale);
  }
}

}  // namespace annals::formats::picture
