// Searching quotes off the UI thread. Matching a text against every source quote is an
// SQL scan (Store::events_quoting, ~0.7 s at a million sources); run on the UI thread it
// froze the window at each key typed. Here a worker with its own connection runs the scan;
// the newest text wins: asking again interrupts the running scan (Store::interrupt) and
// an answer to an older text is thrown away (generation counter), so a slow stale scan
// can never overwrite the newer result.
#pragma once

#include "annals/store/store.hpp"

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace annals::view {

class QuoteSearch {
 public:
  // How one text is searched; the store's scan unless a test puts in its own.
  using Scan = std::function<std::vector<EventId>(const Store&, const std::string&)>;

  struct Answer {
    std::string text;
    std::vector<EventId> events;  // sorted, as Store::events_quoting returns them
    std::string error;            // the scan failed (not interrupted): shown, events empty
  };

  // Opens its own connection to `database` on the worker (a connection serves one thread).
  explicit QuoteSearch(std::filesystem::path database, Scan scan = {});
  ~QuoteSearch();
  QuoteSearch(const QuoteSearch&) = delete;
  QuoteSearch& operator=(const QuoteSearch&) = delete;

  // Searches `text` (already the search box's text); an empty text cancels and answers at once.
  void ask(std::string text);
  // The answer to the newest text, once, when it has arrived; stale answers never show.
  std::optional<Answer> take();
  // Whether the newest text is still being searched (the toolbar says "searching…").
  bool searching() const;
  // Blocks until the newest text is answered (scripted runs: a screenshot after --search).
  void wait() const;

 private:
  void work();
  void run_one(const Store& store, std::unique_lock<std::mutex>& lock);

  std::filesystem::path database_;
  Scan scan_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::uint64_t asked_ = 0;       // generation of the newest text
  std::uint64_t answered_ = 0;    // generation of the newest answer (taken or not)
  std::optional<std::uint64_t> running_;  // generation of the scan in progress
  std::string pending_text_;
  bool pending_ = false;
  bool stopping_ = false;
  std::optional<Answer> answer_;
  const Store* worker_store_ = nullptr;  // the worker's, interrupted from the asking thread
  std::thread worker_;
};

}  // namespace annals::view
