// `annals import --json` is read by scripts: it must stay valid JSON whatever the input's
// names hold, and list every document however the report is kept while the run goes on.
#include "cli_fixture.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace annals::cli_test;

TEST_CASE("the --json summary is valid JSON when a file name is not UTF-8, and lists each document once") {
  TempDir dir;
  const std::string bad_name = "report-\xff.txt";  // a byte no UTF-8 text contains
  write_file(dir / bad_name, "Title: Talks in Moscow\n\nWang Yi met Sergey Lavrov in Moscow on Monday.\n");
  write_file(dir / "copy.txt", read_file(dir / bad_name));
  const auto db = dir / "summary.db";
  const auto result = run(dir, "import --json --published 2023-09-19 --db " + quoted(db.string()) + " " +
                                   quoted((dir / bad_name).string()) + " " + quoted((dir / "copy.txt").string()));
  INFO(result.err);
  REQUIRE(result.status == 0);
  const auto summary = nlohmann::json::parse(result.out);  // throws (fails) on invalid JSON
  CHECK(summary["imported"] == 1);
  CHECK(summary["duplicates"] == 1);
  REQUIRE(summary["imported_documents"].size() == 1);
  REQUIRE(summary["duplicate_documents"].size() == 1);
  const auto source = summary["imported_documents"][0]["source"].get<std::string>();
  CHECK(source.find("report-\xEF\xBF\xBD.txt") != std::string::npos);  // U+FFFD for the bad byte
  CHECK(summary["duplicate_documents"][0]["source"].get<std::string>().find("copy.txt") != std::string::npos);
}
