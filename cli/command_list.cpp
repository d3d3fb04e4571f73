// Placeholder until the list command lands; replaced by its real implementation.
#include "arguments.hpp"
#include "commands.hpp"

namespace annals::cli {

int run_list(const Args&) { throw std::runtime_error("'list' is not available yet"); }

}  // namespace annals::cli
