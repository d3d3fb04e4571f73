// `annals export`: the (filtered) timeline of a database as JSON, CSV, iCalendar, TimeML,
// SVG or PNG for reports. The formats themselves live in importers/; this file selects events and
// documents and sends them to the right writer and output.
// (Taken over from the store engineer after their first commit: adds csv/ics/timeml and
// the --from/--to/--actor/--type/--query filters.)
#include "arguments.hpp"
#include "commands.hpp"
#include "export_options.hpp"

#include "annals/formats/csv_export.hpp"
#include "annals/formats/ics_export.hpp"
#include "annals/formats/json_export.hpp"
#include "annals/formats/timeml_export.hpp"
#include "annals/store/store.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>

namespace annals::cli {

namespace {

// With a filter, only the documents the selected events come from.
std::vector<Document> documents_of(const Store& store, const std::vector<Event>& events, bool filtered) {
  auto documents = store.documents();
  if (!filtered) return documents;
  std::set<DocumentId> used;
  for (const auto& event : events)
    for (const auto& source : event.sources) used.insert(source.document);
  std::erase_if(documents, [&](const Document& document) { return !used.count(document.id); });
  return documents;
}

void write_to(const std::optional<std::string>& output, const std::function<void(std::ostream&)>& write) {
  if (!output || *output == "-") {
    write(std::cout);
    return;
  }
  std::ofstream file(*output, std::ios::binary);
  if (!file) throw std::runtime_error(*output + ": cannot be written");
  write(file);
  if (!file.flush()) throw std::runtime_error(*output + ": cannot be written");
}

void write_timeml(const Store& store, const std::vector<Document>& documents,
                  const std::optional<std::string>& output) {
  if (documents.size() == 1) {
    write_to(output, [&](std::ostream& out) {
      formats::write_timeml_document(out, documents[0], store.mentions(documents[0].id));
    });
    return;
  }
  if (!output || *output == "-")
    throw UsageError("--format timeml with " + std::to_string(documents.size()) +
                     " documents needs -o FOLDER (one .tml file per document)");
  std::filesystem::create_directories(*output);
  for (const auto& document : documents) {
    const auto path = std::filesystem::path(*output) / (std::to_string(document.id) + ".tml");
    write_to(path.string(), [&](std::ostream& out) {
      formats::write_timeml_document(out, document, store.mentions(document.id));
    });
  }
}

}  // namespace

int run_export(const Args& args) {
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    std::cout << export_usage;
    return exit_ok;
  }
  const auto line = parse_export_command_line(args);
  const auto store = Store::open(line.db, OpenMode::MustExist);
  const bool filtered = line.filter.active();
  const auto events = formats::filter_events(store.events(), line.filter);
  const auto documents = documents_of(store, events, filtered);
  if (line.format == "timeml") {
    write_timeml(store, documents, line.output);
  } else if (line.format == "csv") {
    write_to(line.output, [&](std::ostream& out) {
      formats::write_events_csv(out, events, {line.byte_order_mark});
    });
  } else if (line.format == "svg" || line.format == "png") {
    // Drawn before OUT is opened: a missing font leaves no empty file behind.
    const auto picture = draw_picture(line, events, documents);
    write_to(line.output, [&](std::ostream& out) { out << picture; });
  } else if (line.format == "ics") {
    const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    write_to(line.output, [&](std::ostream& out) { formats::write_events_ics(out, events, now); });
  } else {
    write_to(line.output, [&](std::ostream& out) {
      formats::write_timeline_json(out, formats::Timeline{events, documents});
    });
  }
  return exit_ok;
}

}  // namespace annals::cli
