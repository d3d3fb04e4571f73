// Temporal expressions written by hand for extractor tests, so event extraction is
// tested on exactly the dates it is given, independently of the temporal tagger.
#pragma once

#include "annals/timex.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace annals::test {

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string reference_article() {
  return read_text_file(std::string(ANNALS_SOURCE_DATA_DIR) + "/samples/wang-yi-moscow-2023-09.txt");
}

// One expression: the `occurrence`-th (0-based) match of `text` in the document.
struct HandTimex {
  std::string text;
  int occurrence = 0;
  std::string value;
  std::string mod = {};
  TimexType type = TimexType::Date;
};

inline std::size_t find_nth(const std::string& document, const std::string& needle, int occurrence) {
  std::size_t at = document.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = document.find(needle, at + 1);
  REQUIRE_MESSAGE(at != std::string::npos, "'" << needle << "' #" << occurrence << " not in the text");
  return at;
}

inline Timex make_timex(const std::string& document, const HandTimex& hand) {
  Timex timex;
  timex.begin = find_nth(document, hand.text, hand.occurrence);
  timex.end = timex.begin + hand.text.size();
  timex.text = hand.text;
  timex.type = hand.type;
  timex.value = hand.value;
  timex.mod = hand.mod;
  timex.interval = range_of_timex_value(hand.value, hand.mod);
  timex.rule = "hand-made";
  timex.anchor = "test";
  return timex;
}

// `relative`: the words naming the other happening, searched after the expression start.
inline Timex make_relative_timex(const std::string& document, const std::string& text,
                                 const std::string& relative, EventRelative offset) {
  auto timex = make_timex(document, {text, 0, "XXXX-XX-XX"});
  timex.interval.reset();
  offset.event_begin = document.find(relative, timex.begin);
  REQUIRE(offset.event_begin != std::string::npos);
  offset.event_end = offset.event_begin + relative.size();
  timex.event_relative = offset;
  return timex;
}

inline std::vector<Timex> make_timexes(const std::string& document, const std::vector<HandTimex>& hands) {
  std::vector<Timex> timexes;
  for (const auto& hand : hands) timexes.push_back(make_timex(document, hand));
  return timexes;
}

inline void sort_by_offset(std::vector<Timex>& timexes) {
  std::sort(timexes.begin(), timexes.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
}

}  // namespace annals::test
