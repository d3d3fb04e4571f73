// Bad input in every format, through `annals import`: each bad file fails with a message
// naming the file and the line, never stops the others, and leaves nothing of itself in
// the database. TimeML without a DCT imports with --published and is named otherwise.
#include "cli_fixture.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

using namespace annals::cli_test;

namespace {

struct BadFile {
  const char* name;
  std::string bytes;
  std::string expected;  // after the file's path in the message: ":LINE: why" or ": why"
};

const std::string binary_bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

std::vector<BadFile> bad_files() {
  return {
      {"binary.txt", binary_bytes, ": binary file"},
      {"binary.html", binary_bytes, ": binary file"},
      {"binary.jsonl", binary_bytes, ": binary file"},
      {"binary.csv", binary_bytes, ": binary file"},
      {"binary.tml", binary_bytes, ": binary file"},
      {"binary.rss", binary_bytes, ": binary file"},
      {"latin1.txt", "Title: x\nWang Yi visited Moscow on the 18th \xe9t\xe9.\n", ":2: invalid UTF-8"},
      {"latin1.html", "<html>\n<body>\n<p>caf\xe9</p></body></html>\n", ":3: invalid UTF-8"},
      {"latin1.jsonl", "{\"published\": \"2023-09-19\", \"text\": \"ok\"}\n{\"text\": \"caf\xe9\"}\n", ":2: invalid UTF-8"},
      {"latin1.csv", "title,date,text\nx,2023-09-19,caf\xe9\n", ":2: invalid UTF-8"},
      {"latin1.tml", "<TimeML>\n<TEXT>caf\xe9</TEXT></TimeML>\n", ":2: invalid UTF-8"},
      {"latin1.rss", "<rss><channel>\n<item><title>caf\xe9</title></item></channel></rss>\n", ":2: invalid UTF-8"},
      {"ragged.csv", "title,date,text\nA,2023-09-19,Wang Yi visited Moscow.\nB,2023-09-19\n", ":3: "},
      {"broken.jsonl", "{\"published\": \"2023-09-19\", \"text\": \"Wang Yi visited Moscow.\"}\n{\"text\": \n", ":2: "},
      {"broken.html", "<html><head>\n<meta property=\"article:published_time\" content=\"2023-02-30\">\n</head>"
                      "<body><p>Wang Yi visited Moscow.</p></body></html>\n", ":2: "},
      {"broken.rss", "<rss><channel>\n<item><title>a</title>\n<description>x</item>\n</channel></rss>\n", ":3: "},
      {"broken.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>a</title>\n<content>x</entry></feed>\n", ":3: "},
      {"broken.tml", "<TimeML>\n<DCT><TIMEX3 value=\"2023-09-19\"/></DCT>\n<TEXT>x</TIMEX3>\n</TimeML>\n", ":3: malformed TimeML"},
  };
}

const char* const good_article = "Title: Talks\nDate: 2023-09-19\n\nWang Yi met Sergey Lavrov in Moscow on Monday.\n";

}  // namespace

TEST_CASE("bad input in every format is named with its file and line; the others import") {
  TempDir dir;
  const auto inbox = dir / "inbox";
  std::filesystem::create_directories(inbox);
  write_file(inbox / "good.txt", good_article);
  const auto files = bad_files();
  for (const auto& file : files) write_file(inbox / file.name, file.bytes);
  const auto db = dir / "news.db";
  const auto result = run(dir, "import --db " + quoted(db.string()) + " " + quoted(inbox.string()));
  INFO(result.err);
  CHECK(result.status == 1);
  for (const auto& file : files) {
    CAPTURE(file.name);
    CHECK(result.err.find((inbox / file.name).string() + file.expected) != std::string::npos);
  }
  const auto stored = dump(db);
  CHECK(stored.find("good.txt") != std::string::npos);
  // Articles read before the error in the same file are kept; nothing of a refused file is.
  for (const char* refused : {"binary.", "latin1.txt", "latin1.html", "latin1.csv", "latin1.tml", "broken.tml"}) {
    CAPTURE(refused);
    CHECK(stored.find(refused) == std::string::npos);
  }
}

TEST_CASE("a file too large to read whole is refused by name without reading it") {
  TempDir dir;
  const auto huge = dir / "huge.txt";
  write_file(huge, "");
  constexpr off_t one_gigabyte = off_t{1} << 30;
  REQUIRE(truncate(huge.c_str(), one_gigabyte) == 0);  // sparse: no disk used
  const auto result = run(dir, "import --db " + quoted((dir / "news.db").string()) + " --published 2023-09-19 " +
                                   quoted(huge.string()));
  CHECK(result.status == 1);
  CHECK(result.err.find(huge.string() + ": file too large") != std::string::npos);
}

TEST_CASE("TimeML without a DCT imports with --published and is named without it") {
  TempDir dir;
  const auto tml = dir / "nodct.tml";
  write_file(tml, "<?xml version=\"1.0\"?>\n<TimeML>\n<DOCID>nodct</DOCID>\n<TEXT>Wang Yi met Sergey Lavrov in Moscow "
                  "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-09-18\">on Monday</TIMEX3>.</TEXT>\n</TimeML>\n");
  const auto db = dir / "news.db";
  const auto undated = run(dir, "import --db " + quoted(db.string()) + " " + quoted(tml.string()));
  CHECK(undated.status == 1);
  CHECK(undated.err.find(tml.string() + ":1: no publication date") != std::string::npos);
  CHECK(undated.err.find("--published") != std::string::npos);
  CHECK(dump(db).find("nodct") == std::string::npos);

  const auto dated = run(dir, "import --db " + quoted(db.string()) + " --published 2023-09-19 " + quoted(tml.string()));
  INFO(dated.err);
  CHECK(dated.status == 0);
  const auto stored = dump(db);
  CHECK(stored.find("nodct") != std::string::npos);
  CHECK(stored.find("|19619|command-line|") != std::string::npos);  // 2023-09-19, from the command line
  CHECK(stored.find("2023-09-18") != std::string::npos);            // "on Monday" resolved against it
}
