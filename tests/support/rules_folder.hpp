// A data folder with the shipped temporal lexicons and one rules file of a test's own,
// removed when the test ends: loader tests hand the real loader rules it must accept or
// reject, and read its report.
#pragma once

#include "annals/temporal/tagger.hpp"

#include "temp_dir.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace annals::test {

class RulesFolder {
 public:
  // The rules are written to temporal/rules/test.rules, so reports name "test.rules:LINE".
  explicit RulesFolder(const std::string& rules) : dir_("annals-temporal-rules-") {
    namespace fs = std::filesystem;
    fs::create_directories(root() / "temporal" / "rules");
    fs::copy(fs::path(ANNALS_SOURCE_DATA_DIR) / "temporal" / "lexicon", root() / "temporal" / "lexicon");
    std::ofstream(root() / "temporal" / "rules" / "test.rules") << rules;
  }

  const std::filesystem::path& root() const { return dir_.path(); }

  // The loader's report, or empty when the rules loaded.
  std::string load_error() const {
    try {
      (void)TemporalTagger::load(root());
    } catch (const RuleError& error) {
      return error.what();
    }
    return {};
  }

 private:
  TempDir dir_;
};

}  // namespace annals::test
