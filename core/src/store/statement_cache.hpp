// The per-connection pool behind sql::Statement (see keep_statements in sqlite.hpp):
// finished statements wait here, keyed by their SQL text, until a Statement with the
// same text borrows one again. A statement in use is never lent twice, so nested
// queries with the same text each get their own.
#pragma once

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace annals::sql::statement_cache {

// A finished statement with exactly this text, or nullptr (not cached, or none free).
sqlite3_stmt* borrow(sqlite3* db, std::string_view sql);

// Takes back a statement (reset, bindings cleared) for reuse; finalizes it when the
// connection is not cached or the pool is full.
void give_back(sqlite3* db, sqlite3_stmt* statement);

}  // namespace annals::sql::statement_cache
