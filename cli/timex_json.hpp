// Timexes as the JSON objects `annals tag` prints, with code-point offsets.
#pragma once

#include "annals/timex.hpp"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace annals::cli {

// Byte offsets -> code points for increasing offsets in one text, in one pass overall.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t byte_offset);  // offsets must not decrease between calls

 private:
  std::string_view text_;
  std::size_t byte_ = 0, count_ = 0;
};

// {"start","end","text","type","value","mod"?}; `full` adds begin/end_date, rule and event.
nlohmann::ordered_json timex_json(const Timex& timex, CodePointCounter& counter, bool full);

}  // namespace annals::cli
