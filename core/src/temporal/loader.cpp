// Reading data/temporal: lexicon files (`category word value`) and rule files (`rule ID`
// blocks with pattern/value/example lines). Every problem is collected, not just the
// first, and reported together as "file:line: rule ID: why" in one RuleError.
#include "loader.hpp"

#include "annotate.hpp"
#include "match_fields.hpp"
#include "matcher.hpp"
#include "resolver.hpp"

#include "annals/ascii_case.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace annals::temporal {

namespace {

namespace fs = std::filesystem;

// Engine-consulted categories that must exist in the lexicon.
constexpr std::array required_categories{"number", "multiplier", "ordinal", "ordinal_suffix",
                                         "past_cue", "future_cue", "past_suffix", "sentence_end",
                                         "be_auxiliary"};

std::vector<fs::path> files_with(const fs::path& folder, std::string_view extension) {
  std::vector<fs::path> found;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error))
    if (entry.is_regular_file() && entry.path().extension() == extension) found.push_back(entry.path());
  std::sort(found.begin(), found.end());
  return found;
}

CategoryId intern_category(Lexicon& lexicon, const std::string& name) {
  for (std::size_t i = 0; i < lexicon.category_names.size(); ++i)
    if (lexicon.category_names[i] == name) return static_cast<CategoryId>(i);
  lexicon.category_names.push_back(name);
  return static_cast<CategoryId>(lexicon.category_names.size() - 1);
}

// Lexicon values the resolver will read must be valid for the key they feed.
std::optional<std::string> check_lexicon_value(const std::string& category, const std::string& value) {
  auto in_range = [&](long low, long high) -> std::optional<std::string> {
    long n = 0;
    try { n = std::stol(value); } catch (...) { return "value '" + value + "' is not a number"; }
    if (n < low || n > high) return "value " + value + " outside " + std::to_string(low) + ".." + std::to_string(high);
    return std::nullopt;
  };
  if (category == "month" || category == "month_full") return in_range(1, 12);
  if (category == "relation" || category == "relative_day") return in_range(-1, 1);
  if (category == "weekday" || category == "weekday_full") return in_range(1, 7);
  if (category == "number" || category == "ordinal" || category == "multiplier") return in_range(0, 1000000);
  if ((category == "unit" || category == "period" || category == "plural_unit") && !valid_constant(Key::Unit, value)) return "unknown unit '" + value + "'";
  if (category == "season" && !valid_constant(Key::Season, value)) return "unknown season '" + value + "'";
  if (category == "part" && !valid_constant(Key::Part, value)) return "unknown part of day '" + value + "'";
  if ((category == "portion" || category == "edge" || category == "approx") && !valid_constant(Key::Mod, value))
    return "unknown mod '" + value + "'";
  return std::nullopt;
}

}  // namespace

void load_lexicon_file(const fs::path& path, Lexicon& lexicon, Problems& problems) {
  std::ifstream in(path);
  const auto file = path.filename().string();
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const auto parts = split_words(without_comment(line));
    if (parts.empty()) continue;
    if (parts.size() < 2 || parts.size() > 3) {
      problems.add(file, number, "", "expected 'category word [value]'");
      continue;
    }
    const auto value = parts.size() == 3 ? parts[2] : std::string{};
    if (const auto why = check_lexicon_value(parts[0], value)) {
      problems.add(file, number, "", "word '" + parts[1] + "': " + *why);
      continue;
    }
    const auto id = intern_category(lexicon, parts[0]);
    auto& info = lexicon.words[ascii_lower(parts[1])];
    if (info.value_of(id)) {
      problems.add(file, number, "", "word '" + parts[1] + "' listed twice in category " + parts[0]);
      continue;
    }
    info.categories.emplace_back(id, value);
  }
}

std::string without_comment(const std::string& line) {
  // "#" starts a comment at the start of a line or as a word of its own ("# why"), never
  // inside a word: "#1-31" is a pattern element.
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '#') continue;
    const bool word_start = i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t';
    const bool word_end = i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
    if (word_start && (word_end || line.find_first_not_of(" \t") == i)) return line.substr(0, i);
  }
  return line;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

