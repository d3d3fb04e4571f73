// `annals tag`: the temporal tagger on the command line, for people checking a text and
// for scripts tagging many (--jsonl). Output offsets are Unicode code points.
#include "arguments.hpp"
#include "commands.hpp"
#include "timex_json.hpp"

#include "annals/data_dir.hpp"
#include "annals/date_range.hpp"
#include "annals/formats/input_file.hpp"
#include "annals/temporal/tagger.hpp"
#include "annals/temporal/timeml_reading.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

namespace annals::cli {

namespace {

constexpr const char* usage =
    "usage: annals tag --published YYYY-MM-DD [--prefer past|future] [FILE|-]\n"
    "       annals tag --jsonl [--published YYYY-MM-DD] [--prefer past|future] [FILE|-]\n"
    "\n"
    "Prints the temporal expressions of FILE (default: standard input), one JSON object per\n"
    "line: start, end (code points), text, type, value, mod (when any), begin and end_date\n"
    "(the days meant, when anchored) and the rule that found it. Relative expressions are\n"
    "resolved against --published. --prefer sets which way tenseless text points\n"
    "(\"in October\", \"on Monday\"); the default is past.\n"
    "\n"
    "With --jsonl each input line is {\"id\", \"published\", \"text\"} (published: a date or a\n"
    "date-time with offset; --published is the default) and each output line is\n"
    "{\"id\", \"timexes\": [{\"start\", \"end\", \"text\", \"type\", \"value\", \"mod\"?}]}, in input order:\n"
    "TIMEX3 values, so an expression counted from a happening (\"two days before the vote\")\n"
    "is written as TimeML writes it, the DURATION \"two days\" (P2D).\n"
    "Exit codes: 0 ok, 1 some input could not be read (named on stderr), 2 usage error.\n";

// "2023-09-19" or "2023-09-19T10:00:00+02:00": the publication's own calendar day.
std::optional<date::sys_days> parse_published(const std::string& text) {
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  return parse_iso_day(text.substr(0, 10));
}

Direction parse_prefer(const Arguments& arguments) {
  const auto prefer = arguments.value("prefer").value_or("past");
  if (prefer == "past") return Direction::Past;
  if (prefer == "future") return Direction::Future;
  throw UsageError("--prefer must be past or future, not '" + prefer + "'");
}

void tag_text(const TemporalTagger& tagger, const std::string& text, const TaggingContext& context) {
  CodePointCounter counter(text);
  for (const auto& timex : tagger.tag(text, context)) std::cout << timex_json(timex, counter, true).dump() << '\n';
}

// One JSON line in, one out; a bad line is reported with its number and skipped.
bool tag_jsonl_line(const TemporalTagger& tagger, const std::string& line, TaggingContext context,
                    const std::optional<date::sys_days>& default_published, std::string& error) {
  const auto input = nlohmann::json::parse(line, nullptr, false);
  if (input.is_discarded() || !input.is_object()) return error = "not a JSON object", false;
  if (!input.contains("text") || !input["text"].is_string()) return error = "missing string \"text\"", false;
  if (input.contains("published")) {
    const auto published = input["published"].is_string() ? parse_published(input["published"].get<std::string>()) : std::nullopt;
    if (!published) return error = "bad \"published\" (expected YYYY-MM-DD or an ISO date-time)", false;
    context.published = *published;
  } else if (default_published) {
    context.published = *default_published;
  } else {
    return error = "missing \"published\" (and no --published default)", false;
  }
  const auto text = input["text"].get<std::string>();
  try {
    formats::check_text("text", text);
  } catch (const formats::InputError& bad) {
    return error = bad.what(), false;
  }
  nlohmann::ordered_json out;
  out["id"] = input.contains("id") ? nlohmann::ordered_json(input["id"]) : nlohmann::ordered_json();
  out["timexes"] = nlohmann::ordered_json::array();
  CodePointCounter counter(text);
  for (const auto& timex : timeml_reading(tagger.tag(text, context)))
    out["timexes"].push_back(timex_json(timex, counter, false));
  std::cout << out.dump() << '\n';
  return true;
}

int tag_jsonl(const TemporalTagger& tagger, const std::string& name, const std::string& bytes,
              const TaggingContext& context, const std::optional<date::sys_days>& default_published) {
  std::istringstream in(bytes);
  int failures = 0, number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string error;
    if (!tag_jsonl_line(tagger, line, context, default_published, error)) {
      std::cerr << "annals tag: " << name << ":" << number << ": " << error << "\n";
      ++failures;
    }
  }
  return failures == 0 ? exit_ok : exit_failed;
}

}  // namespace

int run_tag(const Args& args) {
  const Arguments arguments(args, {"published", "prefer"}, {"jsonl", "help"});
  if (arguments.has("help")) {
    std::cout << usage;
    return exit_ok;
  }
  if (arguments.positionals().size() > 1) throw UsageError("at most one FILE\n" + std::string(usage));
  std::optional<date::sys_days> published;
  if (const auto text = arguments.value("published")) {
    published = parse_published(*text);
    if (!published) throw UsageError("bad --published '" + *text + "' (expected YYYY-MM-DD)");
  } else if (!arguments.has("jsonl")) {
    throw UsageError("--published is required\n" + std::string(usage));
  }
  TaggingContext context;
  context.prefer = parse_prefer(arguments);
  if (published) context.published = *published;
  const std::string name = arguments.positionals().empty() ? "-" : arguments.positionals()[0];
  const auto bytes = formats::read_text_file(name);
  const auto tagger = TemporalTagger::load(data_directory());
  std::ios::sync_with_stdio(false);
  if (arguments.has("jsonl")) return tag_jsonl(tagger, name == "-" ? "<stdin>" : name, bytes, context, published);
  tag_text(tagger, bytes, context);
  return exit_ok;
}

}  // namespace annals::cli
