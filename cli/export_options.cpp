// Option names and checks of `annals export`, with its help text beside them.
#include "export_options.hpp"

#include "annals/date_range.hpp"

#include <algorithm>
#include <array>

namespace annals::cli {

const char* const export_usage =
    "usage: annals export --db FILE [--format json|csv|ics|timeml|svg|png] [-o OUT] [filters]\n"
    "\n"
    "Writes the timeline of FILE to standard output or OUT.\n"
    "  json    events with dates, actors, places, sources, and documents (docs/export-json.md)\n"
    "  csv     one row an event, RFC 4180, for spreadsheets (--bom adds a UTF-8 byte order mark)\n"
    "  ics     an iCalendar file of all-day events (RFC 5545)\n"
    "  timeml  the documents with their TIMEX3 tags; with more than one document, -o names a\n"
    "          folder that receives one .tml file per document\n"
    "  svg     the timeline drawn for a report: lanes, calendar axis, labels, legend; tooltips\n"
    "  png     the same picture as an image, drawn without a window (needs DejaVu Sans)\n"
    "\n"
    "Picture options (svg, png; docs/exports.md):\n"
    "  --width PX, --height PX      size in pixels (default 1600 x 900; 400..8192 x 300..8192)\n"
    "  --lanes type|actor|place|document   one lane per event type (default), actor, ...\n"
    "  --title TEXT                 the header's title (default: the document's title or FILE)\n"
    "  --font FILE.ttf              the PNG's font (default DejaVu Sans)\n"
    "\n"
    "Filters (all must hold):\n"
    "  --from YYYY-MM-DD   events whose days reach this day or later\n"
    "  --to YYYY-MM-DD     events whose days start on this day or earlier\n"
    "  --actor NAME        an actor contains NAME (case-insensitive; repeatable: any of them)\n"
    "  --type TYPE         the event type is TYPE (repeatable: any of them)\n"
    "  --query WORDS       WORDS appear in the title, actors, places or a source sentence\n"
    "Exit codes: 0 ok, 1 the database cannot be read or OUT cannot be written, 2 usage error.\n";

namespace {

// "-o FILE" is the one short option; it is spelled out before the common parser sees it.
Args with_long_output(const Args& args) {
  Args out;
  for (const auto& arg : args) out.push_back(arg == "-o" ? "--output" : arg);
  return out;
}

std::optional<date::sys_days> day_option(const Arguments& arguments, const std::string& name) {
  const auto text = arguments.value(name);
  if (!text) return std::nullopt;
  if (const auto day = parse_iso_day(*text)) return day;
  throw UsageError("--" + name + ": '" + *text + "' is not a valid date (expected YYYY-MM-DD)");
}

}  // namespace

ExportCommandLine parse_export_command_line(const Args& args) {
  const Arguments arguments(with_long_output(args),
                            {"db", "format", "output", "from", "to", "actor", "type", "query", "width", "height",
                             "lanes", "title", "font"},
                            {"help", "bom"});
  ExportCommandLine line;
  line.format = arguments.value("format").value_or("json");
  static constexpr std::array<std::string_view, 6> known{"json", "csv", "ics", "timeml", "svg", "png"};
  if (std::find(known.begin(), known.end(), line.format) == known.end())
    throw UsageError("--format: unknown format '" + line.format + "' (known: json, csv, ics, timeml, svg, png)");
  if (!arguments.positionals().empty())
    throw UsageError("unexpected argument '" + arguments.positionals()[0] + "'");
  line.output = arguments.value("output");
  line.filter.from = day_option(arguments, "from");
  line.filter.to = day_option(arguments, "to");
  if (line.filter.from && line.filter.to && *line.filter.to < *line.filter.from)
    throw UsageError("--to is before --from");
  line.filter.actors = arguments.values("actor");
  line.filter.types = arguments.values("type");
  line.filter.query = arguments.value("query").value_or("");
  line.byte_order_mark = arguments.has("bom");
  parse_picture_options(arguments, line);
  line.db = arguments.required("db");
  return line;
}

}  // namespace annals::cli
