// Event tooltips (see report_drawing.hpp): what a reader needs to check a mark without the
// database: the TIMEX3 value as written, the days it covers, and the sentences it came from.
#include "annals/formats/picture/report_drawing.hpp"

namespace annals::formats::picture {

namespace {

constexpr std::size_t max_quote_bytes = 300;

// At most `limit` bytes, cut at a code point start.
std::string shortened(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\u2026";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string date_line(const When& when) {
  const auto& range = when.range;
  std::string line = when.value.empty() ? format_iso(range.first) : when.value;
  line += " (" + std::string(to_string(range.granularity));
  if (range.portion != Portion::Whole) line += ", " + std::string(to_string(range.portion));
  if (!when.mod.empty()) line += ", " + when.mod;
  line += range.first == range.last ? ")" : ": " + format_iso(range.first) + " to " + format_iso(range.last) + ")";
  return line;
}

}  // namespace

std::string event_tooltip(const Event& event, const DocumentTitles& titles) {
  std::string text = event.title + "\n" + date_line(event.when);
  if (!event.type.empty()) text += "\ntype: " + event.type;
  if (!event.actors.empty()) text += "\nactors: " + joined(event.actors);
  if (!event.places.empty()) text += "\nplaces: " + joined(event.places);
  text += "\nsources (" + std::to_string(event.sources.size()) + "):";
  for (const auto& source : event.sources) {
    const auto title = titles.find(source.document);
    text += "\n- " + (title != titles.end() ? title->second : "document " + std::to_string(source.document));
    if (!source.expression.empty()) text += " [" + source.expression + "]";
    if (!source.quote.empty()) text += ": \u201c" + shortened(source.quote, max_quote_bytes) + "\u201d";
  }
  return text;
}

}  // namespace annals::formats::picture
