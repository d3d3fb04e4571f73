// Running the built `annals` binary from tests: a temporary folder, a command runner that
// captures exit code, stdout and stderr, and a dump of a database's tables to compare
// before and after a failed import.
#pragma once

#include "../support/temp_dir.hpp"

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace annals::cli_test {

inline const std::filesystem::path cli = ANNALS_CLI;
inline const std::filesystem::path reference_article =
    std::filesystem::path(ANNALS_SOURCE_DATA_DIR) / "samples" / "wang-yi-moscow-2023-09.txt";

using test::TempDir;

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string quoted(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct Run {
  int status = -1;
  std::string out, err;
};

// Runs `annals ARGS` (ARGS already shell-quoted as needed) with stdin from `input` if given.
inline Run run(const TempDir& dir, const std::string& args, const std::string& input = "/dev/null") {
  const auto out = dir / "stdout.txt";
  const auto err = dir / "stderr.txt";
  const std::string command = quoted(cli.string()) + " " + args + " <" + quoted(input) + " >" +
                              quoted(out.string()) + " 2>" + quoted(err.string());
  const int raw = std::system(command.c_str());
  return Run{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(out), read_file(err)};
}

// Every row of every table, in a stable order: equal dumps mean an unchanged database.
inline std::string dump(const std::filesystem::path& db_path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return "<cannot open>";
  }
  std::string text;
  const auto append = [](void* into, int columns, char** values, char**) {
    auto& out = *static_cast<std::string*>(into);
    for (int i = 0; i < columns; ++i) out += std::string(values[i] ? values[i] : "NULL") + "|";
    out += "\n";
    return 0;
  };
  for (const char* table : {"documents", "mentions", "events", "event_actors", "event_places", "event_sources"}) {
    text += std::string("== ") + table + "\n";
    const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    sqlite3_exec(db, sql.c_str(), append, &text, nullptr);
  }
  sqlite3_exec(db, "PRAGMA user_version", append, &text, nullptr);
  sqlite3_close(db);
  return text;
}

}  // namespace annals::cli_test
