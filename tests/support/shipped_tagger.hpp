// The tagger with the rules shipped in data/, loaded once per test program (loading
// parses every rule file), and the reference article's publication date that tagging
// tests resolve against.
#pragma once

#include "annals/data_dir.hpp"
#include "annals/temporal/tagger.hpp"

namespace annals::testing {

inline const TemporalTagger& shipped_tagger() {
  static const TemporalTagger loaded = TemporalTagger::load(data_directory());
  return loaded;
}

inline const TaggingContext september_19{date::sys_days{date::year{2023} / date::September / 19}};

}  // namespace annals::testing
