// `annals import`: plain text files (folders recursively, "-" for standard input) into a
// database, each document tagged, its events extracted and stored in one transaction.
// A bad file is reported by name and skipped; it never stops the others or leaves a trace.
#include "arguments.hpp"
#include "commands.hpp"

#include "annals/data_dir.hpp"
#include "annals/date_range.hpp"
#include "annals/formats/input_file.hpp"
#include "annals/pipeline.hpp"
#include "annals/store/store.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace annals::cli {

namespace {

constexpr const char* usage =
    "usage: annals import --db FILE [--published YYYY-MM-DD] PATH...\n"
    "\n"
    "Imports plain-text articles into FILE (created if missing). PATH is a file, a folder\n"
    "(read recursively) or - for standard input. --published is the publication date every\n"
    "relative date is resolved against. Each document is stored whole or not at all; the same\n"
    "text imported again is skipped as a duplicate.\n"
    "Exit codes: 0 all imported, 1 some input failed (named on stderr), 2 usage error.\n";

// Files to read, in a stable order: folders expand to their regular files, sorted.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::filesystem::path> files;
  for (const auto& path : paths) {
    std::error_code error;
    if (path != "-" && std::filesystem::is_directory(path, error)) {
      std::vector<std::filesystem::path> found;
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error))
        if (entry.is_regular_file()) found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.emplace_back(path);  // a missing file is reported when it is read
    }
  }
  return files;
}

// The first non-empty line, which is the headline of a saved article.
std::string title_of(const std::string& text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const auto end = std::min(text.find('\n', begin), text.size());
    const auto line = text.substr(begin, end - begin);
    if (line.find_first_not_of(" \t\r") != std::string::npos) return line.substr(0, line.find('\r'));
    begin = end + 1;
  }
  return {};
}

date::sys_days parse_published(const std::string& text) {
  if (const auto day = parse_iso_day(text)) return *day;
  throw UsageError("--published: '" + text + "' is not a valid date (expected YYYY-MM-DD)");
}

Document read_text_document(const std::filesystem::path& path, date::sys_days published) {
  Document document;
  document.text = formats::read_text_file(path);
  document.source = path.string();
  document.title = title_of(document.text);
  document.published = published;
  document.published_origin = DateOrigin::CommandLine;
  return document;
}

std::string describe(const std::string& name, const StoreOutcome& outcome) {
  if (outcome.duplicate) return name + ": already imported (document " + std::to_string(outcome.document) + ")";
  return name + ": " + std::to_string(outcome.events_added) + " events added, " +
         std::to_string(outcome.events_merged) + " merged" + (outcome.replaced ? " (replaced)" : "");
}

}  // namespace

int run_import(const Args& args) {
  const Arguments arguments(args, {"db", "published"}, {"help"});
  if (arguments.has("help")) {
    std::cout << usage;
    return exit_ok;
  }
  const auto db = arguments.required("db");
  const auto published_text = arguments.value("published");
  // Checked before anything is opened, so a usage error never touches the database.
  const auto published = published_text ? std::optional(parse_published(*published_text)) : std::nullopt;
  if (arguments.positionals().empty()) throw UsageError("no input given (a file, a folder or -)");

  auto store = Store::open(db);
  const auto pipeline = Pipeline::load(data_directory());
  int status = exit_ok;
  for (const auto& path : expand_inputs(arguments.positionals())) {
    try {
      if (!published)
        throw formats::InputError(path.string() + ": no publication date (give --published YYYY-MM-DD)");
      const auto document = read_text_document(path, *published);
      const auto analysis = pipeline.analyse(document);
      std::cout << describe(path.string(), store.add_document(document, analysis.mentions, analysis.events))
                << "\n";
    } catch (const formats::InputError& error) {
      std::cerr << "annals import: " << error.what() << "\n";  // names the file and line
      status = exit_failed;
    } catch (const std::exception& error) {
      // The document's transaction has rolled back; the other inputs go on.
      std::cerr << "annals import: " << path.string() << ": " << error.what() << "\n";
      status = exit_failed;
    }
  }
  return status;
}

}  // namespace annals::cli
