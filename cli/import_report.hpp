// What `annals import` says when it is done: failures on stderr (always, one a line, each
// naming its file and line), a one-line count on stdout, or with --json a machine-readable
// summary on stdout instead.
#pragma once

#include "annals/formats/import_job.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace annals::cli {

nlohmann::ordered_json import_summary_json(const formats::ImportSummary& summary, bool dry_run,
                                           double seconds);

void print_import_failures(std::ostream& err, const formats::ImportSummary& summary);
void print_import_counts(std::ostream& out, const formats::ImportSummary& summary, bool dry_run);

}  // namespace annals::cli
