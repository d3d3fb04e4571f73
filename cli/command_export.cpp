// `annals export`: the timeline of a database in a format for reports (JSON for now;
// the formats themselves live in importers/).
#include "arguments.hpp"
#include "commands.hpp"

#include "annals/formats/json_export.hpp"
#include "annals/store/store.hpp"

#include <fstream>
#include <iostream>

namespace annals::cli {

namespace {

constexpr const char* usage =
    "usage: annals export --db FILE --format json [-o OUT | --output OUT]\n"
    "\n"
    "Writes the timeline of FILE: every event with its date (value, first and last day,\n"
    "granularity), actors, places and sources, and the documents (docs/export-json.md).\n"
    "Writes to standard output unless -o names a file.\n"
    "Exit codes: 0 ok, 1 the database cannot be read or OUT cannot be written, 2 usage error.\n";

// "-o FILE" is the one short option; it is spelled out before the common parser sees it.
Args with_long_output(const Args& args) {
  Args out;
  for (const auto& arg : args) out.push_back(arg == "-o" ? "--output" : arg);
  return out;
}

void check_format(const std::string& format) {
  if (format != "json") throw UsageError("--format: unknown format '" + format + "' (known: json)");
}

void write(std::ostream& out, const formats::Timeline& timeline) { formats::write_timeline_json(out, timeline); }

}  // namespace

int run_export(const Args& args) {
  const Arguments arguments(with_long_output(args), {"db", "format", "output"}, {"help"});
  if (arguments.has("help")) {
    std::cout << usage;
    return exit_ok;
  }
  const auto format = arguments.value("format").value_or("json");
  check_format(format);
  if (!arguments.positionals().empty()) throw UsageError("unexpected argument '" + arguments.positionals()[0] + "'");
  const auto store = Store::open(arguments.required("db"), OpenMode::MustExist);
  const formats::Timeline timeline{store.events(), store.documents()};
  const auto output = arguments.value("output");
  if (!output || *output == "-") {
    write(std::cout, timeline);
    return exit_ok;
  }
  std::ofstream file(*output, std::ios::binary);
  if (!file) throw std::runtime_error(*output + ": cannot be written");
  write(file, timeline);
  if (!file.flush()) throw std::runtime_error(*output + ": cannot be written");
  return exit_ok;
}

}  // namespace annals::cli
