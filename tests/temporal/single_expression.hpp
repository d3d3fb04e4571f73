// Texts holding at most one temporal expression, and the check that the shipped tagger finds
// exactly it (or nothing): the shape of the tokenizer's edge-case tables.
#pragma once

#include "../support/shipped_tagger.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace annals::testing {

struct SingleExpression {
  std::string text;
  std::string found;  // the expression's text; "" when none may be found
  std::string value;
};

inline void check_single_expressions(const std::vector<SingleExpression>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto found = shipped_tagger().tag(c.text, september_19);
    if (c.found.empty()) {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(found.size() == 1);
    CHECK(found.front().text == c.found);
    CHECK(found.front().value == c.value);
  }
}

}  // namespace annals::testing
