// The sixteen bytes where a word starts, as the tokenizer needs them: which are letters (one
// bit each), which are spaces, and the bytes with the lower-case bit set (the spelling's key,
// once masked at the word's end: or-ing 0x20 lowers a letter). With SSE2 (every x86-64) this
// is one load and a few vector instructions, whose constants stay in registers across the
// tokenizer's loop; elsewhere a plain loop computes the same. Almost every word is shorter
// than sixteen letters, so its end is one count of zeros away.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annals::temporal {

struct WordLanes {
  static constexpr std::size_t bytes = 16;
  std::uint32_t letters = 0;  // bit k: byte k is an ASCII letter
  std::uint32_t spaces = 0;   // bit k: byte k is ' '
  std::uint64_t low0 = 0, low1 = 0;  // bytes 0..7 and 8..15, each or-ed with 0x20
};

inline constexpr char lower_case_bit = 0x20;  // set in every ASCII lower-case letter, clear in its capital

#if defined(__SSE2__)

// The bytes at `at`, zero-padded past the text (zero is no letter and no space). Signed
// compares test the letter range: adding 0x80 - 'a' moves 'a'..'z' to the 26 smallest values.
inline WordLanes word_lanes(std::string_view text, std::size_t at) {
  __m128i v;
  if (text.size() - at >= WordLanes::bytes) {
    std::memcpy(&v, text.data() + at, sizeof v);  // an unaligned load
  } else {
    char padded[WordLanes::bytes] = {};
    std::memcpy(padded, text.data() + at, text.size() - at);
    std::memcpy(&v, padded, sizeof v);
  }
  const auto splat = [](int byte) { return _mm_set1_epi8(static_cast<char>(byte)); };
  constexpr int letter_count = 26, byte_values = 0x100, signed_low = 0x80;
  const __m128i lowered = _mm_or_si128(v, splat(lower_case_bit));
  const __m128i shifted = _mm_add_epi8(lowered, splat(signed_low - 'a'));
  WordLanes lanes;
  lanes.letters = static_cast<std::uint32_t>(
      _mm_movemask_epi8(_mm_cmplt_epi8(shifted, splat(signed_low + letter_count - byte_values))));
  lanes.spaces = static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, splat(' '))));
  std::uint64_t halves[2];
  std::memcpy(halves, &lowered, sizeof halves);
  lanes.low0 = halves[0];
  lanes.low1 = halves[1];
  return lanes;
}

#else

inline WordLanes word_lanes(std::string_view text, std::size_t at) {
  WordLanes lanes;
  unsigned char lowered[WordLanes::bytes] = {};
  for (std::size_t k = 0; k < WordLanes::bytes && at + k < text.size(); ++k) {
    const auto c = static_cast<unsigned char>(text[at + k]);
    lowered[k] = static_cast<unsigned char>(c | lower_case_bit);
    if (lowered[k] >= 'a' && lowered[k] <= 'z') lanes.letters |= 1U << k;
    if (c == ' ') lanes.spaces |= 1U << k;
  }
  for (std::size_t k = 0; k < WordLanes::bytes / 2; ++k) {  // little-endian, as a load would be
    lanes.low0 |= std::uint64_t{lowered[k]} << (8 * k);
    lanes.low1 |= std::uint64_t{lowered[k + WordLanes::bytes / 2]} << (8 * k);
  }
  return lanes;
}

#endif

}  // namespace annals::temporal
