// Sentence and line splitting: abbreviations, quotes, decimals, UTF-8, byte offsets.
#include "annals/data_dir.hpp"
#include "annals/events/sentences.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace annals::events;

namespace {

const Abbreviations& abbreviations() {
  static const auto loaded = Abbreviations::load(annals::data_directory() / "events" / "abbreviations.txt");
  return loaded;
}

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& line : split_lines(text))
    for (const auto& sentence : split_sentences(text, line, abbreviations())) out.emplace_back(sentence.of(text));
  return out;
}

}  // namespace

TEST_CASE("sentence splitting") {
  struct Row {
    std::string text;
    std::vector<std::string> sentences;
  };
  const std::vector<Row> table{
      {"The U.S. and China met. Then they left.", {"The U.S. and China met.", "Then they left."}},
      {"Dr. Smith arrived on Sept. 5 in Moscow. He left.", {"Dr. Smith arrived on Sept. 5 in Moscow.", "He left."}},
      {"Prices rose 3.5 percent. Markets fell.", {"Prices rose 3.5 percent.", "Markets fell."}},
      {"He said, \xE2\x80\x9CIt ended.\xE2\x80\x9D Then he left.",
       {"He said, \xE2\x80\x9CIt ended.\xE2\x80\x9D", "Then he left."}},
      {"\xE2\x80\x9CIt was smart,\xE2\x80\x9D approval.\xE2\x80\x9D he explained.",
       {"\xE2\x80\x9CIt was smart,\xE2\x80\x9D approval.\xE2\x80\x9D he explained."}},
      {"Is it? Yes! Fine.", {"Is it?", "Yes!", "Fine."}},
      {"J. R. Smith spoke. Then", {"J. R. Smith spoke.", "Then"}},
      {"\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 text. \xEA\xB7\xB8 next.",
       {"\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 text.", "\xEA\xB7\xB8 next."}},
      {"First line without end\n\n  Second line.  \nThird. Fourth.",
       {"First line without end", "Second line.", "Third.", "Fourth."}},
      {"Wait... Then more.", {"Wait...", "Then more."}},
      {"", {}},
  };
  for (const auto& row : table) {
    CAPTURE(row.text);
    CHECK(sentences_of(row.text) == row.sentences);
  }
}

TEST_CASE("sentence spans are byte offsets into the text") {
  const std::string text = "  \xC3\xA9t\xC3\xA9 ended. Next one.";
  const auto lines = split_lines(text);
  REQUIRE(lines.size() == 1);
  const auto sentences = split_sentences(text, lines.front(), abbreviations());
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0] == TextSpan{2, 2 + std::string("\xC3\xA9t\xC3\xA9 ended.").size()});
  CHECK(sentences[1].end == text.size());
}

TEST_CASE("abbreviations") {
  CHECK(abbreviations().contains("U.S."));
  CHECK(abbreviations().contains("Sept."));
  CHECK(abbreviations().contains("Dr."));
  CHECK(abbreviations().contains("J."));  // an initial
  CHECK_FALSE(abbreviations().contains("Russia."));
  CHECK_FALSE(abbreviations().contains("it."));
}
