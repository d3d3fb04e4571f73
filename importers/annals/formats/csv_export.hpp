// Events as CSV for spreadsheets (RFC 4180): one row an event, a header row, CRLF line
// ends, fields quoted when they hold a comma, quote or line break. Cells a spreadsheet
// would run as a formula ("=...", "+...", "@...") get a leading apostrophe. An optional
// UTF-8 byte order mark makes Excel read non-ASCII names correctly.
#pragma once

#include "annals/event.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

struct CsvExportOptions {
  bool byte_order_mark = false;
};

// One field, quoted and neutralised as described above.
std::string csv_field(std::string_view value);

void write_events_csv(std::ostream& out, const std::vector<Event>& events,
                      const CsvExportOptions& options = {});

}  // namespace annals::formats
