// The command line of `annals import`, checked whole before anything is opened: a usage
// error never touches the database.
#pragma once

#include "arguments.hpp"
#include "commands.hpp"

#include "annals/formats/import_job.hpp"

#include <string>
#include <vector>

namespace annals::cli {

struct ImportCommandLine {
  std::string db;
  std::vector<std::string> inputs;       // files, folders, "-"
  formats::InputFilter filter;           // --include / --exclude
  formats::ImportOptions job;            // --published, --retrieved, --dry-run, --jobs
  std::optional<formats::Format> format; // --format
  std::vector<std::string> maps;         // --map values, applied to the CSV column names
  bool json = false;                     // --json summary on stdout
  bool quiet = false;                    // --quiet: no per-document lines, no progress
};

extern const char* const import_usage;

// Throws UsageError for anything wrong on the command line.
ImportCommandLine parse_import_command_line(const Args& args);

}  // namespace annals::cli
