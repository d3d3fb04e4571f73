// What every article reader hands on: a document, the publication date its own metadata
// gives (if any), and the line it began on, so later steps (dating, storing) can name the
// file and line in their messages. One file may hold many articles and some may fail.
#pragma once

#include "annals/document.hpp"

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace annals::formats {

struct Article {
  Document document;  // published/published_origin are set by dating (see dating.hpp)
  std::optional<date::sys_days> metadata_date;  // from Date:, <meta>, JSON, a feed, ...
  std::size_t line = 1;                         // 1-based line the article starts on
};

// "FILE:LINE: why": a message naming where the reader gave up on one article.
using ReadFailure = std::string;

// Articles read from one input; failures of single articles do not stop the others.
struct ReadResult {
  std::vector<Article> articles;
  std::vector<ReadFailure> failures;
};

// "file:line: message": the one place that spells where a problem is.
std::string located(const std::string& file, std::size_t line, const std::string& message);

}  // namespace annals::formats
