// `annals export --format svg|png`: the picture options (size, lanes, title, font), checked
// before the database is opened, and the header text of the picture (docs/exports.md).
#include "export_options.hpp"

#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <sstream>

namespace annals::cli {

namespace {

namespace picture = formats::picture;

struct PixelRange {
  int least;
  int most;
};
constexpr PixelRange width_range{400, 8192};
constexpr PixelRange height_range{300, 8192};

int pixels_option(const Arguments& arguments, const std::string& name, int fallback, PixelRange range) {
  const auto text = arguments.value(name);
  if (!text) return fallback;
  int value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc{} || end != text->data() + text->size() || value < range.least || value > range.most)
    throw UsageError("--" + name + ": '" + *text + "' is not a size in pixels from " + std::to_string(range.least) +
                     " to " + std::to_string(range.most));
  return value;
}

}  // namespace

void parse_picture_options(const Arguments& arguments, ExportCommandLine& line) {
  const bool picture_format = line.format == "svg" || line.format == "png";
  for (const char* name : {"width", "height", "lanes", "title", "font"})
    if (!picture_format && arguments.has(name))
      throw UsageError(std::string("--") + name + " applies to --format svg or png only");
  if (!picture_format) return;
  auto& report = line.picture.report;
  report.width = pixels_option(arguments, "width", report.width, width_range);
  report.height = pixels_option(arguments, "height", report.height, height_range);
  if (const auto lanes = arguments.value("lanes")) {
    const auto key = picture::parse_lane_key(*lanes);
    if (!key) throw UsageError("--lanes: unknown lane '" + *lanes + "' (known: type, actor, place, document)");
    report.lanes = *key;
  }
  report.title = arguments.value("title").value_or("");
  report.from = line.filter.from;
  report.to = line.filter.to;
  line.picture.font = arguments.value("font").value_or("");
  const bool to_stdout = !line.output || *line.output == "-";
  if (line.format == "png" && to_stdout && isatty(STDOUT_FILENO))
    throw UsageError("--format png writes binary data: give -o FILE.png");
}

std::string draw_picture(const ExportCommandLine& line, const std::vector<Event>& events,
                         const std::vector<Document>& documents) {
  auto options = line.picture;
  if (options.report.title.empty())
    options.report.title = picture::default_title(documents, std::filesystem::path(line.db).filename().string());
  options.report.subtitle = picture::describe_selection(events, documents.size(), line.filter);
  std::ostringstream out;
  picture::write_timeline_picture(out, line.format == "png" ? picture::PictureFormat::Png : picture::PictureFormat::Svg,
                                  events, documents, options);
  return out.str();
}

}  // namespace annals::cli
