// Each line is parsed on its own, so one malformed line costs one article, not the file.
#include "annals/formats/jsonl_reader.hpp"

#include "annals/formats/date_string.hpp"
#include "strings.hpp"

#include <nlohmann/json.hpp>

#include <variant>

namespace annals::formats {

namespace {

// Moved out of the parsed line, which is dropped afterwards: the text is not copied again.
std::string string_field(nlohmann::json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? std::move(found->get_ref<std::string&>()) : std::string{};
}

// The article of one line, or the reason it has none.
std::variant<Article, std::string> article_of_line(const std::string& name, std::string_view line,
                                                   std::size_t number) {
  auto json = nlohmann::json::parse(line, nullptr, false);
  if (json.is_discarded()) return std::string("invalid JSON");
  if (!json.is_object()) return std::string("expected a JSON object");
  Article article;
  article.line = number;
  article.document.source = name;
  if (const auto id = json.find("id"); id != json.end() && (id->is_string() || id->is_number()))
    article.document.source += "#" + (id->is_string() ? id->get<std::string>() : id->dump());
  article.document.title = string_field(json, "title");
  article.document.url = string_field(json, "url");
  article.document.text = string_field(json, "text");
  if (strings::trim(article.document.text).empty()) return std::string("no \"text\" field");
  if (const auto published = string_field(json, "published"); !published.empty()) {
    const auto parsed = parse_date_string(published);
    if (!parsed.day) return "\"published\": " + parsed.error;
    article.metadata_date = parsed.day;
  }
  return article;
}

}  // namespace

ReadResult read_json_lines(const std::string& name, const std::string& bytes) {
  ReadResult result;
  std::string_view rest = bytes;
  for (std::size_t number = 1; !rest.empty(); ++number) {
    const auto end = rest.find('\n');
    const auto line = strings::trim(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (line.empty()) continue;
    auto parsed = article_of_line(name, line, number);
    if (auto* article = std::get_if<Article>(&parsed)) result.articles.push_back(std::move(*article));
    else result.failures.push_back(located(name, number, std::get<std::string>(parsed)));
  }
  return result;
}

}  // namespace annals::formats
