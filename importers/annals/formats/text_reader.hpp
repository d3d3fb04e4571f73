// Plain-text articles. Optional header lines at the top ("Title: ...", "Date: ...",
// "Source: ...", "URL: ..."), then the text. A bad Date: line is an error naming its line.
#pragma once

#include "annals/formats/article.hpp"

#include <string>

namespace annals::formats {

// `name` is the file path (or "-") used as the document source and in messages.
ReadResult read_text_article(const std::string& name, const std::string& bytes);

}  // namespace annals::formats
