// Running the `annals` executable from tests: a command line through the shell with its exit
// code and output, a database's every table as sorted text rows for comparing two databases,
// and a scratch folder per test.
#pragma once

#include <sqlite3.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace annals::test {

struct CliResult {
  int exit_code = -1;
  std::string out;  // standard output; standard error goes to `err_file`
};

inline std::filesystem::path scratch(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("annals-importers-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// A path as one shell word (the test paths hold no single quotes).
inline std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

inline CliResult run_cli(const std::string& arguments) {
  CliResult result;
  const std::string command = std::string(ANNALS_CLI) + " " + arguments + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// table name -> every row as "col1|col2|...", sorted: two databases with the same contents
// compare equal whatever order rows were written in.
using TableDump = std::map<std::string, std::multiset<std::string>>;

inline TableDump dump_tables(const std::filesystem::path& db_path) {
  TableDump dump;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return dump;
  }
  std::vector<std::string> tables;
  sqlite3_stmt* list = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'", -1, &list, nullptr);
  while (sqlite3_step(list) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
  sqlite3_finalize(list);
  for (const auto& table : tables) {
    sqlite3_stmt* rows = nullptr;
    sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &rows, nullptr);
    auto& out = dump[table];
    while (sqlite3_step(rows) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(rows); ++c) {
        const auto* text = sqlite3_column_text(rows, c);
        row += (text ? reinterpret_cast<const char*>(text) : "NULL") + std::string("|");
      }
      out.insert(row);
    }
    sqlite3_finalize(rows);
  }
  sqlite3_close(db);
  return dump;
}

}  // namespace annals::test
