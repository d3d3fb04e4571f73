// One pool per connection, found through a process-wide map: the store's functions take
// a bare sqlite3*, and a connection is used by one thread at a time, so a short lock
// around the map is all the sharing needs.
#include "statement_cache.hpp"

#include "sqlite.hpp"

#include <sqlite3.h>

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals::sql {

namespace {

// Bounds for a caller that builds many distinct SQL texts: beyond them statements are
// simply finalized, as without a cache.
constexpr std::size_t max_texts = 256;
constexpr std::size_t max_copies_per_text = 4;

// Looked up by string_view, so borrowing and giving back copy no SQL text (a 16-row
// mentions insert is 1.5 KB of it).
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};
using Pool = std::unordered_map<std::string, std::vector<sqlite3_stmt*>, TextHash, std::equal_to<>>;

struct Registry {
  std::mutex mutex;
  std::unordered_map<sqlite3*, Pool> pools;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

}  // namespace

void keep_statements(sqlite3* db) {
  auto& shared = registry();
  std::lock_guard lock(shared.mutex);
  shared.pools.try_emplace(db);
}

void release_statements(sqlite3* db) {
  auto& shared = registry();
  std::lock_guard lock(shared.mutex);
  const auto found = shared.pools.find(db);
  if (found == shared.pools.end()) return;
  for (auto& [text, statements] : found->second)
    for (auto* statement : statements) sqlite3_finalize(statement);
  shared.pools.erase(found);
}

namespace statement_cache {

sqlite3_stmt* borrow(sqlite3* db, std::string_view sql) {
  auto& shared = registry();
  std::lock_guard lock(shared.mutex);
  const auto pool = shared.pools.find(db);
  if (pool == shared.pools.end()) return nullptr;
  const auto found = pool->second.find(sql);
  if (found == pool->second.end() || found->second.empty()) return nullptr;
  auto* statement = found->second.back();
  found->second.pop_back();
  return statement;
}

void give_back(sqlite3* db, sqlite3_stmt* statement) {
  if (!statement) return;
  sqlite3_reset(statement);
  sqlite3_clear_bindings(statement);
  {
    auto& shared = registry();
    std::lock_guard lock(shared.mutex);
    const auto pool = shared.pools.find(db);
    if (pool != shared.pools.end()) {
      const std::string_view text = sqlite3_sql(statement);
      auto found = pool->second.find(text);
      if (found == pool->second.end() && pool->second.size() < max_texts)
        found = pool->second.try_emplace(std::string(text)).first;
      if (found != pool->second.end() && found->second.size() < max_copies_per_text) {
        found->second.push_back(statement);
        return;
      }
    }
  }
  sqlite3_finalize(statement);
}

}  // namespace statement_cache

}  // namespace annals::sql
