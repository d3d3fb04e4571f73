// `annals eval timeml DIR`: tags every .tml document of a TimeML corpus against its DCT
// and prints the TempEval-3 scores (and, with --misses, every disagreement), so changes
// to the rules are measured rather than guessed.
#include "arguments.hpp"
#include "commands.hpp"

#include "annals/data_dir.hpp"
#include "annals/formats/input_file.hpp"
#include "annals/formats/timeml.hpp"
#include "annals/temporal/evaluation.hpp"
#include "annals/temporal/timeml_reading.hpp"
#include "annals/temporal/tagger.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace annals::cli {

namespace {

constexpr const char* usage =
    "usage: annals eval timeml DIR [--misses] [--prefer past|future]\n"
    "\n"
    "Tags every *.tml file in DIR against its document creation time and prints the\n"
    "TempEval-3 measures: strict and relaxed precision/recall/F1 of the extents, and value\n"
    "and type F1 (share of relaxed matches with the right attribute x relaxed F1).\n"
    "--misses also lists every missed, spurious, wrongly valued or wrongly bounded timex.\n"
    "Exit codes: 0 ok, 1 a file could not be read (named on stderr), 2 usage error.\n";

std::string percent(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%6.2f", share * 100);
  return buffer;
}

void print_scores(const TimexEvaluation& evaluation, std::size_t documents) {
  const auto& counts = evaluation.counts();
  const auto scores = evaluation.scores();
  std::cout << "documents " << documents << "  gold " << counts.gold << "  system " << counts.system << "\n"
            << "          precision  recall      F1\n"
            << "strict       " << percent(scores.strict.precision) << "  " << percent(scores.strict.recall) << "  "
            << percent(scores.strict.f1) << "\n"
            << "relaxed      " << percent(scores.relaxed.precision) << "  " << percent(scores.relaxed.recall) << "  "
            << percent(scores.relaxed.f1) << "\n"
            << "value F1 " << percent(scores.value_f1) << "  (value accuracy " << percent(scores.value_accuracy) << ")\n"
            << "type F1  " << percent(scores.type_f1) << "  (type accuracy " << percent(scores.type_accuracy) << ")\n";
}

std::string describe(const Timex& timex) {
  return "\"" + timex.text + "\" " + std::string(to_string(timex.type)) + " " + timex.value +
         (timex.mod.empty() ? "" : " " + timex.mod);
}

void print_misses(const TimexEvaluation& evaluation) {
  for (const auto& miss : evaluation.misses()) {
    std::cout << miss.document << ": " << to_string(miss.kind) << ":";
    if (miss.kind != EvaluationMiss::Kind::Spurious) std::cout << " gold " << describe(miss.gold);
    if (miss.kind != EvaluationMiss::Kind::Missed)
      std::cout << " got " << describe(miss.system) << " [" << miss.system.rule << "]";
    std::cout << "\n";
  }
}

}  // namespace

int run_eval(const Args& args) {
  const Arguments arguments(args, {"prefer"}, {"misses", "help"});
  if (arguments.has("help")) {
    std::cout << usage;
    return exit_ok;
  }
  const auto& positionals = arguments.positionals();
  if (positionals.size() != 2 || positionals[0] != "timeml") throw UsageError(std::string("expected: timeml DIR\n") + usage);
  const std::filesystem::path folder = positionals[1];
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) throw formats::InputError(folder.string() + ": no such folder");
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error))
    if (entry.is_regular_file() && entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  TaggingContext context;
  const auto prefer = arguments.value("prefer").value_or("past");
  if (prefer != "past" && prefer != "future") throw UsageError("--prefer must be past or future");
  context.prefer = prefer == "past" ? Direction::Past : Direction::Future;
  const auto tagger = TemporalTagger::load(data_directory());
  TimexEvaluation evaluation;
  int failures = 0;
  for (const auto& file : files) {
    try {
      const auto document = formats::read_timeml_file(file);
      context.published = document.document.published;
      evaluation.add(file.filename().string(), document.gold, timeml_reading(tagger.tag(document.document.text, context)));
    } catch (const formats::InputError& bad) {
      std::cerr << "annals eval: " << bad.what() << "\n";
      ++failures;
    }
  }
  if (arguments.has("misses")) print_misses(evaluation);
  print_scores(evaluation, files.size() - static_cast<std::size_t>(failures));
  return failures == 0 ? exit_ok : exit_failed;
}

}  // namespace annals::cli
