// The boilerplate regexes' prefilter: what it derives from a pattern, and that it never
// rejects a line the regex matches (checked against std::regex on every data pattern).
#include "annals/data_dir.hpp"
#include "annals/events/regex_prefilter.hpp"
#include "annals/events/table_file.hpp"

#include <doctest/doctest.h>

#include <regex>

using namespace annals::events;

TEST_CASE("what the prefilter reads off a pattern") {
  struct Row {
    std::string pattern;
    std::string first_bytes;  // bytes that must be allowed first ("*" = every byte)
    std::string refused;      // bytes that must not be
    bool may_be_empty;
    std::string required;
  };
  const std::vector<Row> table{
      {"^(copyright|\xC2\xA9).*", "c\xC2", "x ", false, ""},
      {"^(updated |published )?(an?|\\d+) (day|week)s? ago\\.?$", "upa0123456789", "xd", false, " ago"},
      {"^.{0,60}, (bbc|cnn)( news)?$", "*", "", false, ", "},
      {"^#\\S+(\\s+#\\S+)*$", "#", "a ", false, "#"},
      {"^(photo|video)( caption)?[:,]?$", "pv", "c", false, ""},
      {"^(by|editor)\\b[^.!?]{0,80}$", "be", "r", false, ""},
      {"^a|b$", "ab", "c", false, ""},   // alternation at the top: no required text
      {"^x*$", "*", "", true, ""},       // may match the empty line: any first byte
      {"^(?:ab)c", "a", "c", false, "c"},
      {"^[abc]def", "*", "", false, "def"},
  };
  for (const auto& row : table) {
    CAPTURE(row.pattern);
    const RegexPrefilter filter(row.pattern);
    CHECK(filter.may_be_empty() == row.may_be_empty);
    CHECK(filter.required_text() == row.required);
    if (!row.may_be_empty) {
      if (row.first_bytes == "*") CHECK(filter.first_bytes().all());
      else
        for (const char c : row.first_bytes) CHECK(filter.first_bytes().test(static_cast<unsigned char>(c)));
      for (const char c : row.refused) CHECK_FALSE(filter.first_bytes().test(static_cast<unsigned char>(c)));
    }
  }
}

TEST_CASE("the prefilter never rejects a line its data pattern matches") {
  const std::vector<std::string> lines{
      "copyright 2023 reuters", "\xC2\xA9 bbc 2023", "6 hours ago", "updated 2 days ago", "an hour ago",
      "published 12 minutes ago.", "updated: 19 september", "last updated 10:30", "correspondent tessa wong",
      "by tessa wong, bbc news", "reporting by guy faulconbridge; editing by ros russell",
      "tessa wong, bbc news", "moscow bureau, reuters", "photo", "picture caption:", "video,",
      "#chinese #diplomatic #chief", "#wang", "wang yi visited russia.", "", "a", "by", "copyright",
      "posted 3 weeks ago", "sources told al jazeera", "xinhua, ap", "photo: reuters"};
  const auto path = annals::data_directory() / "events" / "boilerplate.tsv";
  std::size_t regexes = 0, matched = 0;
  for (const auto& row : read_table(path, 2, 2)) {
    if (row.fields[0] != "regex") continue;
    ++regexes;
    std::string lowered = row.fields[1];  // as BoilerplateRules lowers it (escapes kept)
    for (std::size_t i = 0; i < lowered.size(); ++i) {
      if (lowered[i] == '\\') ++i;
      else if (lowered[i] >= 'A' && lowered[i] <= 'Z') lowered[i] = static_cast<char>(lowered[i] - 'A' + 'a');
    }
    const std::regex regex(lowered, std::regex::ECMAScript);
    const RegexPrefilter filter(lowered);
    for (const auto& line : lines) {
      CAPTURE(lowered);
      CAPTURE(line);
      if (!std::regex_match(line, regex)) continue;
      ++matched;
      CHECK(filter.may_match(line));
    }
  }
  CHECK(regexes >= 5);
  CHECK(matched >= 15);  // the lines really exercise the patterns
}
