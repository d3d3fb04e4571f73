// See write_batch.hpp. The batch is the outer transaction; sql::Transaction notices it
// and becomes a savepoint.
#include "annals/store/write_batch.hpp"

#include "sqlite.hpp"

#include <sqlite3.h>

namespace annals {

WriteBatch::WriteBatch(Store& store) : db_(store.handle()) { sql::Statement(db_, "BEGIN IMMEDIATE").run(); }

WriteBatch::~WriteBatch() {
  if (open_ && intact()) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool WriteBatch::intact() const { return sqlite3_get_autocommit(db_) == 0; }

void WriteBatch::commit() {
  if (!intact()) throw StoreError("database error: the batch was rolled back after an earlier error");
  sql::Statement(db_, "COMMIT").run();
  open_ = false;
}

}  // namespace annals
