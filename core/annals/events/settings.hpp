// The few numbers that tune event extraction, read from data/events/settings.tsv so they
// can be adjusted and documented next to the lexicons they balance.
#pragma once

#include <cstddef>
#include <filesystem>

namespace annals::events {

struct ExtractionSettings {
  std::size_t weak_trigger_penalty = 0;  // extra token distance of a weak trigger
  std::size_t max_trigger_distance = 0;  // a date binds to no trigger farther than this
  std::size_t title_rest_max_words = 0;  // words of a statement's content in its title

  // Every setting must be present; unknown names and bad numbers are errors (file:line).
  static ExtractionSettings load(const std::filesystem::path& path);
};

}  // namespace annals::events
