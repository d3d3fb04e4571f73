// A store opened twice in one process keeps seeing another process's commits: the data
// version the viewer polls moves and the rows appear, each time, not only the first (the
// header check once closed a descriptor of the file, which drops all of the process's
// POSIX locks on it, and the WAL was then deleted under an open viewer). The first case
// checks the lock itself from another process, which fails on the code before that fix;
// the second checks the behaviour the viewer relies on.
#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace annals;

namespace {

int exit_code_of(pid_t child) {
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFEXITED(status));
  return WEXITSTATUS(status);
}

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
  REQUIRE(exit_code_of(child) == 0);
}

// Whether another process would be refused a write lock on the bytes where SQLite's
// connections take their shared lock of the database file (SHARED_FIRST, SHARED_SIZE in
// sqlite3.c); an open WAL connection holds that lock so no one deletes the WAL under it.
bool readers_hold_their_lock(const std::filesystem::path& path) {
  constexpr off_t kPendingByte = 0x40000000;
  constexpr off_t kSharedFirst = kPendingByte + 2;
  constexpr off_t kSharedSize = 510;
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    const int descriptor = ::open(path.c_str(), O_RDWR);
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = kSharedFirst;
    probe.l_len = kSharedSize;
    const bool refused = descriptor >= 0 && fcntl(descriptor, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    _exit(refused ? 0 : 1);
  }
  return exit_code_of(child) == 0;
}

void create_in_another_process(const std::filesystem::path& path) {
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    int code = 0;
    try {
      Store::open(path).insert_event(test::talks());
    } catch (...) {
      code = 1;
    }
    _exit(code);
  }
  REQUIRE(exit_code_of(child) == 0);
}

}  // namespace

TEST_CASE("opening a store again keeps the process's lock on the database file") {
  test::TempDir dir;
  SUBCASE("a file another process made") {
    const auto path = dir / "theirs.db";
    create_in_another_process(path);
    Store viewer = Store::open(path, OpenMode::MustExist);
    CHECK(viewer.event_count() == 1);
    REQUIRE(readers_hold_their_lock(path));
    const Store worker = Store::open(path, OpenMode::MustExist);  // as the viewer's workers do
    CHECK(readers_hold_their_lock(path));
    CHECK(worker.event_count() == 1);
  }
  SUBCASE("a file this process made") {
    const auto path = dir / "ours.db";
    Store viewer = Store::open(path);
    viewer.insert_event(test::talks());
    REQUIRE(readers_hold_their_lock(path));
    const Store worker = Store::open(path, OpenMode::MustExist);
    CHECK(readers_hold_their_lock(path));
  }
}

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
