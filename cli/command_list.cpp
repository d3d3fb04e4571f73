// `annals list`: the timeline as text, one event per line with its date and how precisely
// it is known, then who and where, for reading in a terminal or a log.
#include "arguments.hpp"
#include "commands.hpp"

#include "annals/store/store.hpp"

#include <iomanip>
#include <iostream>

namespace annals::cli {

namespace {

constexpr const char* usage =
    "usage: annals list --db FILE\n"
    "\n"
    "Prints the timeline of FILE, ordered by date: the date as the text gave it with its\n"
    "precision (\"2023-03 (month)\"), the title and type, then actors and places.\n"
    "Exit codes: 0 ok, 1 the database cannot be read, 2 usage error.\n";

constexpr std::size_t date_column_width = 28;

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

// "2023-03 (month)", "2023 (year, early)", "2023-09-18 (day, APPROX)".
std::string describe_when(const When& when) {
  std::string precision(to_string(when.range.granularity));
  if (when.range.portion != Portion::Whole) precision += ", " + std::string(to_string(when.range.portion));
  // START/MID/END are already said by the portion.
  const bool mod_said = when.range.portion != Portion::Whole && (when.mod == "START" || when.mod == "MID" || when.mod == "END");
  if (!when.mod.empty() && !mod_said) precision += ", " + when.mod;
  const auto value = when.value.empty() ? format_iso(when.range.first) : when.value;
  return value + " (" + precision + ")";
}

void print_timeline(std::ostream& out, const std::vector<Event>& events) {
  for (const auto& event : events) {
    const auto when = describe_when(event.when);
    out << std::left << std::setw(static_cast<int>(date_column_width)) << when << (when.size() >= date_column_width ? "  " : "")
        << event.title << "  ["
        << event.type << "]" << (event.edited_by_analyst ? " (edited)" : "") << "\n";
    std::string details;
    if (!event.actors.empty()) details += "actors: " + joined(event.actors);
    if (!event.places.empty()) details += std::string(details.empty() ? "" : "; ") + "places: " + joined(event.places);
    if (!details.empty()) out << std::string(date_column_width, ' ') << details << "\n";
  }
}

}  // namespace

int run_list(const Args& args) {
  const Arguments arguments(args, {"db"}, {"help"});
  if (arguments.has("help")) {
    std::cout << usage;
    return exit_ok;
  }
  if (!arguments.positionals().empty()) throw UsageError("unexpected argument '" + arguments.positionals()[0] + "'");
  const auto store = Store::open(arguments.required("db"), OpenMode::MustExist);
  const auto events = store.events();
  print_timeline(std::cout, events);
  std::cout << events.size() << " events from " << store.documents().size() << " documents\n";
  return exit_ok;
}

}  // namespace annals::cli
