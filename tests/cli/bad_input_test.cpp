// Bad input on the command line: each case fails with a non-zero exit and a message
// naming the file (and line), and the database is exactly as it was before.
#include "cli_fixture.hpp"

#include <doctest/doctest.h>

using namespace annals::cli_test;

TEST_CASE("bad inputs fail with a message naming the file and leave the database unchanged") {
  struct Case {
    const char* name;
    std::string bytes;  // written to the input file unless `missing`
    std::string published;
    int status;
    std::string expected;  // in stderr besides the file name
    bool missing = false;
  };
  const std::vector<Case> cases{
      {"missing.txt", "", "2023-09-19", 1, "no such file", true},
      {"binary.txt", std::string("PK\x03\x04\0\0\x01\x02garbage", 16), "2023-09-19", 1, "binary"},
      {"latin1.txt", "Line one\nWang Yi visited Moscow on the 18th \xe9t\xe9.\n", "2023-09-19", 1, ":2: invalid UTF-8"},
      {"good.txt", "Wang Yi met Lavrov on Monday.\n", "2023-02-30", 2, "2023-02-30"},
      {"undated.txt", "Wang Yi met Lavrov on Monday.\n", "", 1, "publication date"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    TempDir dir;
    const auto db = dir / "news.db";
    REQUIRE(run(dir, "import --db " + quoted(db.string()) + " --published 2023-09-19 " +
                         quoted(reference_article.string()))
                .status == 0);
    const auto before = dump(db);
    const auto input = dir / c.name;
    if (!c.missing) write_file(input, c.bytes);
    const std::string published = c.published.empty() ? "" : " --published " + c.published;
    const auto result = run(dir, "import --db " + quoted(db.string()) + published + " " + quoted(input.string()));
    CAPTURE(result.err);
    CHECK(result.status == c.status);
    CHECK(result.err.find(c.expected) != std::string::npos);
    if (c.status == 1) CHECK(result.err.find(input.string()) != std::string::npos);
    CHECK(dump(db) == before);
  }
}

TEST_CASE("a bad file does not stop the others") {
  TempDir dir;
  const auto db = dir / "news.db";
  std::filesystem::create_directories(dir / "inbox" / "deeper");
  write_file(dir / "inbox" / "a.txt", "Wang Yi met Sergey Lavrov in Moscow on Monday.\n");
  write_file(dir / "inbox" / "deeper" / "b.bin", std::string("\0\1\2\3", 4));
  write_file(dir / "inbox" / "deeper" / "c.txt", "Kim Jong-un visited Russia last week.\n");
  const auto result = run(dir, "import --db " + quoted(db.string()) + " --published 2023-09-19 " +
                                   quoted((dir / "inbox").string()));
  CHECK(result.status == 1);
  CHECK(result.err.find("b.bin") != std::string::npos);
  const auto listed = dump(db);
  CHECK(listed.find("a.txt") != std::string::npos);
  CHECK(listed.find("c.txt") != std::string::npos);
}

TEST_CASE("usage errors exit 2 and touch nothing") {
  TempDir dir;
  const auto db = dir / "news.db";
  for (const std::string& args : std::vector<std::string>{"import --published 2023-09-19 x.txt", "import --db " + quoted(db.string()),
                                 "import --db " + quoted(db.string()) + " --bogus x.txt",
                                 "export --db " + quoted(db.string()) + " --format xml", "list"}) {
    CAPTURE(args);
    const auto result = run(dir, args);
    CHECK(result.status == 2);
    CHECK_FALSE(result.err.empty());
  }
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("every command has --help") {
  TempDir dir;
  for (const char* command : {"import", "list", "export"}) {
    CAPTURE(command);
    const auto result = run(dir, std::string(command) + " --help");
    CHECK(result.status == 0);
    CHECK(result.out.find(std::string("usage: annals ") + command) != std::string::npos);
  }
}

TEST_CASE("a database that is missing, foreign or damaged is refused by name and left alone") {
  TempDir dir;
  const auto missing = dir / "missing.db";
  const auto listed = run(dir, "list --db " + quoted(missing.string()));
  CHECK(listed.status == 1);
  CHECK(listed.err.find(missing.string()) != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(missing));

  const auto damaged = dir / "damaged.db";
  write_file(damaged, "this is a shopping list, not a database\n");
  for (const std::string& command : std::vector<std::string>{"list", "export", "import --published 2023-09-19 " + quoted(reference_article.string())}) {
    CAPTURE(command);
    const auto result = run(dir, command + " --db " + quoted(damaged.string()));
    CHECK(result.status == 1);
    CHECK(result.err.find(damaged.string()) != std::string::npos);
    CHECK(result.err.find("not an SQLite database") != std::string::npos);
    CHECK(read_file(damaged) == "this is a shopping list, not a database\n");
  }
}
