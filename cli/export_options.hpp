// The command line of `annals export`: format, output and the event filters, checked before
// the database is opened.
#pragma once

#include "arguments.hpp"
#include "commands.hpp"

#include "annals/formats/event_filter.hpp"
#include "annals/formats/picture/picture_export.hpp"

#include <optional>
#include <string>

namespace annals::cli {

struct ExportCommandLine {
  std::string db;
  std::string format = "json";        // json, csv, ics, timeml, svg, png
  std::optional<std::string> output;  // -o / --output; standard output when absent or "-"
  formats::EventFilter filter;        // --from --to --actor --type --query
  bool byte_order_mark = false;       // --bom (CSV)
  formats::picture::PictureOptions picture;  // svg, png: --width --height --lanes --title --font
};

extern const char* const export_usage;

ExportCommandLine parse_export_command_line(const Args& args);

// The options of --format svg|png (export_picture.cpp); usage errors when given to another format.
void parse_picture_options(const Arguments& arguments, ExportCommandLine& line);

// The picture formats (svg, png) of the selected events, as the bytes of the file.
std::string draw_picture(const ExportCommandLine& line, const std::vector<Event>& events,
                         const std::vector<Document>& documents);

}  // namespace annals::cli
