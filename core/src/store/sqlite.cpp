#include "sqlite.hpp"

#include "statement_cache.hpp"

#include <sqlite3.h>

namespace annals::sql {

void check(sqlite3* db, int code, std::string_view what) {
  if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) return;
  std::string message(what);
  message += ": ";
  message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw StoreError(message);
}

void exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  if (code != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errstr(code);
    sqlite3_free(error);
    throw StoreError("database error: " + message);
  }
}

Statement::Statement(sqlite3* db, std::string_view sql)
    : db_(db), statement_(statement_cache::borrow(db, sql)) {
  if (statement_) return;
  check(db_, sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr),
        "database error");
}

Statement::~Statement() { statement_cache::give_back(db_, statement_); }

Statement& Statement::bind(int index, std::int64_t value) {
  check(db_, sqlite3_bind_int64(statement_, index, value), "database error");
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  check(db_, sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT),
        "database error");
  return *this;
}

Statement& Statement::bind_unowned(int index, std::string_view text) {
  check(db_, sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC),
        "database error");
  return *this;
}

Statement& Statement::bind_null(int index) {
  check(db_, sqlite3_bind_null(statement_, index), "database error");
  return *this;
}

Statement& Statement::bind_optional(int index, const std::optional<std::int64_t>& value) {
  return value ? bind(index, *value) : bind_null(index);
}

int Statement::index_of(const char* name) const {
  return sqlite3_bind_parameter_index(statement_, name);
}

bool Statement::step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  sqlite3_reset(statement_);
  check(db_, code, "database error");
  return false;
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(statement_, column); }

std::string Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_, column);
  const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
  return bytes ? std::string(reinterpret_cast<const char*>(bytes), size) : std::string();
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::optional_integer(int column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

// Inside an open transaction (a WriteBatch) the unit is a savepoint: rolling it back
// leaves the batch's other work in place.
Transaction::Transaction(sqlite3* db) : db_(db), nested_(sqlite3_get_autocommit(db) == 0) {
  Statement(db_, nested_ ? "SAVEPOINT annals_unit" : "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction() {
  if (!open_) return;
  if (!nested_) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return;
  }
  // Fails harmlessly when SQLite already rolled the whole transaction back (disk full, I/O).
  sqlite3_exec(db_, "ROLLBACK TO annals_unit; RELEASE annals_unit", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  Statement(db_, nested_ ? "RELEASE annals_unit" : "COMMIT").run();
  open_ = false;
}

std::int64_t last_insert_id(sqlite3* db) { return sqlite3_last_insert_rowid(db); }

std::int64_t single_integer(sqlite3* db, std::string_view sql) {
  Statement statement(db, sql);
  if (!statement.step()) throw StoreError("database error: no result for " + std::string(sql));
  return statement.integer(0);
}

}  // namespace annals::sql
