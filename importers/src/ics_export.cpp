// Each property is built as one logical line, then escaped and folded in one place, so no
// caller can emit an over-long or unescaped line.
#include "annals/formats/ics_export.hpp"

#include "annals/date_range.hpp"
#include "annals/text_hash.hpp"

#include <cstdint>
#include <ostream>

namespace annals::formats {

namespace {

constexpr std::size_t max_line_octets = 75;

std::string ics_day(date::sys_days day) {
  auto iso = format_iso(day);
  std::erase(iso, '-');
  return iso;
}

std::string ics_time(date::sys_seconds time) {
  return date::format("%Y%m%dT%H%M%SZ", time);
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

std::string description_of(const Event& event) {
  std::string text;
  for (const auto& source : event.sources) {
    if (!text.empty()) text += "\n\n";
    text += "\"" + source.quote + "\" (" + source.expression + ")";
  }
  return text;
}

void property(std::ostream& out, std::string_view name, std::string_view value) {
  out << ics_fold(std::string(name) + ":" + std::string(value));
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') (out += '\\') += c;
    else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF -> \n
    else if (c == '\n' || c == '\r') out += "\\n";
    else out += c;
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t used = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;  // the whole UTF-8 sequence moves together
    while (i + length < line.size() && (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80)
      ++length;
    if (used + length > max_line_octets) {
      out += "\r\n ";
      used = 1;
    }
    out += line.substr(i, length);
    used += length;
    i += length;
  }
  return out + "\r\n";
}

std::string ics_uid(const Event& event) {
  std::uint64_t hash = fnv1a_basis;
  for (const auto& part : {event.type, event.when.value, event.title}) hash = fnv1a(part + '\x1f', hash);
  static constexpr char hex[] = "0123456789abcdef";
  std::string digits(16, '0');
  for (std::size_t i = 0; i < digits.size(); ++i) digits[i] = hex[(hash >> (60 - 4 * i)) & 0xF];
  return "annals-" + digits + "@annals";
}

void write_events_ics(std::ostream& out, const std::vector<Event>& events, date::sys_seconds stamp) {
  property(out, "BEGIN", "VCALENDAR");
  property(out, "VERSION", "2.0");
  property(out, "PRODID", "-//Annals//Timeline export//EN");
  property(out, "CALSCALE", "GREGORIAN");
  for (const auto& event : events) {
    property(out, "BEGIN", "VEVENT");
    property(out, "UID", ics_uid(event));
    property(out, "DTSTAMP", ics_time(stamp));
    property(out, "DTSTART;VALUE=DATE", ics_day(event.when.range.first));
    property(out, "DTEND;VALUE=DATE", ics_day(event.when.range.last + date::days{1}));
    property(out, "SUMMARY", ics_escape(event.title));
    if (!event.type.empty()) property(out, "CATEGORIES", ics_escape(event.type));
    if (!event.places.empty()) property(out, "LOCATION", ics_escape(joined(event.places, ", ")));
    if (!event.sources.empty()) property(out, "DESCRIPTION", ics_escape(description_of(event)));
    property(out, "X-ANNALS-DATE", ics_escape(event.when.value));
    property(out, "X-ANNALS-GRANULARITY", std::string(to_string(event.when.range.granularity)));
    property(out, "END", "VEVENT");
  }
  property(out, "END", "VCALENDAR");
}

}  // namespace annals::formats
