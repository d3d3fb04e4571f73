// `annals export --format svg|png`: the filtered timeline drawn for a report, without a
// window. One layout (report_layout.hpp) and one drawing list (report_drawing.hpp) feed two
// backends: SVG text and a software-rasterised PNG.
#pragma once

#include "annals/document.hpp"
#include "annals/event.hpp"
#include "annals/formats/event_filter.hpp"
#include "annals/formats/picture/report_layout.hpp"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace annals::formats::picture {

enum class PictureFormat { Svg, Png };

struct PictureOptions {
  ReportOptions report;  // an empty title or subtitle gets a default (below)
  std::filesystem::path font;  // empty: default_font_path()
};

// Throws std::runtime_error when the PNG's font is missing or encoding fails.
void write_timeline_picture(std::ostream& out, PictureFormat format, const std::vector<Event>& events,
                            const std::vector<Document>& documents, const PictureOptions& options);

// "Timeline: <the document's title>" for one document, else "Timeline: <source_name>".
std::string default_title(const std::vector<Document>& documents, const std::string& source_name);

// "12 events from 1 document · 1 Dec 2022 – 19 Sep 2023 · filter: type visit or meeting".
std::string describe_selection(const std::vector<Event>& events, std::size_t documents, const EventFilter& filter);

}  // namespace annals::formats::picture
