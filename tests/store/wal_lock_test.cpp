// A store opened twice in one process keeps SQLite's WAL-mode lock: another process that
// writes and closes must not delete the WAL under it, so the first connection sees every
// later commit, not only the first (the header check once closed a descriptor of the
// file, which drops all of the process's POSIX locks on it).
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace annals;

namespace {

// Adds one event from a child process, which closes its connection on exit.
void add_from_another_process(const std::filesystem::path& path, int n) {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    int code = 0;
    try {
      Store writer = Store::open(path, OpenMode::MustExist);
      Event event = test::talks();
      event.title = "Written by process " + std::to_string(n);
      writer.insert_event(event);
    } catch (...) {
      code = 1;
    }
    _exit(code);
  }
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
}

}  // namespace

TEST_CASE("commits of other processes stay visible to every connection of this one") {
  test::TempDir dir;
  const auto path = dir / "shared.db";
  Store viewer = Store::open(path);
  CHECK(viewer.event_count() == 0);
  const Store second = Store::open(path, OpenMode::MustExist);  // as the viewer's workers do
  for (int n = 1; n <= 3; ++n) {
    CAPTURE(n);
    add_from_another_process(path, n);
    CHECK(viewer.event_count() == static_cast<std::size_t>(n));
    CHECK(second.event_count() == static_cast<std::size_t>(n));
    CHECK(std::filesystem::exists(path.string() + "-wal"));
  }
}
