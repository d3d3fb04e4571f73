// A TimeML document (.tml) read as an article: the text inside <TEXT> without its tags,
// the document creation time (<DCT><TIMEX3 value=...>) as the metadata date, <DOCID> as
// the title. The gold TIMEX3 annotations are the evaluator's business, not the importer's.
// Throws InputError naming the file (and line) for malformed TimeML or a missing DCT.
#pragma once

#include "annals/formats/article.hpp"

#include <string>

namespace annals::formats {

ReadResult read_timeml_article(const std::string& name, const std::string& bytes);

}  // namespace annals::formats
