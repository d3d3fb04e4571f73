// `annals import` end to end, through the real executable: a folder mixing every format,
// reruns that add nothing, `kill -9` in the middle, and the reference article as a saved
// web page giving the same events as its text.
#include "cli_runner.hpp"

#include "annals/date_range.hpp"
#include "annals/store/store.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

using namespace annals;
using annals::test::dump_tables;
using annals::test::quoted;
using annals::test::run_cli;

namespace {

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}


void make_mixed_folder(const std::filesystem::path& dir) {
  write(dir / "a.txt", "Title: Visit\nDate: 2023-09-19\n\nWang Yi visited Russia on the 18th.\n");
  write(dir / "b.html", "<html><head><meta property='article:published_time' content='2023-09-20'></head>"
                        "<body><nav>Home</nav><article><p>Putin met Kim Jong-un last week.</p></article></body></html>");
  write(dir / "c.jsonl", R"({"id":1,"published":"2023-09-21","text":"Lavrov visited Beijing on Monday."})" "\n"
                         R"({"id":2,"published":"2023-09-22","text":"Xi Jinping visited Moscow last March."})" "\n");
  write(dir / "d.csv", "headline,date,body\nSummit,2023-09-23,\"Biden met Xi Jinping in San Francisco on the 15th, officials said.\"\n");
  write(dir / "e.tml", "<?xml version=\"1.0\"?>\n<TimeML><DOCID>e</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
                       "value=\"2023-09-24\" functionInDocument=\"CREATION_TIME\">Sept 24</TIMEX3></DCT>"
                       "<TEXT>Erdogan visited Sochi <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-09-04\">on September 4</TIMEX3>.</TEXT></TimeML>\n");
  write(dir / "f.rss", "<rss><channel><item><title>Talks</title><pubDate>Mon, 25 Sep 2023 10:00:00 GMT</pubDate>"
                       "<description>&lt;p&gt;Blinken met Wang Yi in New York on Thursday.&lt;/p&gt;</description></item></channel></rss>");
}

nlohmann::json import_json(const std::string& arguments) {
  const auto result = run_cli("import --json " + arguments);
  return nlohmann::json::parse(result.out, nullptr, false);
}

}  // namespace

TEST_CASE("a folder mixing every format imports in one command; a rerun adds nothing") {
  const auto dir = annals::test::scratch("mixed");
  make_mixed_folder(dir / "in");
  write(dir / "in" / "bad.csv", "headline,date,body\nx,2023-09-19\n");
  const auto db = dir / "news.db";

  const auto first = run_cli("import --quiet --db " + quoted(db) + " " + quoted(dir / "in"));
  CHECK(first.exit_code == 1);  // bad.csv has a ragged row
  const auto summary = import_json("--db " + quoted(db) + " " + quoted(dir / "in"));
  REQUIRE(summary.is_object());
  CHECK(summary["imported"] == 0);
  CHECK(summary["duplicates"] == 7);
  REQUIRE(summary["failures"].size() == 1);
  CHECK(summary["failures"][0] == (dir / "in" / "bad.csv").string() + ":2: 2 fields, the header has 3");

  const auto store = Store::open(db, OpenMode::MustExist);
  const auto documents = store.documents();
  REQUIRE(documents.size() == 7);
  std::set<std::string> published;
  for (const auto& document : documents) {
    published.insert(format_iso(document.published));
    CHECK(document.published_origin == DateOrigin::Metadata);
  }
  CHECK(published == std::set<std::string>{"2023-09-19", "2023-09-20", "2023-09-21", "2023-09-22",
                                           "2023-09-23", "2023-09-24", "2023-09-25"});
  const auto before = dump_tables(db);
  CHECK(run_cli("import --quiet --db " + quoted(db) + " --exclude 'bad.csv' " + quoted(dir / "in")).exit_code == 0);
  CHECK(dump_tables(db) == before);
}

TEST_CASE("documents without a date are named and skipped; --retrieved dates relative markers") {
  const auto dir = annals::test::scratch("undated");
  write(dir / "undated.txt", "Wang Yi visited Russia on the 18th.\n");
  write(dir / "marker.txt", "Correspondent\n\n6 hours ago\n\nWang Yi visited Russia on the 18th.\n");
  const auto db = dir / "news.db";
  const auto summary = import_json("--db " + quoted(db) + " " + quoted(dir / "undated.txt") + " " + quoted(dir / "marker.txt"));
  CHECK(summary["imported"] == 0);
  CHECK(summary["failures"].size() == 2);
  CHECK(summary["failures"][0].get<std::string>().find("undated.txt:1: no publication date") != std::string::npos);

  const auto dated = import_json("--retrieved 2023-09-19T12:00 --db " + quoted(db) + " " + quoted(dir / "marker.txt"));
  REQUIRE(dated["imported_documents"].size() == 1);
  CHECK(dated["imported_documents"][0]["published"] == "2023-09-19");
  CHECK(dated["imported_documents"][0]["published_from"] == "relative-marker");
}

