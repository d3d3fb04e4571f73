// A stored document as TimeML: its text with every temporal expression Annals found
// wrapped in a TIMEX3 tag (type, value, mod), and its publication date as the document
// creation time. Readable by TimeML tools and by Annals' own TimeML reader, so the text
// round-trips.
#pragma once

#include "annals/document.hpp"
#include "annals/timex.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

std::string xml_escape(std::string_view text);

// `mentions` are the document's, in text order, non-overlapping (as the tagger gives them).
void write_timeml_document(std::ostream& out, const Document& document,
                           const std::vector<Timex>& mentions);

}  // namespace annals::formats
