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

TEST_CASE("code point offsets count characters, not bytes") {
  const std::string text = "Wang’s visit";
  CHECK(utf8::code_points_before(text, text.find("visit")) == 7);
}
