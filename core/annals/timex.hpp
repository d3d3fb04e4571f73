// A temporal expression found in a text: where it is, what TimeML says it means,
// and which days it denotes once resolved. Offsets are bytes into the UTF-8 text;
// outputs convert them to code points (see utf8.hpp).
#pragma once

#include "annals/date_range.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals {

enum class TimexType { Date, Time, Duration, Set };

std::string_view to_string(TimexType type);  // "DATE", "TIME", "DURATION", "SET"
std::optional<TimexType> parse_timex_type(std::string_view text);

// "a day before going to Russia": a date the text gives only relative to another
// happening it names. The tagger finds the offset and the words naming the happening;
// event extraction dates it once it knows when that happening was.
struct EventRelative {
  int amount = 1;                        // "a day" -> 1
  Granularity unit = Granularity::Day;   // day, week, month or year
  bool before = true;                    // "before" (true) or "after" (false)
  std::size_t event_begin = 0;           // byte span of the words naming the happening
  std::size_t event_end = 0;             //   ("going to Russia")
};

// A short TIMEX3 value kept inline ("P3D", "PT1H30M"): a Timex is moved often while
// tagging, and a heap-capable string there costs every expression, not only the few that
// use it. A value longer than the capacity is not kept (`assign` says so).
class ShortValue {
 public:
  bool assign(std::string_view text) {
    if (text.size() > chars_.size()) return false;
    std::copy(text.begin(), text.end(), chars_.begin());
    size_ = static_cast<std::uint8_t>(text.size());
    return true;
  }
  std::string_view view() const { return {chars_.data(), size_}; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }

 private:
  std::array<char, 23> chars_{};
  std::uint8_t size_ = 0;
};

struct Timex {
  std::size_t begin = 0;  // byte offset of the first byte
  std::size_t end = 0;    // byte offset one past the last byte
  std::string text;
  TimexType type = TimexType::Date;
  std::string value;  // TIMEX3 value: "2023-09-18", "2023-03", "P4D", "PAST_REF", ...
  std::string mod;    // TIMEX3 mod ("START", "APPROX", ...) or empty
  std::optional<DateRange> interval;  // the absolute days meant, when anchored in time
  std::string rule;    // id of the rule that recognised it (data/temporal)
  std::string anchor;  // what it was resolved against, for "why this date"
  std::optional<EventRelative> event_relative;  // set when dated against another happening
  // "three days later": TimeML's TIMEX3 is the DURATION "three days" ("later" is a SIGNAL)
  // while the timeline keeps the date counted from the story. The DURATION's value
  // ("P3D") when the rule says `timeml=amount`, else empty (timeml_reading.hpp).
  ShortValue timeml_duration;
};

// The days a TIMEX3 value denotes: "2023-09" -> all of September 2023 (month),
// "2023-W37" -> that ISO week, "2023-SU" -> summer 2023, "198" -> the 1980s.
// A mod of START/MID/END narrows to the early/mid/late third. Values with no
// fixed position in time (durations, "XXXX-12-25", PRESENT_REF) give nullopt.
std::optional<DateRange> range_of_timex_value(std::string_view value, std::string_view mod = {});

}  // namespace annals
