// Reading the tab-separated data files of data/events (format: docs/events.md).
#include "annals/events/table_file.hpp"

#include "annals/utf8.hpp"

#include <fstream>
#include <sstream>

namespace annals::events {

namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \r");
  return text.substr(first, last - first + 1);
}

std::vector<std::string> split_fields(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.emplace_back(trim(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  return fields;
}

}  // namespace

[[noreturn]] void fail(const TableRow& row, std::string_view why) {
  throw TableError(row.where + ": " + std::string(why));
}

std::vector<TableRow> read_table(const std::filesystem::path& path, std::size_t min_fields,
                                 std::size_t max_fields) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TableError(path.string() + ":0: cannot open the file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  if (const auto bad = utf8::find_invalid(text))
    throw TableError(path.string() + ":" + std::to_string(bad->line) + ": invalid UTF-8");

  std::vector<TableRow> rows;
  std::size_t line_number = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    ++line_number;
    const auto content = trim(line);
    if (content.empty() || content.front() == '#') continue;
    TableRow row{path.string() + ":" + std::to_string(line_number), split_fields(line)};
    if (row.fields.size() < min_fields || row.fields.size() > max_fields)
      fail(row, "expected " + std::to_string(min_fields) + " to " + std::to_string(max_fields) +
                    " tab-separated fields, found " + std::to_string(row.fields.size()));
    for (std::size_t i = 0; i < min_fields; ++i)
      if (row.fields[i].empty()) fail(row, "field " + std::to_string(i + 1) + " is empty");
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> split_alternatives(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto bar = text.find(separator, start);
    const auto part = trim(text.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (!part.empty()) parts.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return parts;
}

}  // namespace annals::events
