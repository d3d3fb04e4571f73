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
  json["failures"] = summary.failures;
  return json;
}

void print_import_failures(std::ostream& err, const formats::ImportSummary& summary) {
  for (const auto& failure : summary.failures) err << "annals import: " << failure << "\n";
}

void print_import_counts(std::ostream& out, const formats::ImportSummary& summary, bool dry_run) {
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