TEST_CASE("standard input, --format, --dry-run and usage errors") {
  const auto dir = annals::test::scratch("stdin");
  const auto db = dir / "news.db";
  const auto piped = run_cli("import --quiet --format text --published 2023-09-19 --db " + quoted(db) +
                             " - < " + quoted(std::filesystem::path(ANNALS_SOURCE_DATA_DIR) / "samples/wang-yi-moscow-2023-09.txt"));
  CHECK(piped.exit_code == 0);
  CHECK(piped.out.empty());  // --quiet and a pipe: no noise
  CHECK(Store::open(db, OpenMode::MustExist).documents().size() == 1);

  write(dir / "a.txt", "Date: 2023-09-19\n\nWang Yi visited Russia on the 18th.\n");
  const auto dry = import_json("--dry-run --db " + quoted(dir / "dry.db") + " " + quoted(dir / "a.txt"));
  CHECK(dry["dry_run"] == true);
  CHECK(dry["imported"] == 1);
  CHECK_FALSE(std::filesystem::exists(dir / "dry.db"));

  for (const char* arguments :
       {"import --db x.db --format docx a.txt", "import --db x.db --published 2023-02-30 a.txt",
        "import --db x.db --retrieved soon a.txt", "import --db x.db --map colour=x a.txt", "import --db x.db"}) {
    CAPTURE(arguments);
    CHECK(run_cli(arguments).exit_code == 2);
  }
}

TEST_CASE("kill -9 in the middle of a folder import, then a rerun, gives the clean run's database") {
  const auto dir = annals::test::scratch("kill");
  constexpr int articles = 160;
  std::ifstream sample(std::filesystem::path(ANNALS_SOURCE_DATA_DIR) / "samples/wang-yi-moscow-2023-09.txt");
  const std::string body((std::istreambuf_iterator<char>(sample)), std::istreambuf_iterator<char>());
  for (int i = 0; i < articles; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "a%04d.txt", i);
    write(dir / "in" / name, "Title: Report " + std::to_string(i) + "\nDate: 2023-09-" +
                                 std::to_string(10 + i % 19) + "\n\nReport number " + std::to_string(i) + ".\n" + body);
  }
  const auto clean = dir / "clean.db";
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(run_cli("import --quiet --db " + quoted(clean) + " " + quoted(dir / "in")).exit_code == 0);
  const auto clean_time = std::chrono::steady_clock::now() - started;

  // Kill at a point inside the run; if the run was already over, kill earlier next time.
  const auto killed = dir / "killed.db";
  std::size_t documents_at_kill = articles;
  for (auto delay = clean_time / 2; documents_at_kill == articles && delay > std::chrono::milliseconds{5}; delay /= 2) {
    std::filesystem::remove_all(dir / "killed.db");
    std::filesystem::remove(dir / "killed.db-wal");
    std::filesystem::remove(dir / "killed.db-shm");
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      execl(ANNALS_CLI, ANNALS_CLI, "import", "--quiet", "--db", killed.c_str(), (dir / "in").c_str(), nullptr);
      _exit(127);
    }
    std::this_thread::sleep_for(delay);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    documents_at_kill = dump_tables(killed)["documents"].size();
  }
  CHECK(documents_at_kill < articles);  // the kill really landed in the middle
  MESSAGE("killed after " << documents_at_kill << " of " << articles << " documents");

  REQUIRE(run_cli("import --quiet --db " + quoted(killed) + " " + quoted(dir / "in")).exit_code == 0);
  const auto expected = dump_tables(clean);
  const auto actual = dump_tables(killed);
  CHECK(expected.at("documents").size() == articles);
  CHECK(actual == expected);
}

TEST_CASE("the reference article as a saved web page gives the same events as its text") {
  const auto dir = annals::test::scratch("reference");
  const auto page = std::filesystem::path(ANNALS_TEST_DATA_DIR) / "importers/wang-yi-moscow-2023-09.html";
  const auto text = std::filesystem::path(ANNALS_SOURCE_DATA_DIR) / "samples/wang-yi-moscow-2023-09.txt";
  REQUIRE(run_cli("import --quiet --db " + quoted(dir / "page.db") + " " + quoted(page)).exit_code == 0);
  REQUIRE(run_cli("import --quiet --published 2023-09-19 --db " + quoted(dir / "text.db") + " " + quoted(text)).exit_code == 0);
  const auto page_store = Store::open(dir / "page.db", OpenMode::MustExist);
  const auto text_store = Store::open(dir / "text.db", OpenMode::MustExist);
  REQUIRE(page_store.documents().size() == 1);
  CHECK(page_store.documents()[0].published_origin == DateOrigin::Metadata);
  CHECK(format_iso(page_store.documents()[0].published) == "2023-09-19");
  const auto describe = [](const Store& store) {
    std::vector<std::string> events;
    for (const auto& event : store.events()) {
      std::string line = event.type + "|" + event.when.value + "|" + event.title + "|";
      for (const auto& actor : event.actors) line += actor + ",";
      for (const auto& source : event.sources) line += "|" + source.quote + "|" + source.expression;
      events.push_back(line);
    }
    return events;
  };
  const auto from_page = describe(page_store);
  CHECK(from_page.size() >= 5);
  CHECK(from_page == describe(text_store));
}
