// `annals import`: articles in every format (files, folders, standard input) into a
// database. The work itself is formats::run_import_job (reading and analysis on worker
// threads; on this one, each document all or nothing, committed in groups); this file
// wires the command line, the progress bar and the report together. A bad input is
// reported by name and line and never stops the others.
#include "arguments.hpp"
#include "commands.hpp"
#include "import_options.hpp"
#include "import_progress.hpp"
#include "import_report.hpp"

#include "annals/data_dir.hpp"
#include "annals/pipeline.hpp"
#include "annals/store/store.hpp"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <optional>

namespace annals::cli {

namespace {

formats::ReaderSettings reader_settings(const ImportCommandLine& line) {
  auto settings = formats::ReaderSettings::load(data_directory());
  settings.format = line.format;
  try {
    for (const auto& map : line.maps) settings.csv_columns.apply_map(map);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
  return settings;
}

}  // namespace

int run_import(const Args& args) {
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    std::cout << import_usage;
    return exit_ok;
  }
  const auto line = parse_import_command_line(args);
  const auto readers = reader_settings(line);
  const auto inputs = formats::collect_inputs(line.inputs, line.filter);
  std::optional<Store> store;
  if (!line.job.dry_run) store.emplace(Store::open(line.db));
  const auto pipeline = Pipeline::load(data_directory());

  ProgressBar progress(std::cerr, !line.quiet && stderr_is_terminal());
  DocumentSpool documents;
  auto job = line.job;
  job.on_document = [&](const formats::DocumentReport& report) {
    if (line.json) documents.add(report);
  };
  const auto start = std::chrono::steady_clock::now();
  const auto summary = formats::run_import_job(
      inputs, readers, pipeline, store ? &*store : nullptr, job,
      [&](const formats::ImportProgress& step) { progress.update(step); });
  progress.finish();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  print_import_failures(std::cerr, summary);
  if (line.json) write_import_summary_json(std::cout, summary, documents, line.job.dry_run, seconds);
  else if (!line.quiet) print_import_counts(std::cout, summary, line.job.dry_run);
  return summary.failures.empty() ? exit_ok : exit_failed;
}

}  // namespace annals::cli
