// Hand-written UTF-8 validation: a linear scan, no allocation, strict about overlongs
// and surrogates so the database never stores what other tools would reject.
#include "annals/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace annals::utf8 {

namespace {

// Length of the all-ASCII start of `text`, read eight bytes at a time: articles are mostly
// ASCII, and validating them byte by byte was 1.4% of an import's instructions.
std::size_t ascii_prefix(std::string_view text) {
  constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
  std::size_t at = 0;
  for (std::uint64_t word = 0; at + sizeof word <= text.size(); at += sizeof word) {
    std::memcpy(&word, text.data() + at, sizeof word);
    if (word & high_bits) break;
  }
  while (at < text.size() && static_cast<unsigned char>(text[at]) < 0x80) ++at;
  return at;
}

// Length of the valid sequence starting at text[i], or 0 when it is malformed.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char min_second = 0x80, max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;  // overlong
    if (lead == 0xED) max_second = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;
    if (lead == 0xF4) max_second = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return length;
}

}  // namespace

std::optional<InvalidByte> find_invalid(std::string_view text) {
  // ASCII is valid and ends on a character boundary: the scan starts after it, counting
  // only its lines.
  const auto valid = ascii_prefix(text);
  std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(valid), '\n'));
  for (std::size_t i = valid; i < text.size();) {
    if (text[i] == '\n') ++line;
    const auto length = sequence_length(text, i);
    if (length == 0) return InvalidByte{i, line};
    i += length;
  }
  return std::nullopt;
}

bool looks_binary(std::string_view text) {
  return text.substr(0, 8192).find('\0') != std::string_view::npos;
}

std::size_t code_points_before(std::string_view text, std::size_t byte_offset) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

}  // namespace annals::utf8
