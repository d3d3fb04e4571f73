// A byte range of the document text. Event extraction works on byte offsets throughout,
// so every sentence, token and mention can be traced back to the exact words.
#pragma once

#include <cstddef>
#include <string_view>

namespace annals::events {

struct TextSpan {
  std::size_t begin = 0;  // first byte
  std::size_t end = 0;    // one past the last byte

  bool empty() const { return begin >= end; }
  bool contains(const TextSpan& other) const { return begin <= other.begin && other.end <= end; }
  bool overlaps(const TextSpan& other) const { return begin < other.end && other.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

}  // namespace annals::events
