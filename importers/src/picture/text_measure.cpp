// Text measuring helpers (see text_measure.hpp).
#include "annals/formats/picture/text_measure.hpp"

namespace annals::formats::picture {

namespace {

constexpr float average_advance_em = 0.6f;
constexpr char32_t replacement_character = 0xFFFD;
constexpr std::string_view ellipsis = "\u2026";

// Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot lead.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

}  // namespace

float AverageWidthMeasure::width(std::string_view utf8, float size) const {
  return static_cast<float>(decode_utf8(utf8).size()) * average_advance_em * size;
}

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = sequence_length(lead);
    if (length == 0 || at + length > text.size()) {
      out.push_back(replacement_character);
      ++at;
      continue;
    }
    constexpr unsigned lead_bits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t code = lead & lead_bits[length];
    bool valid = true;
    for (std::size_t i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(text[at + i]);
      valid = valid && (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3Fu);
    }
    out.push_back(valid ? code : replacement_character);
    at += valid ? length : 1;
  }
  return out;
}

std::string fit_text(const TextMeasure& measure, std::string_view text, float size, float max_width) {
  if (measure.width(text, size) <= max_width) return std::string(text);
  const float room = max_width - measure.width(ellipsis, size);
  if (room < 0) return {};
  // Cut at code point starts only, longest first.
  std::size_t cut = text.size();
  while (cut > 0) {
    --cut;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    if (measure.width(text.substr(0, cut), size) <= room) break;
  }
  std::string out(text.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(ellipsis);
}

}  // namespace annals::formats::picture
