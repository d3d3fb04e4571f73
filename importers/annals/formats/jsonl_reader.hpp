// JSON lines as scrapers dump them: one object a line with "text" and optionally "id",
// "title", "published", "url". A bad line is reported with its number; the others are read.
#pragma once

#include "annals/formats/article.hpp"

#include <string>

namespace annals::formats {

ReadResult read_json_lines(const std::string& name, const std::string& bytes);

}  // namespace annals::formats
