// Maps the header row to roles once, then turns each row into an article. The text column
// is required: a file without one is refused as a whole, naming the headers it has.
#include "annals/formats/csv_reader.hpp"

#include "annals/formats/date_string.hpp"
#include "annals/formats/input_file.hpp"
#include "csv_rows.hpp"
#include "strings.hpp"

#include <algorithm>
#include <fstream>
#include <optional>
#include <stdexcept>

namespace annals::formats {

namespace {

const std::vector<std::string>& roles() {
  static const std::vector<std::string> all{"title", "published", "text", "url", "id"};
  return all;
}

bool known_role(const std::string& role) {
  return std::find(roles().begin(), roles().end(), role) != roles().end();
}

using RoleColumns = std::map<std::string, std::size_t>;  // role -> column index

RoleColumns map_header(const std::vector<std::string>& header, const CsvColumnNames& columns) {
  RoleColumns found;
  for (const auto& [role, names] : columns.headers)
    for (const auto& wanted : names) {
      const auto at = std::find_if(header.begin(), header.end(), [&](const std::string& h) {
        return strings::iequals(strings::trim(h), wanted);
      });
      if (at == header.end()) continue;
      found.emplace(role, static_cast<std::size_t>(at - header.begin()));
      break;
    }
  return found;
}

std::string joined(const std::vector<std::string>& header) {
  std::string out;
  for (const auto& h : header) out += (out.empty() ? "" : ", ") + h;
  return out;
}

// The article of one row, or the reason it has none.
std::optional<std::string> fill(Article& article, const CsvRow& row, const RoleColumns& at) {
  const auto field = [&](const char* role) -> std::string {
    const auto found = at.find(role);
    return found == at.end() ? std::string{} : row.fields[found->second];
  };
  article.document.title = std::string(strings::trim(field("title")));
  article.document.url = std::string(strings::trim(field("url")));
  article.document.text = field("text");
  if (const auto id = field("id"); !id.empty()) article.document.source += "#" + id;
  if (strings::trim(article.document.text).empty()) return "empty text";
  if (const auto published = field("published"); !strings::trim(published).empty()) {
    const auto parsed = parse_date_string(published);
    if (!parsed.day) return parsed.error;
    article.metadata_date = parsed.day;
  }
  return std::nullopt;
}

}  // namespace

CsvColumnNames CsvColumnNames::load(const std::filesystem::path& data_dir) {
  const auto path = data_dir / "importers" / "csv-columns.txt";
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot be read");
  CsvColumnNames names;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const auto entry = strings::trim(line);
    if (entry.empty() || entry.front() == '#') continue;
    const auto space = entry.find(' ');
    const auto role = std::string(entry.substr(0, space));
    if (space == std::string_view::npos || !known_role(role))
      throw std::runtime_error(located(path.string(), number, "expected 'role header' with a known role"));
    names.headers[role].push_back(std::string(strings::trim(entry.substr(space + 1))));
  }
  return names;
}

void CsvColumnNames::apply_map(std::string_view spec) {
  while (!spec.empty()) {
    const auto comma = spec.find(',');
    const auto pair = strings::trim(spec.substr(0, comma));
    spec = comma == std::string_view::npos ? std::string_view{} : spec.substr(comma + 1);
    const auto equals = pair.find('=');
    const auto role = strings::lower(strings::trim(pair.substr(0, equals)));
    if (equals == std::string_view::npos || !known_role(role) ||
        strings::trim(pair.substr(equals + 1)).empty())
      throw std::invalid_argument("--map: expected role=column with a role among title, "
                                  "published, text, url, id; got '" + std::string(pair) + "'");
    auto& names = headers[role];
    names.insert(names.begin(), std::string(strings::trim(pair.substr(equals + 1))));
  }
}

ReadResult read_csv_articles(const std::string& name, const std::string& bytes,
                             const CsvColumnNames& columns) {
  std::string_view content = bytes;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);  // byte order mark
  const auto rows = parse_csv_rows(content);
  if (rows.empty()) throw InputError(name + ": empty CSV file");
  const auto& header = rows.front();
  const auto at = map_header(header.fields, columns);
  if (!at.count("text"))
    throw InputError(located(name, 1, "no text column among: " + joined(header.fields) +
                                          " (name one with --map text=COLUMN)"));
  ReadResult result;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (row.fields.size() == 1 && row.fields[0].empty() && row.error.empty()) continue;  // blank
    if (!row.error.empty()) { result.failures.push_back(located(name, row.line, row.error)); continue; }
    if (row.fields.size() != header.fields.size()) {
      result.failures.push_back(located(name, row.line, std::to_string(row.fields.size()) +
                                                            " fields, the header has " +
                                                            std::to_string(header.fields.size())));
      continue;
    }
    Article article;
    article.line = row.line;
    article.document.source = name;
    if (const auto error = fill(article, row, at)) result.failures.push_back(located(name, row.line, *error));
    else result.articles.push_back(std::move(article));
  }
  return result;
}

}  // namespace annals::formats
