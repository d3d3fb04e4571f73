// Every row of every table of a database as text, for tests that check an operation and
// its undo leave the file exactly as it was. Tables named in `skip` (history kept on
// purpose, such as the change feed) are left out.
#pragma once

#include <sqlite3.h>

#include <set>
#include <string>

namespace annals::test {

inline std::string dump_rows(sqlite3* db, const std::string& table) {
  std::string out;
  sqlite3_stmt* statement = nullptr;
  const std::string text = "SELECT * FROM \"" + table + "\" ORDER BY 1, 2";
  if (sqlite3_prepare_v2(db, text.c_str(), -1, &statement, nullptr) != SQLITE_OK) return "error: " + table;
  while (sqlite3_step(statement) == SQLITE_ROW) {
    out += table + ":";
    for (int column = 0; column < sqlite3_column_count(statement); ++column) {
      const auto* value = sqlite3_column_text(statement, column);
      out += value ? "|" + std::string(reinterpret_cast<const char*>(value)) : "|NULL";
    }
    out += "\n";
  }
  sqlite3_finalize(statement);
  return out;
}

// Virtual tables (the R*Tree) are read through themselves, not through their shadow
// tables, whose node layout may differ for the same rows.
inline std::string dump_database(sqlite3* db, const std::set<std::string>& skip = {}) {
  std::string out;
  std::set<std::string> virtual_tables;
  sqlite3_stmt* tables = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE type = 'table' "
                     "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                     -1, &tables, nullptr);
  while (sqlite3_step(tables) == SQLITE_ROW) {
    const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(tables, 0));
    if (sqlite3_column_int(tables, 1) != 0) virtual_tables.insert(name);
    bool shadow = false;
    for (const std::string& table : virtual_tables) shadow = shadow || name.rfind(table + "_", 0) == 0;
    if (!skip.count(name) && !shadow) out += dump_rows(db, name);
  }
  sqlite3_finalize(tables);
  return out;
}

}  // namespace annals::test
