// The progress bar of `annals import`: on a terminal (a pseudo-terminal here) it shows
// files, documents, MB/s and the time left, redrawn in place and cleared at the end; on a
// pipe or file standard error gets nothing but failures.
#include "cli_fixture.hpp"

#include <doctest/doctest.h>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>

using namespace annals::cli_test;

namespace {

struct TerminalRun {
  int status = -1;
  std::string screen;  // everything written to the terminal (stdout and stderr)
};

// Runs `annals ARGS` with a pseudo-terminal as its standard input, output and error.
TerminalRun run_on_terminal(const std::vector<std::string>& args) {
  int master = -1;
  const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
  REQUIRE(child >= 0);
  if (child == 0) {
    std::vector<char*> argv{const_cast<char*>(cli.c_str())};
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    execv(cli.c_str(), argv.data());
    _exit(127);
  }
  TerminalRun run;
  std::array<char, 4096> buffer{};
  for (;;) {
    const auto n = read(master, buffer.data(), buffer.size());
    if (n <= 0) break;  // EIO once the child has closed the terminal
    run.screen.append(buffer.data(), static_cast<std::size_t>(n));
  }
  int raw = 0;
  waitpid(child, &raw, 0);
  close(master);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

void write_articles(const std::filesystem::path& folder, int count) {
  std::filesystem::create_directories(folder);
  for (int i = 0; i < count; ++i)
    write_file(folder / ("a" + std::to_string(i) + ".txt"),
               "Title: Talks " + std::to_string(i) + "\nDate: 2023-09-19\n\nReport " + std::to_string(i) +
                   ": Wang Yi met Sergey Lavrov in Moscow on Monday.\n");
}

}  // namespace

TEST_CASE("on a terminal the import draws a progress bar with documents, MB/s and ETA, then clears it") {
  TempDir dir;
  write_articles(dir / "inbox", 3);
  const auto result = run_on_terminal({"import", "--db", (dir / "news.db").string(), (dir / "inbox").string()});
  INFO(result.screen);
  CHECK(result.status == 0);
  CHECK(result.screen.find("\r[########################] 3/3 files, 3 documents, ") != std::string::npos);
  CHECK(result.screen.find(" MB/s, ETA 0:00") != std::string::npos);
  CHECK(result.screen.find("\r\x1b[2K") != std::string::npos);  // the bar's line is cleared
  CHECK(result.screen.find("imported 3 documents") != std::string::npos);

  // --quiet: no bar even on a terminal.
  const auto quiet = run_on_terminal({"import", "--quiet", "--db", (dir / "quiet.db").string(), (dir / "inbox").string()});
  CHECK(quiet.status == 0);
  CHECK(quiet.screen.find("MB/s") == std::string::npos);
}

TEST_CASE("on a pipe or a file the import writes no progress: standard error stays empty") {
  TempDir dir;
  write_articles(dir / "inbox", 3);
  const auto result = run(dir, "import --db " + quoted((dir / "news.db").string()) + " " + quoted((dir / "inbox").string()));
  CHECK(result.status == 0);
  CHECK(result.err.empty());
  CHECK(result.out.starts_with("imported 3 documents ("));
  CHECK(result.out.find("MB/s") == std::string::npos);
}
