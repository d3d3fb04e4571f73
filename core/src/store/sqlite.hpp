// A thin RAII layer over the SQLite C API for the store: prepared statements that
// finalize themselves (or, on the store's own connections, go back to a per-connection
// cache for reuse), transactions that roll back unless committed, and every failure
// turned into a StoreError carrying SQLite's own message.
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

// Preparing (parsing and planning) a statement costs more than running the small
// statements an import runs per document, so the store's connections keep their prepared
// statements: after keep_statements(db), a Statement with the same SQL text reuses a
// finished one instead of preparing it again. release_statements(db) finalizes them and
// must run before sqlite3_close(db). Connections without keep_statements are not cached.
void keep_statements(sqlite3* db);
void release_statements(sqlite3* db);

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, or named (":first") through index_of.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  // Binds without copying: `text` must stay alive and unchanged until the statement has
  // run (or is reset). For bulk inserts of rows that outlive the insert.
  Statement& bind_unowned(int index, std::string_view text);
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
// exception anywhere inside leaves the database as it was. Opened inside another
// transaction (a WriteBatch of documents), it is a savepoint: all or nothing of its own
// work, durable when the outer transaction commits.
class Transaction {
 public:
  explicit Transaction(sqlite3* db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  sqlite3* db_;
  bool nested_ = false;
  bool open_ = true;
};

// The rowid of the connection's last INSERT.
std::int64_t last_insert_id(sqlite3* db);

// One integer from a query such as "PRAGMA user_version".
std::int64_t single_integer(sqlite3* db, std::string_view sql);

}  // namespace annals::sql
