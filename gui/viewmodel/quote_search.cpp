// The quote search worker (see quote_search.hpp). All shared fields are guarded by one
// mutex; the store is interrupted under it only while a scan of an older generation
// runs, and SQLite clears a leftover interrupt when the next statement starts, so the
// newest scan is not cut short by the interrupt meant for its predecessor.
#include "annals/view/quote_search.hpp"

namespace annals::view {

QuoteSearch::QuoteSearch(std::filesystem::path database, Scan scan)
    : database_(std::move(database)), scan_(std::move(scan)) {
  if (!scan_) scan_ = [](const Store& store, const std::string& text) { return store.events_quoting(text); };
  worker_ = std::thread([this] { work(); });
}

QuoteSearch::~QuoteSearch() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    if (running_ && worker_store_) worker_store_->interrupt();
  }
  changed_.notify_all();
  worker_.join();
}

void QuoteSearch::ask(std::string text) {
  std::lock_guard lock(mutex_);
  ++asked_;
  if (running_ && worker_store_) worker_store_->interrupt();  // the running scan is stale now
  if (text.empty()) {
    pending_ = false;
    answered_ = asked_;
    answer_ = Answer{};
  } else {
    pending_ = true;
    pending_text_ = std::move(text);
  }
  changed_.notify_all();
}

std::optional<QuoteSearch::Answer> QuoteSearch::take() {
  std::lock_guard lock(mutex_);
  if (answered_ != asked_) return std::nullopt;
  return std::exchange(answer_, std::nullopt);
}

bool QuoteSearch::searching() const {
  std::lock_guard lock(mutex_);
  return answered_ != asked_;
}

void QuoteSearch::wait() const {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return answered_ == asked_ || stopping_; });
}

void QuoteSearch::work() {
  std::optional<Store> store;
  std::string open_error;
  try {
    store.emplace(Store::open(database_, OpenMode::MustExist));
  } catch (const std::exception& error) {
    open_error = error.what();
  }
  std::unique_lock lock(mutex_);
  worker_store_ = store ? &*store : nullptr;
  while (true) {
    changed_.wait(lock, [&] { return pending_ || stopping_; });
    if (stopping_) break;
    if (!store) {
      pending_ = false;
      answered_ = asked_;
      answer_ = Answer{pending_text_, {}, open_error};
      changed_.notify_all();
      continue;
    }
    run_one(*store, lock);
  }
  worker_store_ = nullptr;
}

void QuoteSearch::run_one(const Store& store, std::unique_lock<std::mutex>& lock) {
  const std::uint64_t generation = asked_;
  const std::string text = pending_text_;
  pending_ = false;
  running_ = generation;
  lock.unlock();
  Answer answer{text, {}, {}};
  try {
    answer.events = scan_(store, text);
  } catch (const std::exception& error) {
    answer.error = error.what();
  }
  lock.lock();
  running_.reset();
  if (generation != asked_) return;  // a newer text was asked meanwhile: this answer is stale
  if (store.interrupted() && !answer.error.empty()) {
    pending_ = true;  // cut short by an interrupt meant for an older scan: ask again
    pending_text_ = text;
    return;
  }
  answered_ = generation;
  answer_ = std::move(answer);
  changed_.notify_all();
}

}  // namespace annals::view
