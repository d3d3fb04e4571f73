// Loading data/temporal into a TemporalTagger::Rules, collecting every problem found.
#pragma once

#include "rule_set.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace annals::temporal {

// Problems found while loading, each "file:line: rule ID: why".
struct Problems {
  std::vector<std::string> lines;
  void add(const std::string& file, int line, const std::string& rule, const std::string& why) {
    lines.push_back(file + ":" + std::to_string(line) + ": " + (rule.empty() ? "" : "rule " + rule + ": ") + why);
  }
};

// One line of a data file without its comment ('#' first on the line, or '# ' after a space).
std::string without_comment(const std::string& line);
std::vector<std::string> split_words(std::string_view text);

void load_lexicon_file(const std::filesystem::path& path, Lexicon& lexicon, Problems& problems);
void load_rule_file(const std::filesystem::path& path, Lexicon& lexicon, std::vector<Rule>& rules,
                    Problems& problems);

// Reads data_dir/temporal/lexicon/*.lex then data_dir/temporal/rules/*.rules; throws
// RuleError listing every problem.
std::shared_ptr<const TemporalTagger::Rules> load_rules(const std::filesystem::path& data_dir);

}  // namespace annals::temporal
