// Placeholder until the eval command lands; replaced by its real implementation.
#include "arguments.hpp"
#include "commands.hpp"

namespace annals::cli {

int run_eval(const Args&) { throw std::runtime_error("'eval' is not available yet"); }

}  // namespace annals::cli