namespace {

void add_unique(std::vector<RuleIndex>& list, RuleIndex rule) {
  if (list.empty() || list.back() != rule) list.push_back(rule);
}

// Records, for every way a rule's match can begin, that the rule is a candidate there, so
// tagging tries only the rules that can start on each token.
void index_first_elements(TemporalTagger::Rules& rules) {
  for (RuleIndex r = 0; r < rules.rules.size(); ++r) {
    for (const auto& element : rules.rules[r].elements) {
      if (element.zero_width()) continue;
      for (const auto& alternative : element.alternatives) {
        switch (alternative.kind) {
          case Alternative::Kind::Literal: add_unique(rules.lexicon.words[alternative.literal].first_of, r); break;
          case Alternative::Kind::Category:
            for (auto& [word, info] : rules.lexicon.words)
              if (info.value_of(alternative.category)) add_unique(info.first_of, r);
            break;
          case Alternative::Kind::Range:
            add_unique(alternative.ordinal ? rules.ordinal_first : rules.number_first, r);
            break;
          case Alternative::Kind::Number: add_unique(rules.number_first, r); break;
          case Alternative::Kind::Ordinal: add_unique(rules.ordinal_first, r); break;
        }
      }
      if (!element.optional) break;
    }
  }
}

}  // namespace

std::shared_ptr<const TemporalTagger::Rules> load_rules(const fs::path& data_dir) {
  auto rules = std::make_shared<TemporalTagger::Rules>();
  Problems problems;
  const auto folder = data_dir / "temporal";
  const auto lexicon_files = files_with(folder / "lexicon", ".lex");
  const auto rule_files = files_with(folder / "rules", ".rules");
  if (lexicon_files.empty()) problems.add((folder / "lexicon").string(), 0, "", "no *.lex lexicon files");
  if (rule_files.empty()) problems.add((folder / "rules").string(), 0, "", "no *.rules rule files");
  for (const auto& path : lexicon_files) load_lexicon_file(path, rules->lexicon, problems);
  const std::array<CategoryId*, required_categories.size()> slots{
      &rules->number_word, &rules->multiplier, &rules->ordinal_word, &rules->ordinal_suffix,
      &rules->past_cue,    &rules->future_cue, &rules->past_suffix,  &rules->sentence_end, &rules->be_auxiliary};
  for (std::size_t i = 0; i < required_categories.size(); ++i) {
    if (const auto id = rules->lexicon.category(required_categories[i])) *slots[i] = *id;
    else problems.add((folder / "lexicon").string(), 0, "", std::string("missing category '") + required_categories[i] + "'");
  }
  for (const auto& path : rule_files) load_rule_file(path, rules->lexicon, rules->rules, problems);
  if (!problems.lines.empty()) {
    std::string message = std::to_string(problems.lines.size()) + " problem(s) in " + folder.string() + ":";
    for (const auto& line : problems.lines) message += "\n  " + line;
    throw RuleError(message);
  }
  index_first_elements(*rules);
  // Literals compare by the address of their lexicon entry: one pointer test per token.
  for (auto& rule : rules->rules)
    for (auto& element : rule.elements)
      for (auto& alternative : element.alternatives)
        if (alternative.kind == Alternative::Kind::Literal) alternative.word = &rules->lexicon.words[alternative.literal];
  for (const auto& [word, info] : rules->lexicon.words)
    if (info.value_of(rules->past_suffix)) rules->past_suffixes.push_back(word);
  index_for_matching(*rules);
  index_number_words(*rules);
  // The tokenizer's table copies facts of both passes (SpellingTable::Found).
  rules->lexicon.spellings.build(rules->lexicon.words);
  // Fields refer to their rule's strings: compiled once the rules vector no longer moves.
  const bool dotted_values = std::any_of(rules->lexicon.words.begin(), rules->lexicon.words.end(), [](const auto& entry) {
    const auto& categories = entry.second.categories;
    return std::any_of(categories.begin(), categories.end(),
                       [](const auto& category) { return category.second.find('.') != std::string::npos; });
  });
  for (auto& rule : rules->rules) compile_fields(rule, dotted_values);
  return rules;
}

std::optional<CategoryId> Lexicon::category(std::string_view name) const {
  for (std::size_t i = 0; i < category_names.size(); ++i)
    if (category_names[i] == name) return static_cast<CategoryId>(i);
  return std::nullopt;
}

}  // namespace annals::temporal
