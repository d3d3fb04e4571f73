// A character-at-a-time state machine. A quoted field runs to the quote that is not doubled,
// across line breaks; anything but a comma or line end after that closing quote makes the
// row malformed. An unterminated quote swallows the rest of the file, so it is reported at
// the line where the quote opened.
#include "csv_rows.hpp"

namespace annals::formats {

namespace {

class RowParser {
 public:
  explicit RowParser(std::string_view bytes) : bytes_(bytes) {}

  std::vector<CsvRow> parse() {
    while (at_ < bytes_.size()) rows_.push_back(row());
    return std::move(rows_);
  }

 private:
  CsvRow row() {
    CsvRow row;
    row.line = line_;
    while (true) {
      row.fields.push_back(bytes_[at_] == '"' ? quoted(row) : plain());
      if (at_ >= bytes_.size()) break;
      if (bytes_[at_] == ',') {
        ++at_;
        if (at_ < bytes_.size()) continue;
        row.fields.emplace_back();  // "a,b," ends with an empty field
        break;
      }
      if (end_of_line()) break;
      if (row.error.empty()) row.error = "unexpected character after a closing quote";
      skip_to_line_end();
      break;
    }
    return row;
  }

  bool end_of_line() {
    if (bytes_[at_] == '\r' && at_ + 1 < bytes_.size() && bytes_[at_ + 1] == '\n') ++at_;
    if (bytes_[at_] != '\n' && bytes_[at_] != '\r') return false;
    ++at_;
    ++line_;
    return true;
  }

  void skip_to_line_end() {
    while (at_ < bytes_.size() && !end_of_line()) ++at_;
  }

  std::string plain() {
    const auto begin = at_;
    while (at_ < bytes_.size() && bytes_[at_] != ',' && bytes_[at_] != '\n' && bytes_[at_] != '\r')
      ++at_;
    return std::string(bytes_.substr(begin, at_ - begin));
  }

  std::string quoted(CsvRow& row) {
    const auto opened = line_;
    std::string field;
    ++at_;
    while (at_ < bytes_.size()) {
      const char c = bytes_[at_++];
      if (c == '"') {
        if (at_ < bytes_.size() && bytes_[at_] == '"') { field += '"'; ++at_; continue; }
        return field;
      }
      if (c == '\n') ++line_;
      field += c;
    }
    row.error = "quoted field opened on line " + std::to_string(opened) + " is never closed";
    return field;
  }

  std::string_view bytes_;
  std::size_t at_ = 0;
  std::size_t line_ = 1;
  std::vector<CsvRow> rows_;
};

}  // namespace

std::vector<CsvRow> parse_csv_rows(std::string_view bytes) { return RowParser(bytes).parse(); }

}  // namespace annals::formats
