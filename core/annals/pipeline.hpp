// Text to timeline in one object: loads the temporal rules and the event lexicons once,
// then turns each document into its temporal expressions and dated events. The import
// command, the viewer's background import and the benchmarks all go through it.
#pragma once

#include "annals/document.hpp"
#include "annals/event.hpp"
#include "annals/events/extractor.hpp"
#include "annals/temporal/tagger.hpp"
#include "annals/timex.hpp"

#include <filesystem>
#include <vector>

namespace annals {

// What one document yields: its resolved temporal expressions and its events.
struct Analysis {
  std::vector<Timex> mentions;
  std::vector<Event> events;
};

class Pipeline {
 public:
  // Reads data_dir/temporal and data_dir/events. Throws RuleError or std::runtime_error
  // naming the bad file and line.
  static Pipeline load(const std::filesystem::path& data_dir);

  // Tags `document.text` against its publication date and extracts its events.
  Analysis analyse(const Document& document) const;

 private:
  Pipeline(TemporalTagger tagger, EventExtractor extractor)
      : tagger_(std::move(tagger)), extractor_(std::move(extractor)) {}
  TemporalTagger tagger_;
  EventExtractor extractor_;
};

}  // namespace annals
