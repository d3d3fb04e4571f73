// The one reader for every data/events file: tab-separated rows, '#' comments and blank
// lines skipped, each row remembering its file and line so a loader can say exactly
// which entry is wrong.
#pragma once

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annals::events {

struct TableRow {
  std::string where;  // "path:line", for messages
  std::vector<std::string> fields;
};

// Raised for unreadable files and bad rows; what() starts with "path:line: ".
class TableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads `path`; a row with fewer than `min_fields` or more than `max_fields` fields is an error.
std::vector<TableRow> read_table(const std::filesystem::path& path, std::size_t min_fields,
                                 std::size_t max_fields);

// Throws TableError "<row.where>: <why>".
[[noreturn]] void fail(const TableRow& row, std::string_view why);

// "a|b|c" -> {"a","b","c"}, trimming spaces and dropping empty parts.
std::vector<std::string> split_alternatives(std::string_view text, char separator = '|');

}  // namespace annals::events
