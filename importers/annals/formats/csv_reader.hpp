// CSV with a header row (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF or LF). Columns are found by name (data/importers/csv-columns.txt) or by
// `--map title=headline,published=date,text=body,url=link`. A row with the wrong number of
// fields is reported with its line; the others are read.
#pragma once

#include "annals/formats/article.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

struct CsvColumnNames {
  std::map<std::string, std::vector<std::string>> headers;  // role -> accepted headers

  // Throws std::runtime_error naming the file and line of a bad entry.
  static CsvColumnNames load(const std::filesystem::path& data_dir);
  // Applies a --map value; throws std::invalid_argument naming a bad role or pair.
  void apply_map(std::string_view spec);
};

ReadResult read_csv_articles(const std::string& name, const std::string& bytes,
                             const CsvColumnNames& columns);

}  // namespace annals::formats
