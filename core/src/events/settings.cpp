// Reading data/events/settings.tsv.
#include "annals/events/settings.hpp"

#include "annals/events/table_file.hpp"

#include <charconv>
#include <map>
#include <string>

namespace annals::events {

ExtractionSettings ExtractionSettings::load(const std::filesystem::path& path) {
  ExtractionSettings settings;
  std::map<std::string, std::size_t*> fields{
      {"weak_trigger_penalty", &settings.weak_trigger_penalty},
      {"max_trigger_distance", &settings.max_trigger_distance},
      {"title_rest_max_words", &settings.title_rest_max_words},
  };
  for (const auto& row : read_table(path, 2, 2)) {
    const auto field = fields.find(row.fields[0]);
    if (field == fields.end()) fail(row, "unknown or repeated setting '" + row.fields[0] + "'");
    const auto& text = row.fields[1];
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
      fail(row, "'" + text + "' is not a non-negative integer");
    *field->second = value;
    fields.erase(field);
  }
  if (!fields.empty())
    throw TableError(path.string() + ":0: missing setting '" + fields.begin()->first + "'");
  return settings;
}

}  // namespace annals::events
