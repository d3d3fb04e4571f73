// How wide a line of text is, which the layout must know to keep labels apart. The PNG
// backend measures with the font it draws with (TrueTypeFont); without a font file the SVG
// backend falls back to an average advance, since the browser draws the text anyway.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annals::formats::picture {

class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  // Advance width in pixels of `utf8` at `size` pixels per em.
  virtual float width(std::string_view utf8, float size) const = 0;
};

// Every code point 0.6 em: DejaVu Sans' average for mixed-case text, slightly generous.
class AverageWidthMeasure final : public TextMeasure {
 public:
  float width(std::string_view utf8, float size) const override;
};

// Code points of UTF-8 text; a malformed byte becomes U+FFFD rather than stopping.
std::vector<char32_t> decode_utf8(std::string_view text);

// `text` if it fits in `max_width`, else its longest prefix (whole code points) that fits
// followed by an ellipsis; empty when not even the ellipsis fits.
std::string fit_text(const TextMeasure& measure, std::string_view text, float size, float max_width);

}  // namespace annals::formats::picture
