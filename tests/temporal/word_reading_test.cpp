// The tokenizer reads a word's first sixteen bytes at once (word_lanes.hpp), then eight at a
// time, and looks it up by its first sixteen lower-cased bytes (tokenizer.cpp,
// spelling_table.hpp). These cases sit on the edges of that: words of 8, 9, 13 (the key's
// second half) and 16+ letters, a word ending exactly at the end of the text, mixed case,
// non-ASCII neighbours. Each must read as the same words a byte-by-byte reader sees.
#include "single_expression.hpp"

#include <string>

using annals::testing::check_single_expressions;
using annals::testing::september_19;
using annals::testing::shipped_tagger;

TEST_CASE("words are read the same at lane edges, in any case and beside any bytes") {
  check_single_expressions({
      {"December 5, 2023", "December 5, 2023", "2023-12-05"},            // 8 letters: one full lane
      {"DECEMBER 5, 2023", "DECEMBER 5, 2023", "2023-12-05"},            // capitals are lowered
      {"dEcEmBeR 5, 2023", "dEcEmBeR 5, 2023", "2023-12-05"},
      {"September 18, 2023", "September 18, 2023", "2023-09-18"},        // 9 letters: a second lane
      {"on 5 December 2023", "5 December 2023", "2023-12-05"},
      {"met on 18 September 2023", "18 September 2023", "2023-09-18"},  // ends with the text
      {"Decemberrrrrrrrrrrr 5, 2023", "2023", "2023"},                    // 19 letters: no month
      {"decembers 5, 2023", "2023", "2023"},                              // a longer word is another word
      {"xxxxxxxxxxxxxxxxxxxxxxxxxxxx December 5, 2023", "December 5, 2023", "2023-12-05"},
      {"\xC3\xA9t\xC3\xA9 December 5, 2023", "December 5, 2023", "2023-12-05"},  // after non-ASCII
      {"December\xC2\xA0" "5, 2023", "December\xC2\xA0" "5, 2023", "2023-12-05"},  // no-break space
      {"approximately 20 years", "approximately 20 years", "P20Y"},      // 13 letters: two key halves
      {"APPROXIMATELY 20 years", "APPROXIMATELY 20 years", "P20Y"},
      {"approximatelyy 20 years", "20 years", "P20Y"},                    // one letter more: another word
      {"xapproximately 20 years", "20 years", "P20Y"},
      {"on the SEVENTEENTH of March", "the SEVENTEENTH of March", "2023-03-17"},
      {"the seventeenth\tof March", "the seventeenth\tof March", "2023-03-17"},  // a tab ends a word too
      {"abcdefghijklmnop seventeenth of March", "seventeenth of March", "2023-03-17"},  // 16 letters first
      {"twenty-four hours", "twenty-four hours", "PT24H"},                // number words fold
      {"TWENTY-FOUR HOURS", "TWENTY-FOUR HOURS", "PT24H"},
  });
}

TEST_CASE("a word at the very end of the text is read whole, whatever its length") {
  // The text ends inside the eight-byte window the reader loads: it must not read past it.
  for (const std::string month : {"May", "March", "December", "September", "SEPTEMBER", "Thanksgiving"}) {
    const std::string text = "since 2021 and in " + month;
    CAPTURE(text);
    const auto found = shipped_tagger().tag(std::string_view(text), september_19);
    REQUIRE(!found.empty());
    CHECK(found.back().text == month);
  }
}
