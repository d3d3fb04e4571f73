// Parsing one rules file. A rule is a block:
//   rule ID
//     pattern  ELEMENT ELEMENT ...
//     value    key=template key=template ...
//     example  "TEXT" @ YYYY-MM-DD => VALUE [mod=MOD] [prefer=past|future]
// The grammar of elements and keys is documented in docs/temporal-rules.md.
#include "loader.hpp"

#include "annals/ascii_case.hpp"
#include "annals/date_range.hpp"
#include "resolver.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>

namespace annals::temporal {

namespace {

constexpr std::size_t max_elements = 16;          // keeps every match attempt short
constexpr std::size_t max_optional_elements = 8;  // bounds the 2^k optional choices

constexpr std::array<std::string_view, key_count> key_names{
    "type", "value", "year", "month", "day", "weekday", "season", "quarter", "half", "week", "decade", "century",
    "hour", "minute", "part", "unit", "shift", "amount", "direction", "anchor", "mod", "granularity", "event",
    "meridiem", "timeml"};

struct Context {
  const std::string& file;
  int line;
  const std::string& rule;
  Problems& problems;
  void fail(const std::string& why) const { problems.add(file, line, rule, why); }
};

bool is_category_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "#1-31", "#0-99:2": a number written in digits, within a range, optionally of a fixed width.
std::optional<Alternative> parse_range(std::string_view text) {
  Alternative alternative;
  alternative.kind = Alternative::Kind::Range;
  text.remove_prefix(1);
  if (text.ends_with("th")) {
    alternative.ordinal = true;
    text.remove_suffix(2);
  }
  if (const auto colon = text.find(':'); colon != std::string_view::npos) {
    const auto width = parse_integer(text.substr(colon + 1));
    if (!width || *width < 1 || *width > 9) return std::nullopt;
    alternative.digits = static_cast<std::uint8_t>(*width);
    text = text.substr(0, colon);
  }
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto low = parse_integer(text.substr(0, dash)), high = parse_integer(text.substr(dash + 1));
  if (!low || !high || *low > *high) return std::nullopt;
  alternative.low = *low;
  alternative.high = *high;
  return alternative;
}

std::optional<Alternative> parse_alternative(std::string_view text, const Lexicon& lexicon, const Context& context) {
  Alternative alternative;
  if (text.empty()) {
    context.fail("empty alternative in pattern");
    return std::nullopt;
  }
  if (text == "NUMBER") alternative.kind = Alternative::Kind::Number;
  else if (text == "ORDINAL") alternative.kind = Alternative::Kind::Ordinal;
  else if (text.size() > 1 && text[0] == '#') {
    auto range = parse_range(text);
    if (!range) context.fail("bad number range '" + std::string(text) + "' (expected #LOW-HIGH, #LOW-HIGH:DIGITS or #LOW-HIGHth)");
    return range;
  } else if (is_category_name(text)) {
    const std::string name = ascii_lower(text);
    const auto id = lexicon.category(name);
    if (!id) {
      context.fail("unknown lexicon category " + std::string(text));
      return std::nullopt;
    }
    alternative.kind = Alternative::Kind::Category;
    alternative.category = *id;
  } else {
    alternative.literal = ascii_lower(text);
  }
  return alternative;
}

std::optional<Element> parse_element(std::string text, const Lexicon& lexicon, const Context& context) {
  Element element;
  if (text.size() > 1 && (text[0] == '!' || text[0] == '<' || text[0] == '>')) {
    (text[0] == '!' ? element.negated : text[0] == '<' ? element.behind : element.ahead) = true;
    text.erase(0, 1);
  }
  while (text.size() > 1 && (text.back() == '?' || text.back() == '^')) {
    (text.back() == '?' ? element.optional : element.capitalized) = true;
    text.pop_back();
  }
  std::size_t start = 0;
  // A lone "|" would be empty alternatives; split on '|' between non-empty pieces.
  for (;;) {
    const auto bar = text.find('|', start);
    auto alternative = parse_alternative(std::string_view(text).substr(start, bar - start), lexicon, context);
    if (!alternative) return std::nullopt;
    element.alternatives.push_back(std::move(*alternative));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return element;
}

void parse_pattern(const std::vector<std::string>& parts, Rule& rule, const Lexicon& lexicon, const Context& context) {
  if (!rule.elements.empty()) context.fail("second pattern line");
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (auto element = parse_element(parts[i], lexicon, context)) rule.elements.push_back(std::move(*element));
  const auto optional_count = std::count_if(rule.elements.begin(), rule.elements.end(), [](const Element& e) { return e.optional; });
  if (rule.elements.empty()) context.fail("empty pattern");
  if (rule.elements.size() > max_elements) context.fail("pattern longer than " + std::to_string(max_elements) + " elements");
  if (static_cast<std::size_t>(optional_count) > max_optional_elements)
    context.fail("more than " + std::to_string(max_optional_elements) + " optional elements");
  if (!rule.elements.empty() && std::all_of(rule.elements.begin(), rule.elements.end(), [](const Element& e) { return e.optional || e.zero_width(); }))
    context.fail("pattern can match nothing: every element is optional");
}

std::optional<Template> parse_template(std::string_view text, std::size_t element_count, const Context& context) {
  Template result;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '$') {
      std::size_t j = i + 1;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      const auto index = parse_integer(text.substr(i + 1, j - i - 1));
      if (!index || *index < 1 || static_cast<std::size_t>(*index) > element_count) {
        context.fail("'$" + std::string(text.substr(i + 1, j - i - 1)) + "' names no pattern element (the pattern has " +
                     std::to_string(element_count) + ")");
        return std::nullopt;
      }
      result.pieces.push_back({{}, static_cast<int>(*index - 1)});
      i = j;
    } else {
      const auto next = text.find('$', i);
      result.pieces.push_back({std::string(text.substr(i, next - i)), -1});
      i = next == std::string_view::npos ? text.size() : next;
    }
  }
  return result;
}

void parse_value(const std::vector<std::string>& parts, Rule& rule, const Context& context) {
  if (rule.elements.empty()) context.fail("value before pattern");
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const auto eq = parts[i].find('=');
    const auto name = parts[i].substr(0, eq);
    const auto found = std::find(key_names.begin(), key_names.end(), name);
    if (eq == std::string::npos || found == key_names.end()) {
      context.fail("unknown value key '" + name + "'");
      continue;
    }
    const auto key = static_cast<Key>(found - key_names.begin());
    const auto text = parts[i].substr(eq + 1);
    auto parsed = parse_template(text, rule.elements.size(), context);
    if (!parsed) continue;
    if (text.find('$') == std::string::npos && !valid_constant(key, text))
      context.fail("bad " + name + " '" + text + "'");
    rule.fields[static_cast<std::size_t>(key)] = std::move(*parsed);
  }
}

