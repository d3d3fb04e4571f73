// The timeline as JSON for reports and for moving a timeline between databases
// (docs/export-json.md, docs/schema/annals-export.schema.json). Offsets in the file are
// code points into the document text; inside Annals they are bytes.
#pragma once

#include "annals/document.hpp"
#include "annals/event.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

struct Timeline {
  std::vector<Event> events;
  std::vector<Document> documents;
};

// {"events": [...], "documents": [...]}; every source's document must be among `documents`
// for its offsets to be converted (otherwise "offset" is null).
nlohmann::ordered_json timeline_to_json(const Timeline& timeline);
void write_timeline_json(std::ostream& out, const Timeline& timeline);

// Reads what write_timeline_json wrote, offsets back to bytes. Throws InputError
// ("NAME:LINE: why" for malformed JSON, "NAME: events[3].when.start: why" for bad fields).
Timeline read_timeline_json(const std::string& name, std::string_view json);

}  // namespace annals::formats
