// Line classification against the boilerplate patterns. std::regex is slow, so regex
// patterns only ever see single short lines that pass their prefilter (first byte,
// required text), and plain-text patterns are tried first; and they match the
// lower-cased line case-sensitively, because std::regex::icase consults the locale for
// every character it compares.
#include "annals/events/boilerplate.hpp"

#include "annals/events/table_file.hpp"
#include "annals/events/tokens.hpp"

namespace annals::events {

namespace {

// A line longer than this is prose even without a final period (shorter ones that lack
// one are headings, menus or captions' credits), and is too long for a regex pattern.
constexpr std::size_t heading_max_bytes = 160;

bool ends_like_sentence(std::string_view line) {
  static const std::vector<std::string_view> endings{".", "!", "?", ".\"", ".'", ".)",
                                                      "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */,
                                                      "\"", "\xE2\x80\xA6" /* … */};
  for (const auto ending : endings)
    if (line.ends_with(ending)) return true;
  return false;
}

// The pattern with its letters lower-cased, except those that name an escape (\S, \B,
// \D), so that it matches a lower-cased line as the pattern matches any case of it.
std::string lower_outside_escapes(std::string_view pattern) {
  std::string lower(pattern);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower[i] == '\\') ++i;
    else lower[i] = ascii_lower(lower[i]);
  }
  return lower;
}

}  // namespace

BoilerplateRules BoilerplateRules::load(const std::filesystem::path& path) {
  BoilerplateRules rules;
  for (const auto& row : read_table(path, 2, 2)) {
    const auto& kind = row.fields[0];
    Pattern pattern;
    pattern.lower = ascii_lower(row.fields[1]);
    if (kind == "line") pattern.match = Match::Line;
    else if (kind == "prefix") pattern.match = Match::Prefix;
    else if (kind == "contains") pattern.match = Match::Contains;
    else if (kind == "end") pattern.match = Match::End;
    else if (kind == "regex") {
      pattern.match = Match::Regex;
      try {
        const auto lowered = lower_outside_escapes(row.fields[1]);
        pattern.regex = std::regex(lowered, std::regex::ECMAScript | std::regex::optimize);
        pattern.prefilter = RegexPrefilter(lowered);
      } catch (const std::regex_error& error) {
        fail(row, std::string("bad regular expression: ") + error.what());
      }
    } else {
      fail(row, "unknown kind '" + kind + "' (known: line, prefix, contains, regex, end)");
    }
    if (pattern.match == Match::Line || pattern.match == Match::End) {
      rules.whole_lines_.insert(pattern.lower);
      rules.whole_line_filter_.add(pattern.lower);
    }
    if (pattern.match == Match::End) rules.end_lines_.insert(pattern.lower);
    rules.patterns_.push_back(std::move(pattern));
  }
  return rules;
}

bool BoilerplateRules::matches(std::string_view line) const { return matches_lowered(ascii_lower(line)); }

bool BoilerplateRules::ends_article(std::string_view line) const { return ends_article_lowered(ascii_lower(line)); }

bool BoilerplateRules::matches_lowered(const std::string& lower) const {
  if (whole_line_filter_.may_contain(lower) && whole_lines_.contains(std::string_view(lower))) return true;
  for (const auto& pattern : patterns_) {
    switch (pattern.match) {
      case Match::Line:
      case Match::End:
        break;  // whole_lines_ holds them
      case Match::Prefix:
        if (lower.starts_with(pattern.lower)) return true;
        break;
      case Match::Contains:
        if (lower.find(pattern.lower) != std::string::npos) return true;
        break;
      case Match::Regex:
        break;
    }
  }
  // Page furniture is short; std::regex is slow, so prose-length lines skip the regexes.
  if (lower.size() > heading_max_bytes) return false;
  for (const auto& pattern : patterns_)
    if (pattern.match == Match::Regex && pattern.prefilter.may_match(lower) && std::regex_match(lower, pattern.regex))
      return true;
  return false;
}

bool BoilerplateRules::ends_article_lowered(std::string_view lower) const {
  return whole_line_filter_.may_contain(lower) && end_lines_.contains(lower);
}

std::vector<LineKind> BoilerplateRules::classify(std::string_view text,
                                                 const std::vector<TextSpan>& lines) const {
  std::vector<LineKind> kinds;
  kinds.reserve(lines.size());
  bool after_end = false;
  std::string lower;  // reused: lines are lower-cased into one buffer, not a new string each
  for (const auto& span : lines) {
    const auto line = span.of(text);
    lower.assign(line);  // once: both tests compare lower-cased patterns
    for (auto& c : lower) c = ascii_lower(c);
    after_end = after_end || ends_article_lowered(lower);
    if (after_end || matches_lowered(lower)) kinds.push_back(LineKind::Boilerplate);
    else if (!ends_like_sentence(line) && line.size() <= heading_max_bytes) kinds.push_back(LineKind::Heading);
    else kinds.push_back(LineKind::Content);
  }
  return kinds;
}

}  // namespace annals::events
