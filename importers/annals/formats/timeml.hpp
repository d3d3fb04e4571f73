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
  bool has_creation_time = true;
};

// Evaluation needs the DCT (it is what gold values were resolved against); an import can
// take the date from --published instead.
enum class CreationTime { Required, Optional };

// Throws InputError "NAME:LINE: why" for malformed XML, a missing TEXT or (when required) DCT.
// Without a DCT (allowed only when optional) `has_creation_time` is false and
// `document.published` is left unset.
TimemlDocument parse_timeml(const std::string& name, const std::string& xml,
                            CreationTime creation_time = CreationTime::Required);

// read_text_file + parse_timeml.
TimemlDocument read_timeml_file(const std::filesystem::path& path);

}  // namespace annals::formats
