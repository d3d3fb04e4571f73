// Option names and their checks for `annals import`; the help text lives here too so the
// two cannot drift apart.
#include "import_options.hpp"

#include "annals/date_range.hpp"

#include <charconv>

namespace annals::cli {

const char* const import_usage =
    "usage: annals import --db FILE [options] PATH...\n"
    "\n"
    "Imports articles into FILE (created if missing). PATH is a file, a folder (walked\n"
    "recursively, sorted) or - for standard input. Formats: text, html, jsonl, csv, feed\n"
    "(RSS/Atom), timeml; chosen by extension or content unless --format (CSV on standard\n"
    "input needs --format csv). A JSON export of Annals (annals export --format json) is\n"
    "recognised by its content and loaded as it is: documents, events and analyst edits.\n"
    "\n"
    "  --published YYYY-MM-DD   publication date of every document (else: metadata, a\n"
    "                           dateline, a relative marker with --retrieved)\n"
    "  --retrieved DATE[THH:MM] when the pages were saved; dates '6 hours ago' markers\n"
    "  --format NAME            text|html|jsonl|csv|feed|timeml\n"
    "  --map role=column,...    CSV columns for title, published, text, url, id\n"
    "  --include GLOB           only files matching (repeatable), e.g. '*.html'\n"
    "  --exclude GLOB           skip files or folders matching (repeatable), e.g. 'drafts/*'\n"
    "  --dry-run                read, date and analyse, store nothing\n"
    "  --json                   print a JSON summary (imported, duplicates, failed) on stdout\n"
    "  --quiet                  no per-document lines and no progress bar\n"
    "  --jobs N                 analysis threads (default: one per core)\n"
    "\n"
    "Each document is stored whole or not at all; the same content (or URL and content)\n"
    "imported again is skipped. Documents without a publication date are not imported.\n"
    "Exit codes: 0 all imported, 1 some input failed (listed on stderr), 2 usage error.\n";

namespace {

date::sys_days parse_published(const std::string& text) {
  if (const auto day = parse_iso_day(text)) return *day;
  throw UsageError("--published: '" + text + "' is not a valid date (expected YYYY-MM-DD)");
}

unsigned parse_jobs(const std::string& text) {
  constexpr unsigned max_jobs = 64;
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value == 0 || value > max_jobs)
    throw UsageError("--jobs: expected a number from 1 to 64, got '" + text + "'");
  return value;
}

}  // namespace

ImportCommandLine parse_import_command_line(const Args& args) {
  const Arguments arguments(args,
                            {"db", "published", "retrieved", "format", "map", "include", "exclude", "jobs"},
                            {"help", "dry-run", "json", "quiet"});
  ImportCommandLine line;
  line.db = arguments.value("db").value_or("");
  if (line.db.empty() && !arguments.has("dry-run")) throw UsageError("--db is required");
  if (const auto published = arguments.value("published")) line.job.dating.published = parse_published(*published);
  if (const auto retrieved = arguments.value("retrieved")) {
    line.job.dating.retrieved = formats::parse_retrieved(*retrieved);
    if (!line.job.dating.retrieved)
      throw UsageError("--retrieved: '" + *retrieved + "' is not a valid date or date-time");
  }
  if (const auto format = arguments.value("format")) {
    line.format = formats::parse_format(*format);
    if (!line.format) throw UsageError("--format: unknown format '" + *format + "' (text, html, jsonl, csv, feed, timeml)");
  }
  if (const auto jobs = arguments.value("jobs")) line.job.workers = parse_jobs(*jobs);
  line.maps = arguments.values("map");
  line.filter.include = arguments.values("include");
  line.filter.exclude = arguments.values("exclude");
  line.job.dry_run = arguments.has("dry-run");
  line.json = arguments.has("json");
  line.quiet = arguments.has("quiet");
  line.inputs = arguments.positionals();
  if (line.inputs.empty()) throw UsageError("no input given (a file, a folder or -)");
  return line;
}

}  // namespace annals::cli
