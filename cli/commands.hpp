// The subcommands of `annals`, one per file (command_<name>.cpp). Each takes the
// arguments after its name and returns an ExitCode; each prints --help.
#pragma once

#include <string>
#include <vector>

namespace annals::cli {

using Args = std::vector<std::string>;

int run_tag(const Args& args);
int run_import(const Args& args);
int run_export(const Args& args);
int run_list(const Args& args);
int run_eval(const Args& args);
int run_synth(const Args& args);

}  // namespace annals::cli
