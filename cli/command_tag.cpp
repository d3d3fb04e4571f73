// Placeholder until the tag command lands; replaced by its real implementation.
#include "arguments.hpp"
#include "commands.hpp"

namespace annals::cli {

int run_tag(const Args&) { throw std::runtime_error("'tag' is not available yet"); }

}  // namespace annals::cli
