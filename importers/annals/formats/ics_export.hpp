// Events as an iCalendar file (RFC 5545) that calendar applications open: one all-day
// VEVENT per event spanning its days (DTEND is the day after the last, as the RFC wants),
// text escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF line
// ends. UIDs are derived from what the event is, not from database ids, so re-exporting
// (even from a re-imported database) updates calendar entries instead of duplicating them.
#pragma once

#include "annals/event.hpp"

#include <date/date.h>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

// TEXT value escaping: backslash, semicolon, comma and line breaks.
std::string ics_escape(std::string_view text);

// A content line folded to 75-octet lines, each ending in CRLF.
std::string ics_fold(std::string_view line);

// "annals-<16 hex digits>@annals": a hash of the event's type, date value and title.
std::string ics_uid(const Event& event);

// `stamp` is written as every DTSTAMP (the time the calendar was made).
void write_events_ics(std::ostream& out, const std::vector<Event>& events, date::sys_seconds stamp);

}  // namespace annals::formats
