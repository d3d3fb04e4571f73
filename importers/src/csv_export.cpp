// The columns are the ones an analyst sorts and filters by: dates first, then what, who,
// where, and the first source's words for checking.
#include "annals/formats/csv_export.hpp"

#include "annals/date_range.hpp"

#include <ostream>

namespace annals::formats {

namespace {

constexpr std::string_view crlf = "\r\n";
constexpr std::string_view list_separator = "; ";

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(list_separator)) + item;
  return out;
}

bool formula_like(std::string_view value) {
  if (value.empty()) return false;
  const char first = value.front();
  if (first == '=' || first == '+' || first == '@') return true;
  // "-5" is a number, "-cmd" could be a formula.
  return first == '-' && (value.size() == 1 || value[1] < '0' || value[1] > '9');
}

}  // namespace

std::string csv_field(std::string_view value) {
  std::string text = formula_like(value) ? "'" + std::string(value) : std::string(value);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void write_events_csv(std::ostream& out, const std::vector<Event>& events,
                      const CsvExportOptions& options) {
  if (options.byte_order_mark) out << "\xEF\xBB\xBF";
  out << "id,start,end,granularity,value,type,title,actors,places,sources,quote" << crlf;
  for (const auto& event : events) {
    const auto& when = event.when;
    const std::string quote = event.sources.empty() ? "" : event.sources.front().quote;
    out << event.id << ',' << format_iso(when.range.first) << ',' << format_iso(when.range.last)
        << ',' << to_string(when.range.granularity) << ',' << csv_field(when.value) << ','
        << csv_field(event.type) << ',' << csv_field(event.title) << ','
        << csv_field(joined(event.actors)) << ',' << csv_field(joined(event.places)) << ','
        << event.sources.size() << ',' << csv_field(quote) << crlf;
  }
}

}  // namespace annals::formats
