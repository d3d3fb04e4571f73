#include "annals/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace annals;

TEST_CASE("valid UTF-8 passes, malformed sequences are located") {
  CHECK_FALSE(utf8::find_invalid("Wang Yi’s visit — 王毅").has_value());
  const std::string bad = "line one\nline two \xC3\x28 here";
  const auto invalid = utf8::find_invalid(bad);
  REQUIRE(invalid.has_value());
  CHECK(invalid->line == 2);
  CHECK(invalid->offset == 18);
  CHECK(utf8::find_invalid("\xED\xA0\x80").has_value());  // surrogate
  CHECK(utf8::find_invalid("\xC0\xAF").has_value());      // overlong
}

TEST_CASE("a bad byte is located on its line wherever the ASCII before it ends") {
  // The scan skips the ASCII start eight bytes at a time: the bad byte at every position
  // around those eight-byte steps, after lines that end inside and at their edges.
  for (std::size_t ascii = 0; ascii < 40; ++ascii) {
    std::string text;
    std::size_t lines = 1;
    for (std::size_t i = 0; i < ascii; ++i) {
      const bool newline = i % 7 == 6;
      text += newline ? '\n' : 'a';
      if (newline) ++lines;
    }
    text += "\xC3\x28 and after \xE2\x80\x99";
    CAPTURE(ascii);
    const auto invalid = utf8::find_invalid(text);
    REQUIRE(invalid.has_value());
    CHECK(invalid->offset == ascii);
    CHECK(invalid->line == lines);
    CHECK_FALSE(utf8::find_invalid(text.substr(0, ascii) + "\xE2\x80\x99 fine").has_value());
  }
}

TEST_CASE("code point offsets count characters, not bytes") {
  const std::string text = "Wang’s visit";
  CHECK(utf8::code_points_before(text, text.find("visit")) == 7);
}
