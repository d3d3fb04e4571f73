// `annals`: the command line that scripts drive. Dispatches to one subcommand and
// turns escaping errors into a message on stderr and a documented exit code.
#include "arguments.hpp"
#include "commands.hpp"

#include <exception>
#include <functional>
#include <iostream>
#include <map>

namespace {

struct Command {
  std::function<int(const annals::cli::Args&)> run;
  const char* summary;
};

const std::map<std::string, Command>& commands() {
  using namespace annals::cli;
  static const std::map<std::string, Command> table{
      {"import", {run_import, "import articles into a database"}},
      {"tag", {run_tag, "print the temporal expressions of a text as JSON lines"}},
      {"export", {run_export, "write the timeline of a database as JSON (and more)"}},
      {"list", {run_list, "print the timeline of a database as text"}},
      {"eval", {run_eval, "score the temporal tagger on a TimeML corpus"}},
      {"synth", {run_synth, "fill a database with synthetic events for benchmarks"}},
  };
  return table;
}

void print_usage(std::ostream& out) {
  out << "usage: annals <command> [options]\n\ncommands:\n";
  for (const auto& [name, command] : commands()) out << "  " << name << "\t" << command.summary << "\n";
  out << "\n'annals <command> --help' describes a command. Exit codes: 0 ok, 1 failed, 2 usage.\n";
}

}  // namespace

int main(int argc, char** argv) {
  const annals::cli::Args all(argv + 1, argv + argc);
  if (all.empty() || all[0] == "--help" || all[0] == "-h") {
    print_usage(all.empty() ? std::cerr : std::cout);
    return all.empty() ? annals::cli::exit_usage : annals::cli::exit_ok;
  }
  const auto found = commands().find(all[0]);
  if (found == commands().end()) {
    std::cerr << "annals: unknown command '" << all[0] << "'\n";
    print_usage(std::cerr);
    return annals::cli::exit_usage;
  }
  try {
    return found->second.run(annals::cli::Args(all.begin() + 1, all.end()));
  } catch (const annals::cli::UsageError& error) {
    std::cerr << "annals " << all[0] << ": " << error.what() << "\n";
    return annals::cli::exit_usage;
  } catch (const std::exception& error) {
    std::cerr << "annals " << all[0] << ": " << error.what() << "\n";
    return annals::cli::exit_failed;
  }
}
