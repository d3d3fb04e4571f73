// The reader settings every importers test loads from the source tree's data/, loaded once.
#pragma once

#include "annals/formats/reader.hpp"

namespace annals::test {

inline const formats::ReaderSettings& reader_settings() {
  static const auto loaded = formats::ReaderSettings::load(ANNALS_SOURCE_DATA_DIR);
  return loaded;
}

inline const formats::HtmlBoilerplate& boilerplate() { return reader_settings().boilerplate; }

}  // namespace annals::test
