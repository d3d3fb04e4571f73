// TEMPORARY: a weak stand-in for annals::same_happening until the event extractor's own
// definition (core/src/events) lands; the strong definition replaces it at link time.
// Delete this file once core/src/events defines same_happening.
#include "annals/events/extractor.hpp"

#include <algorithm>

namespace annals {

__attribute__((weak)) bool same_happening(const Event& a, const Event& b) {
  if (a.type != b.type || !a.when.range.overlaps(b.when.range)) return false;
  return std::any_of(a.actors.begin(), a.actors.end(), [&](const std::string& actor) {
    return std::find(b.actors.begin(), b.actors.end(), actor) != b.actors.end();
  });
}

}  // namespace annals
