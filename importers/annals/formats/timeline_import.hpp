// `annals import export.json`: a file that is an Annals JSON export (docs/export-json.md)
// holds a timeline to load as it is (documents, events, analyst edits) through
// Store::add_timeline, not articles to analyse again. Exports are recognised by content,
// since they and JSON-lines files share the .json extension.
#pragma once

#include "annals/formats/inputs.hpp"
#include "annals/formats/reader.hpp"
#include "annals/store/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

// True when `head` (the first bytes of a file) opens a JSON object whose first key is
// "events" or "documents", the shape every export has.
bool is_timeline_export(std::string_view head);

// What loading one export did (in a dry run: what it holds).
struct TimelineReport {
  std::string source;
  std::size_t documents = 0;  // in the file
  std::size_t events = 0;     // in the file
  TimelineOutcome outcome;    // all zero in a dry run
};

// Moves the files that are exports out of `inputs`, keeping their order. Only files that
// would be read as JSON (by --format, extension or content) are looked at.
std::vector<InputFile> take_timeline_exports(InputList& inputs, const ReaderSettings& readers);

// Whether `file` is an export (the test take_timeline_exports applies to each file).
bool is_timeline_export_file(const InputFile& file, const ReaderSettings& readers);

// Reads one export and stores it in one transaction (`store` null: a dry run).
// Throws InputError naming the file and line or field, StoreError for the database.
TimelineReport import_timeline(const InputFile& file, Store* store);

}  // namespace annals::formats
