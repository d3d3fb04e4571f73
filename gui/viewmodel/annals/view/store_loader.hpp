// Loading every event into the viewer's compact records, fast enough for a million events.
// Store::events() builds full Event objects (sources with rules and anchors); the viewer
// needs far less, so it reads through Store::visit_timeline's flat scans and interns names.
#pragma once

#include "annals/store/store.hpp"
#include "annals/view/timeline.hpp"

#include <string>
#include <vector>

namespace annals::view {

Timeline load_timeline(const Store& store);
// The same on two connections to one file: each reads half the rows (by id) on its own
// thread, and the sorted halves are merged (each connection is used by one thread only).
// An import committing between the two reads shows up at the next live refresh.
Timeline load_timeline(const Store& first, const Store& second);

// Every document's id, title and publication day, without its text (which can be large).
struct DocumentDate {
  DocumentId id = 0;
  std::string title;
  DayCoord published = 0;
};
std::vector<DocumentDate> load_document_dates(const Store& store);

}  // namespace annals::view
