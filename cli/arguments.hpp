// A small argument reader shared by the subcommands: `--name value`, `--name=value`,
// `--flag`, and positionals. Unknown options are usage errors, never silently ignored.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace annals::cli {

// Exit codes, documented in docs/cli.md.
enum ExitCode : int {
  exit_ok = 0,
  exit_failed = 1,  // the work was attempted and (part of) it failed
  exit_usage = 2,   // the command line was wrong
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Arguments {
 public:
  // `valued` lists options that take a value, `flags` those that do not.
  Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
            const std::set<std::string>& flags);

  bool has(const std::string& name) const { return options_.count(name) > 0; }
  std::optional<std::string> value(const std::string& name) const;
  std::string required(const std::string& name) const;
  std::vector<std::string> values(const std::string& name) const;  // repeatable options
  const std::vector<std::string>& positionals() const { return positionals_; }

 private:
  std::multimap<std::string, std::string> options_;
  std::vector<std::string> positionals_;
};

}  // namespace annals::cli
