// What `annals import` says when it is done: failures on stderr (always, one a line, each
// naming its file and line), a one-line count on stdout, or with --json a machine-readable
// summary on stdout instead. The per-document part of that summary is spooled to temporary
// files while the import runs, so a run over millions of articles keeps flat memory.
#pragma once

#include "annals/formats/import_job.hpp"

#include <cstdio>
#include <iosfwd>
#include <memory>

namespace annals::cli {

// Each document's JSON report, one a line, kept on disk until the summary is written.
class DocumentSpool {
 public:
  DocumentSpool();
  void add(const formats::DocumentReport& report);
  // Writes the spooled reports of one kind as the elements of a JSON array.
  void write_array(std::ostream& out, bool duplicates) const;

 private:
  struct Close {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, Close> imported_, duplicates_;
};

void write_import_summary_json(std::ostream& out, const formats::ImportSummary& summary,
                               const DocumentSpool& documents, bool dry_run, double seconds);

void print_import_failures(std::ostream& err, const formats::ImportSummary& summary);
void print_import_counts(std::ostream& out, const formats::ImportSummary& summary, bool dry_run);

}  // namespace annals::cli
