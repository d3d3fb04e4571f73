// The JSON field names are part of the scripting interface (docs/importing.md): add, never
// rename.
#include "import_report.hpp"

#include "annals/date_range.hpp"

#include <ostream>

namespace annals::cli {

namespace {

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

nlohmann::ordered_json import_summary_json(const formats::ImportSummary& summary, bool dry_run,
                                           double seconds) {
  nlohmann::ordered_json json{{"dry_run", dry_run},
                              {"files", summary.files},
                              {"bytes", summary.bytes},
                              {"seconds", seconds},
                              {"imported", summary.imported.size()},
                              {"duplicates", summary.duplicates.size()},
                              {"failed", summary.failures.size()}};
  auto& imported = json["imported_documents"] = nlohmann::ordered_json::array();
  for (const auto& report : summary.imported) imported.push_back(document_json(report));
  auto& duplicates = json["duplicate_documents"] = nlohmann::ordered_json::array();
  for (const auto& report : summary.duplicates)
    duplicates.push_back({{"source", report.source}, {"document", report.outcome.document}});
  auto& timelines = json["timelines"] = nlohmann::ordered_json::array();
  for (const auto& report : summary.timelines) timelines.push_back(timeline_json(report));
  json["failures"] = summary.failures;
  return json;
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
  std::size_t added = 0, merged = 0;
  for (const auto& report : summary.imported) {
    added += report.outcome.events_added;
    merged += report.outcome.events_merged;
  }
  out << (dry_run ? "would import " : "imported ") << summary.imported.size() << " documents ("
      << added << " events added, " << merged << " merged), " << summary.duplicates.size()
      << " already imported, " << summary.failures.size() << " failed\n";
}

}  // namespace annals::cli
