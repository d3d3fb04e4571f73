// Exports are told from JSON lines by their first key only, so deciding costs one small
// read per JSON file and never parses a whole file twice.
#include "annals/formats/timeline_import.hpp"

#include "annals/formats/input_file.hpp"
#include "annals/formats/json_export.hpp"
#include "strings.hpp"

#include <fstream>

namespace annals::formats {

namespace {

constexpr std::size_t head_bytes = 256;
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

std::string head_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(head_bytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// Whether the file could be read as JSON: by --format, else by a telling extension, else
// (an unknown extension) it might be, and only its content can say. Standard input is
// never looked at, since it cannot be read twice.
bool may_be_json(const InputFile& file, const ReaderSettings& readers) {
  if (file.path == "-") return false;
  if (readers.format) return *readers.format == Format::JsonLines;
  return detect_format(file.path, "{") == Format::JsonLines;  // "{": content that would be JSON
}

}  // namespace

bool is_timeline_export(std::string_view head) {
  if (head.starts_with(byte_order_mark)) head.remove_prefix(byte_order_mark.size());
  head = strings::trim(head);
  if (!head.starts_with('{')) return false;
  head = strings::trim(head.substr(1));
  return head.starts_with("\"events\"") || head.starts_with("\"documents\"");
}

bool is_timeline_export_file(const InputFile& file, const ReaderSettings& readers) {
  return may_be_json(file, readers) && is_timeline_export(head_of(file.path));
}

std::vector<InputFile> take_timeline_exports(InputList& inputs, const ReaderSettings& readers) {
  std::vector<InputFile> exports;
  InputFiles articles;
  for (auto file : inputs.files) {
    if (is_timeline_export_file(file, readers))
      exports.push_back(std::move(file));
    else
      articles.push_back(file);
  }
  inputs.files = std::move(articles);
  return exports;
}

TimelineReport import_timeline(const InputFile& file, Store* store) {
  const auto name = file.path.string();
  const auto timeline = read_timeline_json(name, read_text_file(file.path));
  TimelineReport report{name, timeline.documents.size(), timeline.events.size(), {}};
  if (store) report.outcome = store->add_timeline(timeline.documents, timeline.events);
  return report;
}

}  // namespace annals::formats
