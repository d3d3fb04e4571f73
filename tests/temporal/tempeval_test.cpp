// The TempEval-3 training corpus as a regression floor: when ../shared/data/tempeval3-train
// is present, the tagger must keep the scores recorded in docs/benchmarks.md. Users without
// the shared folder skip it.
#include "annals/data_dir.hpp"
#include "annals/formats/timeml.hpp"
#include "annals/temporal/evaluation.hpp"
#include "annals/temporal/tagger.hpp"
#include "annals/temporal/timeml_reading.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

namespace {

// Floors in percent, a little under the recorded numbers so only real regressions fail.
constexpr double strict_f1_floor = 88.8;
constexpr double relaxed_f1_floor = 94.1;
constexpr double value_f1_floor = 81.9;

}  // namespace

TEST_CASE("TempEval-3 training corpus scores stay at their floors") {
  const std::filesystem::path folder = std::filesystem::path(ANNALS_SHARED_DIR) / "data" / "tempeval3-train";
  if (!std::filesystem::is_directory(folder)) {
    MESSAGE("skipped: " << folder.string() << " is not present");
    return;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 200);
  const auto tagger = annals::TemporalTagger::load(ANNALS_SOURCE_DATA_DIR);
  annals::TimexEvaluation evaluation;
  for (const auto& file : files) {
    const auto document = annals::formats::read_timeml_file(file);
    annals::TaggingContext context;
    context.published = document.document.published;
    evaluation.add(file.filename().string(), document.gold,
                   annals::timeml_reading(tagger.tag(document.document.text, context)));
  }
  const auto scores = evaluation.scores();
  MESSAGE("strict F1 " << scores.strict.f1 * 100 << ", relaxed F1 " << scores.relaxed.f1 * 100 << ", value F1 "
                       << scores.value_f1 * 100);
  CHECK(evaluation.counts().gold > 1800);
  CHECK(scores.strict.f1 * 100 >= strict_f1_floor);
  CHECK(scores.relaxed.f1 * 100 >= relaxed_f1_floor);
  CHECK(scores.value_f1 * 100 >= value_f1_floor);
}
