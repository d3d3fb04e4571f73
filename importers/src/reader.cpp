// Format choice and dispatch. Detection looks at the extension first because it is what
// the analyst chose; content sniffing covers extension-less and misnamed files.
#include "annals/formats/reader.hpp"

#include "annals/formats/feed_reader.hpp"
#include "annals/formats/html_reader.hpp"
#include "annals/formats/input_file.hpp"
#include "annals/formats/jsonl_reader.hpp"
#include "annals/formats/text_reader.hpp"
#include "annals/formats/timeml_article.hpp"
#include "strings.hpp"

#include <array>
#include <utility>

namespace annals::formats {

namespace {

constexpr std::size_t sniff_bytes = 1024;

const std::array<std::pair<std::string_view, Format>, 14>& extensions() {
  static constexpr std::array<std::pair<std::string_view, Format>, 14> table{{
      {".txt", Format::Text}, {".text", Format::Text}, {".md", Format::Text},
      {".html", Format::Html}, {".htm", Format::Html}, {".xhtml", Format::Html},
      {".jsonl", Format::JsonLines}, {".ndjson", Format::JsonLines}, {".json", Format::JsonLines},
      {".csv", Format::Csv}, {".rss", Format::Feed}, {".atom", Format::Feed},
      {".tml", Format::TimeML}, {".timeml", Format::TimeML}}};
  return table;
}

std::optional<Format> sniff(std::string_view head) {
  head = strings::trim(head.substr(0, sniff_bytes));
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head = strings::trim(head.substr(3));
  const auto lowered = strings::lower(head);
  const auto has = [&](std::string_view marker) { return lowered.find(marker) != std::string::npos; };
  if (has("<timeml")) return Format::TimeML;
  if (has("<rss") || has("<feed") || has("<rdf:rdf")) return Format::Feed;
  if (has("<!doctype html") || has("<html") || has("<body") || has("<article")) return Format::Html;
  if (!head.empty() && head.front() == '{') return Format::JsonLines;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Format format) {
  switch (format) {
    case Format::Html: return "html";
    case Format::JsonLines: return "jsonl";
    case Format::Csv: return "csv";
    case Format::Feed: return "feed";
    case Format::TimeML: return "timeml";
    case Format::Text: break;
  }
  return "text";
}

std::optional<Format> parse_format(std::string_view name) {
  const auto lowered = strings::lower(name);
  if (lowered == "rss" || lowered == "atom" || lowered == "xml") return Format::Feed;
  if (lowered == "txt") return Format::Text;
  if (lowered == "json" || lowered == "ndjson") return Format::JsonLines;
  for (const auto format : {Format::Text, Format::Html, Format::JsonLines, Format::Csv,
                            Format::Feed, Format::TimeML})
    if (lowered == to_string(format)) return format;
  return std::nullopt;
}

Format detect_format(const std::filesystem::path& path, std::string_view head) {
  const auto extension = strings::lower(path.extension().string());
  for (const auto& [known, format] : extensions())
    if (extension == known) return format;
  return sniff(head).value_or(Format::Text);
}

ReaderSettings ReaderSettings::load(const std::filesystem::path& data_dir) {
  return {HtmlBoilerplate::load(data_dir), CsvColumnNames::load(data_dir), std::nullopt};
}

ReadResult read_bytes(const std::string& name, const std::string& bytes, Format format,
                      const ReaderSettings& settings) {
  try {
    switch (format) {
      case Format::Html: return read_html_article(name, bytes, settings.boilerplate);
      case Format::JsonLines: return read_json_lines(name, bytes);
      case Format::Csv: return read_csv_articles(name, bytes, settings.csv_columns);
      case Format::Feed: return read_feed(name, bytes, settings.boilerplate);
      case Format::TimeML: return read_timeml_article(name, bytes);
      case Format::Text: break;
    }
    return read_text_article(name, bytes);
  } catch (const std::exception& error) {
    return {{}, {error.what()}};
  }
}

ReadResult read_input(const std::filesystem::path& path, const ReaderSettings& settings) {
  std::string bytes;
  try {
    bytes = read_text_file(path);
  } catch (const InputError& error) {
    return {{}, {error.what()}};
  }
  const auto format = settings.format.value_or(detect_format(path, bytes));
  return read_bytes(path.string(), bytes, format, settings);
}

}  // namespace annals::formats
