// The RFC 4180 tokenizer behind the CSV reader: bytes in, rows out, each with the line it
// starts on and, when it is malformed, why. Linear in the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

struct CsvRow {
  std::vector<std::string> fields;
  std::size_t line = 1;  // line the row starts on
  std::string error;     // empty when well formed
};

std::vector<CsvRow> parse_csv_rows(std::string_view bytes);

}  // namespace annals::formats
