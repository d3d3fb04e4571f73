// Tags are inserted at the stored byte offsets. Mentions that do not fit the text (out of
// range, overlapping a previous one) are left out rather than producing broken XML.
#include "annals/formats/timeml_export.hpp"

#include "annals/date_range.hpp"

#include <ostream>

namespace annals::formats {

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

void write_timeml_document(std::ostream& out, const Document& document,
                           const std::vector<Timex>& mentions) {
  const auto published = format_iso(document.published);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n";
  out << "<DOCID>" << xml_escape(document.source) << "</DOCID>\n";
  out << "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << published
      << "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" << published
      << "</TIMEX3></DCT>\n";
  if (!document.title.empty()) out << "<TITLE>" << xml_escape(document.title) << "</TITLE>\n";
  out << "<TEXT>";
  const std::string_view text = document.text;
  std::size_t at = 0, tid = 1;
  for (const auto& timex : mentions) {
    if (timex.begin < at || timex.end > text.size() || timex.begin >= timex.end) continue;
    out << xml_escape(text.substr(at, timex.begin - at)) << "<TIMEX3 tid=\"t" << tid++
        << "\" type=\"" << to_string(timex.type) << "\" value=\"" << xml_escape(timex.value) << '"';
    if (!timex.mod.empty()) out << " mod=\"" << xml_escape(timex.mod) << '"';
    out << '>' << xml_escape(text.substr(timex.begin, timex.end - timex.begin)) << "</TIMEX3>";
    at = timex.end;
  }
  out << xml_escape(text.substr(at)) << "</TEXT>\n</TimeML>\n";
}

}  // namespace annals::formats
