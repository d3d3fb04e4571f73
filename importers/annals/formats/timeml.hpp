// A TimeML document (.tml) with its gold TIMEX3 annotations, for measuring the temporal
// tagger: the DCT becomes the publication date, <TEXT> the plain text (tags dropped, so
// gold offsets are bytes into exactly the text the tagger sees).
#pragma once

#include "annals/document.hpp"
#include "annals/timex.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace annals::formats {

struct TimemlDocument {
  Document document;
  std::vector<Timex> gold;  // in text order; begin/end are bytes into document.text
};

// Throws InputError "NAME:LINE: why" for malformed XML, a missing DCT or TEXT.
TimemlDocument parse_timeml(const std::string& name, const std::string& xml);

// read_text_file + parse_timeml.
TimemlDocument read_timeml_file(const std::filesystem::path& path);

}  // namespace annals::formats
