// The command line of `annals export`: format, output and the event filters, checked before
// the database is opened.
#pragma once

#include "arguments.hpp"
#include "commands.hpp"

#include "annals/formats/event_filter.hpp"

#include <optional>
#include <string>

namespace annals::cli {

struct ExportCommandLine {
  std::string db;
  std::string format = "json";        // json, csv, ics, timeml
  std::optional<std::string> output;  // -o / --output; standard output when absent or "-"
  formats::EventFilter filter;        // --from --to --actor --type --query
  bool byte_order_mark = false;       // --bom (CSV)
};

extern const char* const export_usage;

ExportCommandLine parse_export_command_line(const Args& args);

}  // namespace annals::cli
