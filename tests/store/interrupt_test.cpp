// Store::interrupt on a real SQLite file: the viewer's quote search relies on it to stop a
// stale scan from another thread, and on the next statement running normally afterwards.
#include <doctest/doctest.h>

#include "annals/store/store.hpp"
#include "fixtures.hpp"

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace annals::test {
namespace {

// Enough source rows that a full scan lasts many times the interrupt polling interval.
constexpr int kGeneratedEvents = 20'000;
constexpr auto kInterruptInterval = std::chrono::microseconds(200);

std::vector<Event> generated_events() {
  std::vector<Event> events;
  events.reserve(kGeneratedEvents);
  for (int i = 0; i < kGeneratedEvents; ++i) {
    auto generated = talks();
    generated.title += " " + std::to_string(i);
    events.push_back(std::move(generated));
  }
  return events;
}

struct ScanOutcome {
  bool threw = false;
  bool interrupted = false;
};

// Runs a scan that matches nothing (so it reads every source) while this thread keeps
// interrupting it until it returns.
ScanOutcome interrupted_scan(const Store& store) {
  ScanOutcome outcome;
  std::atomic<bool> finished{false};
  std::thread scanner([&] {
    try {
      (void)store.events_quoting("no quote contains this");
    } catch (const StoreError&) {
      outcome.threw = true;
      outcome.interrupted = store.interrupted();
    }
    finished = true;
  });
  while (!finished) {
    store.interrupt();
    std::this_thread::sleep_for(kInterruptInterval);
  }
  scanner.join();
  return outcome;
}

}  // namespace

TEST_CASE("an interrupt from another thread stops a running scan and leaves the connection usable") {
  TempDir dir;
  const auto path = dir.path() / "interrupt.db";
  {
    Store writer = Store::open(path);
    writer.insert_generated_events(generated_events());
  }
  const Store store = Store::open(path);

  // A scan descheduled for its whole run on a loaded machine may finish before any
  // interrupt lands; with interrupts that work, one of a few attempts is stopped.
  constexpr int kAttempts = 5;
  ScanOutcome outcome;
  for (int attempt = 0; attempt < kAttempts && !outcome.threw; ++attempt) outcome = interrupted_scan(store);
  CHECK(outcome.threw);
  CHECK(outcome.interrupted);

  // The interrupt is over once no statement runs: the same search now completes.
  const auto quoting = store.events_quoting("met lavrov");
  CHECK(quoting.size() == static_cast<std::size_t>(kGeneratedEvents));
  CHECK_FALSE(store.interrupted());
}

}  // namespace annals::test
