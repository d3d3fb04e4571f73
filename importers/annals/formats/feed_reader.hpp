// RSS (0.9x, 1.0/RDF, 2.0) and Atom feed files: every <item> or <entry> is an article.
// XML is parsed with expat (see docs/decisions/0010-import-formats.md). Descriptions and
// content are HTML more often than not, so their text goes through the HTML text reader.
#pragma once

#include "annals/formats/article.hpp"
#include "annals/formats/html_text.hpp"

#include <string>

namespace annals::formats {

ReadResult read_feed(const std::string& name, const std::string& bytes,
                     const HtmlBoilerplate& boilerplate);

}  // namespace annals::formats
