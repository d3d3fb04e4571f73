// `annals export` through the executable: each format on a real database, filters applied
// the same way to all of them.
#include "cli_runner.hpp"

#include <doctest/doctest.h>

#include <sstream>

using annals::test::quoted;
using annals::test::run_cli;

namespace {


std::filesystem::path reference_database(const std::filesystem::path& dir) {
  const auto db = dir / "news.db";
  const auto text = std::filesystem::path(ANNALS_SOURCE_DATA_DIR) / "samples/wang-yi-moscow-2023-09.txt";
  REQUIRE(run_cli("import --quiet --published 2023-09-19 --db " + quoted(db) + " " + quoted(text)).exit_code == 0);
  return db;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("export formats and filters on the reference article's database") {
  const auto dir = annals::test::scratch("export");
  const auto db = reference_database(dir);
  const auto all_csv = run_cli("export --db " + quoted(db) + " --format csv");
  REQUIRE(all_csv.exit_code == 0);
  const auto rows = count(all_csv.out, "\r\n") - 1;
  CHECK(rows >= 5);

  const auto visits = run_cli("export --db " + quoted(db) + " --format csv --type visit");
  REQUIRE(visits.exit_code == 0);
  std::istringstream lines(visits.out);
  std::string line;
  std::getline(lines, line);  // header
  std::size_t visit_rows = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    ++visit_rows;
    CHECK(line.find(",visit,") != std::string::npos);
  }
  CHECK(visit_rows >= 1);
  CHECK(visit_rows < rows);

  const auto ics = run_cli("export --db " + quoted(db) + " --format ics --from 2023-09-01 --to 2023-09-30");
  REQUIRE(ics.exit_code == 0);
  CHECK(ics.out.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
  CHECK(count(ics.out, "BEGIN:VEVENT") == count(ics.out, "END:VEVENT"));
  CHECK(count(ics.out, "BEGIN:VEVENT") < rows);
  CHECK(ics.out.find("DTSTART;VALUE=DATE:202212") == std::string::npos);  // December 2022 filtered out

  const auto timeml = run_cli("export --db " + quoted(db) + " --format timeml");
  REQUIRE(timeml.exit_code == 0);
  CHECK(timeml.out.find("<TIMEX3 tid=\"t1\" type=\"DATE\"") != std::string::npos);
  CHECK(timeml.out.find("functionInDocument=\"CREATION_TIME\">2023-09-19<") != std::string::npos);

  CHECK(run_cli("export --db " + quoted(db) + " --format xml").exit_code == 2);
  CHECK(run_cli("export --db " + quoted(db) + " --from 2023-10-01 --to 2023-09-01").exit_code == 2);
  CHECK(run_cli("export --db " + quoted(db) + " --from yesterday").exit_code == 2);
}
