#include "annals/document.hpp"

namespace annals {

std::string_view to_string(DateOrigin origin) {
  switch (origin) {
    case DateOrigin::Metadata: return "metadata";
    case DateOrigin::Dateline: return "dateline";
    case DateOrigin::RelativeMarker: return "relative-marker";
    case DateOrigin::CommandLine: break;
  }
  return "command-line";
}

}  // namespace annals
