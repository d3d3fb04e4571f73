// Header lines are recognised only as an unbroken block at the very top, so a line in the
// body that happens to start with "Date:" is text, not metadata.
#include "annals/formats/text_reader.hpp"

#include "annals/formats/date_string.hpp"

#include <algorithm>
#include "strings.hpp"

namespace annals::formats {

namespace {

// Applies one "Name: value" header; false when the line is not a known header.
bool apply_header(std::string_view line, Article& article, std::string& date_text) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  const auto name = strings::lower(strings::trim(line.substr(0, colon)));
  const auto value = std::string(strings::trim(line.substr(colon + 1)));
  if (name == "title") article.document.title = value;
  else if (name == "date" || name == "published") date_text = value;
  else if (name == "source") article.document.source = value;
  else if (name == "url") article.document.url = value;
  else return false;
  return true;
}

// Without a Title: header, the headline of a saved article is its first line that reads
// like one: scraped pages open with site names and menu words ("newsdirectory3",
// "Newsletter") before it. A page with no such line falls back to its first line.
std::string first_line(std::string_view text) {
  constexpr std::size_t max_title_bytes = 300;
  constexpr std::size_t min_headline_words = 4;
  constexpr std::size_t lines_to_search = 10;
  std::string first;
  for (std::size_t searched = 0; !text.empty() && searched < lines_to_search;) {
    const auto end = text.find('\n');
    const auto line = strings::trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.empty() || line.size() > max_title_bytes) continue;
    ++searched;
    if (first.empty()) first = std::string(line);
    const auto words = static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
    if (words >= min_headline_words) return std::string(line);
  }
  return first;
}

}  // namespace

ReadResult read_text_article(const std::string& name, const std::string& bytes) {
  Article article;
  article.document.source = name;
  std::string_view rest = bytes;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // byte order mark
  std::size_t line_number = 0;
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    const auto line = rest.substr(0, end);
    std::string date_text;
    if (!apply_header(line, article, date_text)) break;
    ++line_number;
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (date_text.empty()) continue;
    const auto parsed = parse_date_string(date_text);
    if (!parsed.day) return {{}, {located(name, line_number, parsed.error)}};
    article.metadata_date = parsed.day;
  }
  if (line_number > 0)
    while (!rest.empty() && (rest.front() == '\n' || rest.front() == '\r')) rest.remove_prefix(1);
  article.document.text = std::string(rest);
  if (article.document.title.empty()) article.document.title = first_line(rest);
  if (strings::trim(article.document.text).empty())
    return {{}, {located(name, line_number + 1, "no article text")}};
  return {{std::move(article)}, {}};
}

}  // namespace annals::formats
