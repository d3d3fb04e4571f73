// The import job's report of each document: kept in the summary by default, or handed to a
// callback as it is committed (what a long run uses to keep memory flat) with the same totals.
#include "../support/temp_dir.hpp"
#include "fixtures.hpp"

#include "annals/formats/import_job.hpp"
#include "annals/pipeline.hpp"
#include "annals/store/store.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

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

// Group commit: a document is reported only once its batch is durable, so a report never
// names a document another connection (a viewer, or the database after `kill -9`) lacks.
TEST_CASE("every document is reported only after it is committed") {
  const test::TempDir dir;
  const auto folder = dir / "many";
  fs::create_directories(folder);
  constexpr int articles = 40;
  for (int i = 0; i < articles; ++i)
    std::ofstream(folder / ("a" + std::to_string(100 + i) + ".txt"))
        << "Title: Report " << i << "\n\nReport " << i << ": Wang Yi met Sergey Lavrov in Moscow on Monday.\n";
  const auto db = dir / "job.db";
  auto store = Store::open(db);
  const auto pipeline = Pipeline::load(ANNALS_SOURCE_DATA_DIR);
  formats::ImportOptions options;
  options.dating.published = date::sys_days{date::year{2023} / 9 / 19};
  std::vector<std::size_t> committed_when_reported;
  options.on_document = [&](const formats::DocumentReport&) {
    sqlite3* reader = nullptr;  // a plain reader sees only committed data
    REQUIRE(sqlite3_open_v2(db.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(reader, "SELECT count(*) FROM documents", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    committed_when_reported.push_back(static_cast<std::size_t>(sqlite3_column_int64(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(reader);
  };
  std::size_t progress_calls = 0;
  const auto summary = formats::run_import_job(formats::collect_inputs({folder.string()}, {}), test::reader_settings(),
                                               pipeline, &store, options,
                                               [&](const formats::ImportProgress&) { ++progress_calls; });
  REQUIRE(summary.failures.empty());
  REQUIRE(committed_when_reported.size() == static_cast<std::size_t>(articles));
  for (std::size_t i = 0; i < committed_when_reported.size(); ++i) {
    CAPTURE(i);
    CHECK(committed_when_reported[i] >= i + 1);  // the i-th report's document is already durable
  }
  CHECK(progress_calls >= 1);
  CHECK(summary.totals.imported == static_cast<std::size_t>(articles));
}
