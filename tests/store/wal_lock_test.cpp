// A store opened twice in one process keeps seeing another process's commits: the data
// version the viewer polls moves and the rows appear, each time, not only the first (the
// header check once closed a descriptor of the file, which drops all of the process's
// POSIX locks on it, and the WAL was then deleted under an open viewer). This checks the
// behaviour the viewer relies on; it passes on the code before that fix too, so it does
// not reproduce the lost lock itself (that needs the viewer's exact timing).
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
  auto seen_version = viewer.data_version();
  for (int n = 1; n <= 3; ++n) {
    CAPTURE(n);
    add_from_another_process(path, n);
    // What the viewer polls to notice another process's import.
    const auto version = viewer.data_version();
    CHECK(version != seen_version);
    seen_version = version;
    CHECK(viewer.event_count() == static_cast<std::size_t>(n));
    CHECK(second.event_count() == static_cast<std::size_t>(n));
    CHECK(std::filesystem::exists(path.string() + "-wal"));
  }
}
