// The picture export (see picture_export.hpp): measure, lay out, draw, then write SVG or
// rasterise and encode PNG. The SVG measures with the font when it is there (the browser may
// substitute a similar one) and with average widths when it is not; the PNG needs the font.
#include "annals/formats/picture/picture_export.hpp"

#include "annals/formats/picture/font.hpp"
#include "annals/formats/picture/png_writer.hpp"
#include "annals/formats/picture/raster.hpp"
#include "annals/formats/picture/report_drawing.hpp"
#include "annals/formats/picture/svg_writer.hpp"

#include <algorithm>
#include <memory>

namespace annals::formats::picture {

namespace {

const std::string separator = " \u00b7 ";

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string either(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : " or ") + items[i];
  return out;
}

std::string filter_text(const EventFilter& filter) {
  std::vector<std::string> parts;
  if (filter.from) parts.push_back("from " + format_iso(*filter.from));
  if (filter.to) parts.push_back("to " + format_iso(*filter.to));
  if (!filter.types.empty()) parts.push_back("type " + either(filter.types));
  if (!filter.actors.empty()) parts.push_back("actor " + either(filter.actors));
  if (!filter.query.empty()) parts.push_back("words \u201c" + filter.query + "\u201d");
  if (parts.empty()) return "all events";
  std::string out = "filter: ";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : ", ") + parts[i];
  return out;
}

DocumentTitles titles_of(const std::vector<Document>& documents) {
  DocumentTitles titles;
  for (const auto& document : documents) titles[document.id] = document.title.empty() ? document.source : document.title;
  return titles;
}

}  // namespace

std::string default_title(const std::vector<Document>& documents, const std::string& source_name) {
  if (documents.size() == 1 && !documents[0].title.empty()) return "Timeline: " + documents[0].title;
  return "Timeline: " + source_name;
}

std::string describe_selection(const std::vector<Event>& events, std::size_t documents, const EventFilter& filter) {
  std::string text = plural(events.size(), "event") + " from " + plural(documents, "document");
  if (!events.empty()) {
    auto first = events[0].when.range.first;
    auto last = events[0].when.range.last;
    for (const auto& event : events) {
      first = std::min(first, event.when.range.first);
      last = std::max(last, event.when.range.last);
    }
    text += separator + format_iso(first) + " to " + format_iso(last);
  }
  return text + separator + filter_text(filter);
}

void write_timeline_picture(std::ostream& out, PictureFormat format, const std::vector<Event>& events,
                            const std::vector<Document>& documents, const PictureOptions& options) {
  const auto font_path = options.font.empty() ? default_font_path() : options.font;
  std::unique_ptr<TrueTypeFont> font;
  if (format == PictureFormat::Png || std::filesystem::exists(font_path))
    font = std::make_unique<TrueTypeFont>(TrueTypeFont::load(font_path));
  const AverageWidthMeasure average;
  const TextMeasure& measure = font ? static_cast<const TextMeasure&>(*font) : average;
  const auto titles = titles_of(documents);
  const auto layout = layout_report(events, titles, options.report, measure);
  const auto drawing = draw_report(layout, events, titles);
  if (format == PictureFormat::Svg)
    write_svg(out, drawing);
  else
    write_png(out, rasterise(drawing, *font));
}

}  // namespace annals::formats::picture
