// Telling the article from the page around it: navigation, "6 hours ago", bylines,
// photo-caption markers, comment forms, hashtag lines. The patterns are data
// (data/events/boilerplate.tsv); this decides, line by line, what may report events.
#pragma once

#include "annals/events/regex_prefilter.hpp"
#include "annals/events/text_span.hpp"
#include "annals/events/word_filter.hpp"
#include "annals/events/word_set.hpp"

#include <filesystem>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace annals::events {

enum class LineKind {
  Content,      // article prose: may report events
  Heading,      // a short line with no sentence ending: headline, section or menu entry
  Boilerplate,  // matched a pattern, or follows an end-of-article marker
};

class BoilerplateRules {
 public:
  // Throws TableError naming file:line of a bad row (unknown kind, bad regex).
  static BoilerplateRules load(const std::filesystem::path& path);

  // The kind of each line (spans into `text`, as from split_lines).
  std::vector<LineKind> classify(std::string_view text, const std::vector<TextSpan>& lines) const;

  // Whether one trimmed line matches a boilerplate pattern.
  bool matches(std::string_view line) const;
  // Whether a line is an end-of-article marker ("Leave a Reply").
  bool ends_article(std::string_view line) const;

 private:
  // The same tests on a line already lower-cased.
  bool matches_lowered(const std::string& lower) const;
  bool ends_article_lowered(std::string_view lower) const;

  enum class Match { Line, Prefix, Contains, Regex, End };
  struct Pattern {
    Match match = Match::Line;
    std::string lower;  // the pattern, lower-cased (not used by Regex)
    std::regex regex;
    RegexPrefilter prefilter;  // lines it rejects cannot match `regex`
  };
  std::vector<Pattern> patterns_;
  // The lower-cased texts of the `line` and `end` patterns, and of the `end` ones alone:
  // one hash look-up per line instead of comparing it with each, and none for a line the
  // filter rules out (hashing a paragraph costs more than the comparisons it saves).
  WordSet whole_lines_;
  WordSet end_lines_;
  WordFilter whole_line_filter_;  // of whole_lines_
};

}  // namespace annals::events
