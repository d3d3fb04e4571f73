// Placeholder until the export command lands; replaced by its real implementation.
#include "arguments.hpp"
#include "commands.hpp"

namespace annals::cli {

int run_export(const Args&) { throw std::runtime_error("'export' is not available yet"); }

}  // namespace annals::cli
