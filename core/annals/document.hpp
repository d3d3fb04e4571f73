// An article as Annals knows it: its text and the date everything in it is relative to.
#pragma once

#include <date/date.h>

#include <cstdint>
#include <string>

namespace annals {

using DocumentId = std::int64_t;

// Where the publication date came from; stored so an analyst can judge it.
enum class DateOrigin { CommandLine, Metadata, Dateline, RelativeMarker };
std::string_view to_string(DateOrigin origin);

struct Document {
  DocumentId id = 0;  // 0 until stored
  std::string title;
  std::string source;  // file path, "-" for standard input, or a feed name
  std::string url;     // empty when unknown
  date::sys_days published{};
  DateOrigin published_origin = DateOrigin::CommandLine;
  std::string text;  // UTF-8, validated on import
};

}  // namespace annals
