// A thin RAII layer over the SQLite C API for the store: prepared statements that
// finalize themselves, transactions that roll back unless committed, and every
// failure turned into a StoreError carrying SQLite's own message.
#pragma once

#include "annals/store/store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace annals::sql {

// Throws StoreError("<what>: <SQLite's message>") unless `code` is one of SQLite's success codes.
void check(sqlite3* db, int code, std::string_view what);

// Runs one or more statements that return no rows.
void exec(sqlite3* db, const std::string& sql);

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, or named (":first") through index_of.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_null(int index);
  Statement& bind_optional(int index, const std::optional<std::int64_t>& value);
  int index_of(const char* name) const;  // 0 when the statement has no such parameter

  bool step();  // true while a row is ready
  void run();   // steps to the end and resets, for statements that return no rows
  void reset();

  std::int64_t integer(int column) const;
  std::string text(int column) const;
  bool is_null(int column) const;
  std::optional<std::int64_t> optional_integer(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back in the destructor unless commit() ran, so an
// exception anywhere inside leaves the database as it was.
class Transaction {
 public:
  explicit Transaction(sqlite3* db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  sqlite3* db_;
  bool open_ = true;
};

// One integer from a query such as "PRAGMA user_version".
std::int64_t single_integer(sqlite3* db, std::string_view sql);

}  // namespace annals::sql
