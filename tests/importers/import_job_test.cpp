// The import job's report of each document: kept in the summary by default, or handed to a
// callback as it is stored (what a long run uses to keep memory flat) with the same totals.
#include "../support/temp_dir.hpp"
#include "fixtures.hpp"

#include "annals/formats/import_job.hpp"
#include "annals/pipeline.hpp"
#include "annals/store/store.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace annals;

namespace {

// Two distinct articles and a byte-for-byte copy of the first (a duplicate on import).
fs::path article_folder(const test::TempDir& dir) {
  const auto folder = dir / "articles";
  fs::create_directories(folder);
  std::ofstream(folder / "a.txt") << "Title: Talks\n\nWang Yi met Sergey Lavrov in Moscow on Monday.\n";
  std::ofstream(folder / "b.txt") << "Title: Summit\n\nThe Belt and Road Forum opens in Beijing in October.\n";
  fs::copy_file(folder / "a.txt", folder / "c.txt");
  return folder;
}

struct Run {
  formats::ImportSummary summary;
  std::vector<std::string> handed_over;
};

Run import_folder(bool with_callback) {
  const test::TempDir dir;
  const auto folder = article_folder(dir);
  const auto db = dir / "job.db";  // beside the folder, not imported from it
  auto store = Store::open(db);
  const auto pipeline = Pipeline::load(ANNALS_SOURCE_DATA_DIR);
  formats::ImportOptions options;
  options.dating.published = date::sys_days{date::year{2023} / 9 / 19};
  Run run;
  if (with_callback)
    options.on_document = [&](const formats::DocumentReport& report) { run.handed_over.push_back(report.source); };
  const auto inputs = formats::collect_inputs({folder.string()}, {});
  run.summary = formats::run_import_job(inputs, test::reader_settings(), pipeline, &store, options);
  return run;
}

}  // namespace

TEST_CASE("a document callback receives every report and the summary keeps only the totals") {
  const auto kept = import_folder(false);
  const auto streamed = import_folder(true);
  REQUIRE(kept.summary.failures.empty());
  REQUIRE(streamed.summary.failures.empty());

  CHECK(kept.summary.imported.size() == 2);
  CHECK(kept.summary.duplicates.size() == 1);
  CHECK(streamed.summary.imported.empty());
  CHECK(streamed.summary.duplicates.empty());
  CHECK(streamed.handed_over.size() == 3);

  for (const auto* run : {&kept, &streamed}) {
    const auto& totals = run->summary.totals;
    CHECK(totals.imported == 2);
    CHECK(totals.duplicates == 1);
    CHECK(totals.events_added > 0);
  }
  CHECK(kept.summary.totals.events_added == streamed.summary.totals.events_added);
}
