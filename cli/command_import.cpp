// Placeholder until the import command lands; replaced by its real implementation.
#include "arguments.hpp"
#include "commands.hpp"

namespace annals::cli {

int run_import(const Args&) { throw std::runtime_error("'import' is not available yet"); }

}  // namespace annals::cli
