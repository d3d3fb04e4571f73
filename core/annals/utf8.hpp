// UTF-8 checks and offset conversion. Text enters Annals only after validation, and
// leaves with code-point offsets, which is what every consumer of our JSON counts in.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace annals::utf8 {

struct InvalidByte {
  std::size_t offset = 0;  // byte offset of the first bad byte
  std::size_t line = 1;    // 1-based line of that byte
};

// The first malformed sequence, or nullopt when `text` is valid UTF-8.
std::optional<InvalidByte> find_invalid(std::string_view text);

// True when the text looks binary (a NUL byte in its first 8 KiB).
bool looks_binary(std::string_view text);

// Number of code points in text[0, byte_offset).
std::size_t code_points_before(std::string_view text, std::size_t byte_offset);

}  // namespace annals::utf8
