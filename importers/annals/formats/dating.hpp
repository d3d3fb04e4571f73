// Which day an article was published, decided in a fixed order so nothing is guessed:
// the command line (--published), the article's own metadata, a dateline at the top of
// the text ("MOSCOW, Sept 18 (Reuters) -"), then a relative marker ("6 hours ago") read
// against the time the page was retrieved (--retrieved). The day and where it came from
// are stored with the document.
#pragma once

#include "annals/formats/article.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string_view>

namespace annals::formats {

using RetrievedTime = date::sys_seconds;  // wall-clock time of retrieval, as given

struct DatingOptions {
  std::optional<date::sys_days> published;  // --published: wins over everything
  std::optional<RetrievedTime> retrieved;   // --retrieved: anchors relative markers
};

// "2023-09-19" or "2023-09-19T14:05[:30][Z|+03:00]" (the offset is ignored, as in
// date_string.hpp); nullopt when malformed or impossible.
std::optional<RetrievedTime> parse_retrieved(std::string_view text);

// A dateline in the first lines of `text`. Datelines without a year ("Sept 18") need
// `reference` (the retrieval day) and take the latest such day not after it.
std::optional<date::sys_days> find_dateline(std::string_view text,
                                            std::optional<date::sys_days> reference);

// A line that is only a relative marker ("6 hours ago", "Updated 2 days ago"), read
// back from `retrieved`.
std::optional<date::sys_days> find_relative_marker(std::string_view text, RetrievedTime retrieved);

// Sets the article's published day and origin. False when no source gives a date: such an
// article must not be imported.
bool date_article(Article& article, const DatingOptions& options);

}  // namespace annals::formats
