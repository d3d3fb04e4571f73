// The JSON field names are part of the scripting interface (docs/importing.md): add, never
// rename.
#include "import_report.hpp"

#include "annals/date_range.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <stdexcept>
#include <string>

namespace annals::cli {

namespace {

// File names and titles are not always valid UTF-8; the report replaces what is not.
std::string dumped(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

nlohmann::ordered_json document_json(const formats::DocumentReport& report) {
  return {{"source", report.source},
          {"title", report.title},
          {"published", format_iso(report.published)},
          {"published_from", std::string(to_string(report.published_origin))},
          {"document", report.outcome.document},
          {"events_found", report.events_found},
          {"events_added", report.outcome.events_added},
          {"events_merged", report.outcome.events_merged},
          {"replaced", report.outcome.replaced}};
}

nlohmann::ordered_json timeline_json(const formats::TimelineReport& report) {
  return {{"source", report.source},
          {"documents", report.documents},
          {"events", report.events},
          {"documents_added", report.outcome.documents_added},
          {"documents_duplicate", report.outcome.documents_duplicate},
          {"events_added", report.outcome.events_added},
          {"events_merged", report.outcome.events_merged}};
}

}  // namespace

DocumentSpool::DocumentSpool() : imported_(std::tmpfile()), duplicates_(std::tmpfile()) {
  if (!imported_ || !duplicates_) throw std::runtime_error("cannot create a temporary file for the --json report");
}

void DocumentSpool::add(const formats::DocumentReport& report) {
  const auto line = dumped(report.outcome.duplicate ? nlohmann::ordered_json{{"source", report.source},
                                                                           {"document", report.outcome.document}}
                                                   : document_json(report));
  auto* file = (report.outcome.duplicate ? duplicates_ : imported_).get();
  if (std::fputs(line.c_str(), file) < 0 || std::fputc('\n', file) == EOF)
    throw std::runtime_error("cannot write the --json report to a temporary file");
}

void DocumentSpool::write_array(std::ostream& out, bool duplicates) const {
  auto* file = (duplicates ? duplicates_ : imported_).get();
  std::rewind(file);
  out << "[";
  bool first = true;
  std::string line;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) {
    if (c != '\n') {
      line.push_back(static_cast<char>(c));
      continue;
    }
    out << (first ? "\n    " : ",\n    ") << line;
    first = false;
    line.clear();
  }
  out << (first ? "]" : "\n  ]");
}

void write_import_summary_json(std::ostream& out, const formats::ImportSummary& summary,
                               const DocumentSpool& documents, bool dry_run, double seconds) {
  const auto field = [&](const char* key, const nlohmann::ordered_json& value) {
    out << ",\n  \"" << key << "\": " << dumped(value);
  };
  out << "{\n  \"dry_run\": " << (dry_run ? "true" : "false");
  field("files", summary.files);
  field("bytes", summary.bytes);
  field("seconds", seconds);
  field("imported", summary.totals.imported);
  field("duplicates", summary.totals.duplicates);
  field("failed", summary.failures.size());
  out << ",\n  \"imported_documents\": ";
  documents.write_array(out, false);
  out << ",\n  \"duplicate_documents\": ";
  documents.write_array(out, true);
  auto timelines = nlohmann::ordered_json::array();
  for (const auto& report : summary.timelines) timelines.push_back(timeline_json(report));
  field("timelines", timelines);
  field("failures", summary.failures);
  out << "\n}\n";
}

void print_import_failures(std::ostream& err, const formats::ImportSummary& summary) {
  for (const auto& failure : summary.failures) err << "annals import: " << failure << "\n";
}

void print_import_counts(std::ostream& out, const formats::ImportSummary& summary, bool dry_run) {
  for (const auto& timeline : summary.timelines) {
    out << (dry_run ? "would load " : "loaded ") << timeline.source << ": " << timeline.documents
        << " documents, " << timeline.events << " events";
    if (!dry_run)
      out << " (" << timeline.outcome.documents_duplicate << " documents already stored, "
          << timeline.outcome.events_added << " events added, " << timeline.outcome.events_merged << " merged)";
    out << "\n";
  }
  const auto& totals = summary.totals;
  out << (dry_run ? "would import " : "imported ") << totals.imported << " documents ("
      << totals.events_added << " events added, " << totals.events_merged << " merged), " << totals.duplicates
      << " already imported, " << summary.failures.size() << " failed\n";
}

}  // namespace annals::cli