void parse_example(const std::string& line, Rule& rule, const Context& context) {
  const auto open = line.find('"');
  const auto close = open == std::string::npos ? open : line.find('"', open + 1);
  const auto syntax = "expected: example \"TEXT\" @ YYYY-MM-DD => VALUE [mod=MOD] [prefer=past|future]";
  if (close == std::string::npos) return context.fail(syntax);
  Example example;
  example.text = line.substr(open + 1, close - open - 1);
  example.line = context.line;
  const auto rest = split_words(line.substr(close + 1));
  if (rest.size() < 4 || rest[0] != "@" || rest[2] != "=>") return context.fail(syntax);
  if (!parse_iso_day(rest[1])) return context.fail("bad example date '" + rest[1] + "'");
  example.published = rest[1];
  example.value = rest[3];
  for (std::size_t i = 4; i < rest.size(); ++i) {
    if (rest[i].starts_with("mod=")) example.mod = rest[i].substr(4);
    else if (rest[i] == "prefer=past" || rest[i] == "prefer=future") example.prefer = rest[i].substr(7);
    else return context.fail("unknown example option '" + rest[i] + "'");
  }
  rule.examples.push_back(std::move(example));
}

void finish_rule(std::vector<Rule>& rules, std::vector<std::string>& seen, Problems& problems) {
  if (rules.empty()) return;
  const auto& rule = rules.back();
  auto fail = [&](const std::string& why) { problems.add(rule.file, rule.line, rule.id, why); };
  if (rule.elements.empty()) fail("no pattern");
  if (std::all_of(rule.fields.begin(), rule.fields.end(), [](const Template& t) { return t.empty(); })) fail("no value");
  if (rule.examples.empty()) fail("no example: every rule carries at least one");
  if (std::find(seen.begin(), seen.end(), rule.id) != seen.end()) fail("duplicate rule id");
  seen.push_back(rule.id);
}

}  // namespace

std::string_view key_name(Key key) { return key_names.at(static_cast<std::size_t>(key)); }

void load_rule_file(const std::filesystem::path& path, Lexicon& lexicon, std::vector<Rule>& rules, Problems& problems) {
  std::ifstream in(path);
  const auto file = path.filename().string();
  std::vector<std::string> seen;
  for (const auto& rule : rules) seen.push_back(rule.id);
  const auto first_new = rules.size();
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const auto clean = without_comment(line);
    const auto parts = split_words(clean);
    if (parts.empty()) continue;
    if (parts[0] == "rule") {
      if (rules.size() > first_new) finish_rule(rules, seen, problems);
      Rule rule;
      rule.id = parts.size() == 2 ? parts[1] : "?";
      rule.file = file;
      rule.line = number;
      if (parts.size() != 2) problems.add(file, number, "", "expected 'rule ID'");
      rules.push_back(std::move(rule));
      continue;
    }
    if (rules.size() == first_new) {
      problems.add(file, number, "", "'" + parts[0] + "' outside a rule block");
      continue;
    }
    Rule& rule = rules.back();
    const Context context{file, number, rule.id, problems};
    if (parts[0] == "pattern") parse_pattern(parts, rule, lexicon, context);
    else if (parts[0] == "value") parse_value(parts, rule, context);
    else if (parts[0] == "example") parse_example(line, rule, context);  // keeps '#' inside quotes
    else context.fail("unknown line '" + parts[0] + "' (expected pattern, value or example)");
  }
  if (rules.size() > first_new) finish_rule(rules, seen, problems);
}

}  // namespace annals::temporal
